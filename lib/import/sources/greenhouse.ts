import { decodeHTML } from "entities";
import { z } from "zod";
import { SourceError, type SourceRead } from "../types";
import { httpUrl, idField, maybeText, nonEmpty, parseJson, readEach, toDate } from "./common";

/*
 * Greenhouse Job Board API: GET {GREENHOUSE_API_URL}/v1/boards/{board_token}/jobs?content=true
 * (https://developers.greenhouse.io/job-board.html). Answers { jobs: [...], meta: { total } };
 * each job has id, title, updated_at, location.name, absolute_url, and with content=true
 * `content`: the description's HTML, entity-encoded ("&lt;p&gt;…"), plus departments and
 * offices. Pay is not a field of the list; it is read from the description's text (often
 * a "pay-transparency" block).
 */

const job = z.object({
  id: z.union([z.number(), nonEmpty]),
  title: nonEmpty,
  absolute_url: httpUrl,
  location: z.object({ name: maybeText }).nullish(),
  content: maybeText,
  updated_at: maybeText,
  first_published: maybeText,
  offices: z.array(z.object({ name: maybeText, location: maybeText })).nullish(),
});

export function greenhousePath(token: string) {
  return `/v1/boards/${encodeURIComponent(token)}/jobs?content=true`;
}

export function parseGreenhouse(body: string): SourceRead {
  const data = parseJson(body, "Greenhouse");
  const jobs = (data as { jobs?: unknown })?.jobs;
  if (!Array.isArray(jobs)) throw new SourceError("Greenhouse answered without a list of jobs");
  return readEach(
    jobs,
    job,
    (j) => {
      // location.name may list several places ("New York, NY; San Francisco, CA").
      const named = (j.location?.name ?? "").split(/\s*[;|]\s*/).filter(Boolean);
      const offices = (j.offices ?? []).map((o) => o.location || o.name || "").filter(Boolean);
      return {
        externalId: String(j.id),
        title: j.title.trim(),
        descriptionHtml: decodeHTML(j.content ?? ""),
        url: j.absolute_url,
        locations: named.length ? named : offices,
        workplaceHint: null,
        remote: null,
        regionHints: [],
        employmentTypeHint: null,
        pay: null,
        payText: null,
        postedAt: toDate(j.first_published) ?? toDate(j.updated_at),
        validThrough: null,
      };
    },
    idField("id"),
  );
}
