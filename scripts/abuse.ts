/* `npm run test:abuse`, also a step of `npm test` after the fuzz, against the same build:
   writes XSS payloads (scripts/abuse-payloads.ts, at least 50) through every user-written
   text the app shows, then Chromium visits every page showing them and fails on any dialog
   (a payload ran), any inline event-handler attribute in the DOM, any script element that
   is not ours (no CSP nonce) or that carries payload text, any JSON-LD that no longer
   parses, any `javascript:` link, and any CSP violation. Its server is `next start` on a
   PGlite folder of its own (port ABUSE_PORT).

   The writes go through the same service functions the server actions call, with the same
   zod schemas (so what the app refuses is refused here too, and counted), on the folder
   before the server opens it (PGlite has one process at a time): listing title, location
   and description (also as an imported description: the import's HTML-to-Markdown step),
   company name, headquarters and about, profile name, headline and location, tracker notes
   and next steps, saved-search names and queries (and their Atom feeds), report notes.
   The search box echo is visited with each payload as the query. Mails are rendered by
   the renderer that fills the outbox and SMTP bodies (digest, listing removed, listing
   expiring) and opened in Chromium without any CSP. */
import fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { runMigrations } from "../db/migrate";
import { companies, savedJobs, users } from "../db/schema";
import { seedDatabase } from "../db/seed";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium";
import { toolEnv } from "../env";
import { profileSchema, updateProfile } from "../lib/accounts/profile";
import { htmlToMarkdown } from "../lib/import/html";
import { renderMessage } from "../lib/mail/deliver";
import { reportListing } from "../lib/moderation/service";
import { reportSchema } from "../lib/moderation/validation";
import { getMembershipByUser, recruiterOps } from "../lib/recruiters/service";
import { setJobSaved, updateSavedJob } from "../lib/saved/service";
import { trackerUpdateSchema } from "../lib/saved/validation";
import { createSavedSearch, getSavedSearchesByUser } from "../lib/saved-searches/service";
import { PAYLOADS } from "./abuse-payloads";
import { signIn, startTestServer, stopTestServer, testServerEnv } from "./test-server";

const started = Date.now();
const PORT = toolEnv().ABUSE_PORT;
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = ".data/pglite-abuse";
const clip = (text: string, max: number) => text.slice(0, max);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** What was written: accepted and refused writes per kind of text. */
const written = new Map<string, { accepted: number; refused: number; why: Set<string> }>();
/** Counts one write: a service's Result, or a schema's parse that failed before it. */
function count(
  kind: string,
  result: { ok: boolean; issues?: unknown } | { success: false; error: { issues: unknown } },
) {
  const entry = written.get(kind) ?? { accepted: 0, refused: 0, why: new Set<string>() };
  written.set(kind, entry);
  if ("ok" in result && result.ok) {
    entry.accepted += 1;
    return;
  }
  entry.refused += 1;
  entry.why.add(JSON.stringify("ok" in result ? result : result.error.issues).slice(0, 240));
}

type Written = { jobs: { id: number; slug: string }[]; companySlug: string; feedTokens: string[]; mails: string[] };

/** Seeds a small board with the demo accounts, then writes every payload through the services. */
async function writePayloads(): Promise<Written> {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const handle = openDatabase({ dataDir: DATA_DIR });
  const db = handle.db;
  try {
    await runMigrations(handle);
    await seedDatabase(db, { demo: true, jobs: 60 });
    const idOf = async (email: string) =>
      (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;
    const seeker = await idOf("seeker@ladder.test");
    const recruiter = await idOf("recruiter@ladder.test");
    const membership = (await getMembershipByUser(db, recruiter))!;
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, recruiter));
    const [company] = await db.select().from(companies).where(eq(companies.id, membership.companyId));

    const companyUpdate = await recruiterOps.updateCompany(db, recruiter, {
      companyId: company!.id,
      name: clip(PAYLOADS[1]!, 100),
      website: company!.website ?? "",
      size: company!.size,
      headquarters: clip(PAYLOADS[2]!, 100),
      about: clip(PAYLOADS.join("\n\n"), 2000),
    });
    count("company profile", companyUpdate);

    const jobs: Written["jobs"] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      const made = await recruiterOps.createJob(db, recruiter, {
        companyId: company!.id,
        title: clip(payload, 120),
        roleFamily: "backend",
        level: "senior",
        employmentType: "full_time",
        workplace: "hybrid",
        location: clip(payload, 120),
        applicantRegions: [],
        salaryMin: "150000",
        salaryMax: "190000",
        salaryCurrency: "USD",
        salaryPeriod: "year",
        skills: ["go", "postgresql"],
        // The payload as Markdown, and as an imported description (HTML through the import's converter).
        description: `Payload ${i + 1}:\n\n${payload}\n\nImported:\n\n${htmlToMarkdown(payload)}`,
        apply: "https://example.com/careers",
        closesOn: inDays(30),
        publish: true,
        allowDuplicate: true,
        submissionId: `abuse-${i + 1}-payload`,
      });
      count("listing title, location, description", made);
      if (made.ok) jobs.push({ id: (made.value as { id: number }).id, slug: (made.value as { slug: string }).slug });
    }

    for (const [i, job] of jobs.entries()) {
      const payload = PAYLOADS[i % PAYLOADS.length]!;
      await setJobSaved(db, seeker, job.id, true);
      const [entry] = await db
        .select({ id: savedJobs.id })
        .from(savedJobs)
        .where(and(eq(savedJobs.userId, seeker), eq(savedJobs.jobId, job.id)));
      const tracker = trackerUpdateSchema.safeParse({ id: entry?.id, notes: payload, nextStep: clip(payload, 200) });
      count("tracker notes and next step", tracker.success ? await updateSavedJob(db, seeker, tracker.data) : tracker);
      const report = reportSchema.safeParse({ jobId: job.id, reason: "other", note: payload });
      count("report note", report.success ? await reportListing(db, seeker, report.data) : report);
    }

    for (const [i, payload] of PAYLOADS.slice(0, 50).entries()) {
      const query = new URLSearchParams({ q: clip(payload, 100), location: `abuse ${i + 1}` }).toString();
      count("saved-search name and query", await createSavedSearch(db, seeker, { name: clip(payload, 100), query }));
    }
    const feedTokens = (await getSavedSearchesByUser(db, seeker)).map((s) => s.feedToken);

    const profile = profileSchema.safeParse({
      name: clip(PAYLOADS[3]!, 100),
      headline: clip(PAYLOADS[0]!, 120),
      location: clip(PAYLOADS[6]!, 100),
      yearsExperience: "3",
      targetGuide: "",
      targetLevel: "",
      visibility: "public",
      skills: [],
    });
    count("profile", profile.success ? await updateProfile(db, seeker, profile.data) : profile);

    // Mails: what the outbox stores and SMTP sends, rendered by the same function.
    const mails: string[] = [];
    const url = `${BASE}/me/searches`;
    const digest = await renderMessage("digest", {
      searchName: PAYLOADS[0],
      listings: PAYLOADS.map((p) => ({ title: p, company: p, location: p, url: `${BASE}/jobs/x` })),
      total: PAYLOADS.length,
      searchUrl: url,
      unsubscribeUrl: url,
      frequency: "daily",
    });
    mails.push(digest.html);
    for (const payload of PAYLOADS) {
      mails.push((await renderMessage("listing_removed", { title: payload, reason: payload, dashboardUrl: url })).html);
      mails.push(
        (await renderMessage("listing_expiring", { title: payload, expiresOn: inDays(3), renewUrl: url })).html,
      );
    }
    count("mail (digest, removal, expiry)", { ok: true });
    return { jobs, companySlug: company!.slug, feedTokens, mails };
  } finally {
    await handle.close();
  }
}

/** What must never be on a page: dialogs, inline handlers, foreign or payload-carrying scripts, broken JSON-LD, javascript: URLs, CSP violations. */
type Finding = { where: string; what: string };
const findings: Finding[] = [];
let visited = 0;

function watch(page: Page, where: () => string) {
  page.on("dialog", (dialog) => {
    findings.push({ where: where(), what: `a dialog fired: ${dialog.message()}` });
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) findings.push({ where: where(), what: message.text() });
  });
}

/** Looks through the DOM of the page now shown. */
async function inspect(page: Page, where: string) {
  const problems = await page.evaluate((payloads: readonly string[]) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) out.push(`inline handler ${el.tagName.toLowerCase()}[${attr.name}]`);
        if (
          /^(href|src|action|formaction|data|srcdoc)$/i.test(attr.name) &&
          /^\s*(javascript|data:text\/html)/i.test(attr.value) &&
          // React's own placeholder on a form whose action is a client function (no payload).
          !attr.value.startsWith("javascript:throw new Error('React form unexpectedly submitted.')")
        )
          out.push(`${el.tagName.toLowerCase()}[${attr.name}] = ${attr.value.slice(0, 60)}`);
      }
    }
    for (const script of Array.from(document.querySelectorAll("script"))) {
      const text = script.textContent ?? "";
      if (script.type === "application/ld+json") {
        try {
          JSON.parse(text);
        } catch {
          out.push("JSON-LD that does not parse (broken out of?)");
        }
        continue;
      }
      // React's flight data: the page's props as JavaScript string literals, with our nonce.
      const flight = /^\s*\(?self\.__next_f/.test(text);
      if (
        !(script as HTMLScriptElement).nonce &&
        document.contentType === "text/html" &&
        location.protocol !== "about:"
      )
        out.push(`script without our nonce: ${(script.src || text).slice(0, 80)}`);
      if (location.protocol === "about:") out.push(`script in a mail: ${text.slice(0, 80)}`);
      if (!flight && payloads.some((p) => text.includes(p)))
        out.push(`script carrying payload text: ${text.slice(0, 80)}`);
    }
    return out;
  }, PAYLOADS);
  for (const what of problems) findings.push({ where, what });
  visited += 1;
}

/** Visits `paths` in `context`, `parallel` pages at a time (the server, not Chromium, is the bottleneck). */
async function visitAll(context: BrowserContext, paths: string[], parallel = 4) {
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      const page = await context.newPage();
      let current = "";
      watch(page, () => current);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        current = path;
        const response = await page.goto(`${BASE}${path}`, { waitUntil: "load", timeout: 60_000 });
        if (!response || response.status() >= 500) findings.push({ where: path, what: `status ${response?.status()}` });
        await inspect(page, path);
      }
      await page.close();
    }),
  );
}

async function signedIn(browser: Browser, email: string | null): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: BASE });
  if (email) {
    const cookies = (await signIn(BASE, email)).split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: BASE };
    });
    await context.addCookies(cookies);
  }
  return context;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)");
  if (PAYLOADS.length < 50) throw new Error("At least 50 payloads");
  const data = await writePayloads();
  console.log(`Wrote ${PAYLOADS.length} payloads (${((Date.now() - started) / 1000).toFixed(1)} s):`);
  for (const [kind, n] of written) {
    console.log(
      `  ${kind}: ${n.accepted} accepted, ${n.refused} refused${[...n.why].map((w) => `\n    ${w}`).join("")}`,
    );
  }

  const env = { ...testServerEnv(PORT, DATA_DIR, "abuse"), WORKER_IN_APP: "0" };
  const { server } = await startTestServer(PORT, env);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // The checks must be able to fail: a page holding one payload unescaped is found out.
    const probe = await (await browser.newContext()).newPage();
    watch(probe, () => "self-check");
    await probe.setContent(`<p>${PAYLOADS[1]}</p>`, { waitUntil: "load" });
    await inspect(probe, "self-check");
    if (
      !findings.some((f) => f.what.startsWith("a dialog fired")) ||
      !findings.some((f) => f.what.startsWith("inline"))
    )
      throw new Error("The checks did not notice an unescaped payload: they are broken");
    findings.length = 0;
    visited = 0;
    const anon = await signedIn(browser, null);
    const searches = PAYLOADS.map((p) => `/jobs?${new URLSearchParams({ q: p })}`);
    const listings = data.jobs.map((j) => `/jobs/${j.slug}`);
    await visitAll(anon, ["/", "/jobs", `/companies/${data.companySlug}`, ...listings, ...searches]);
    await visitAll(await signedIn(browser, "seeker@ladder.test"), [
      "/me",
      "/me/jobs",
      "/me/searches",
      "/me/profile",
      ...data.feedTokens.map((t) => `/feeds/searches/${t}`),
      ...data.jobs.slice(0, 5).map((j) => `/jobs/${j.slug}`),
    ]);
    await visitAll(await signedIn(browser, "recruiter@ladder.test"), [
      "/recruiter",
      "/recruiter/company",
      ...data.jobs.slice(0, 5).map((j) => `/recruiter/jobs/${j.id}/edit`),
    ]);
    await visitAll(await signedIn(browser, "admin@ladder.test"), ["/admin"]);
    // Mails open without the site's CSP, as a mail client would show them: only escaping protects them.
    const mailPage = await (await browser.newContext()).newPage();
    let mailNo = 0;
    watch(mailPage, () => `mail ${mailNo}`);
    for (const html of data.mails) {
      mailNo += 1;
      await mailPage.setContent(html, { waitUntil: "load" });
      await inspect(mailPage, `mail ${mailNo}`);
    }
  } finally {
    await browser.close();
    await stopTestServer(server);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Visited ${visited} pages and mails with ${PAYLOADS.length} payloads in ${seconds} s.`);
  if (findings.length > 0) {
    for (const f of findings.slice(0, 40)) console.error(`✘ ${f.where}: ${f.what}`);
    console.error(`${findings.length} findings: some payload got through.`);
    process.exit(1);
  }
  console.log("No dialog fired, no inline handler, no foreign or payload-carrying script, no CSP violation.");
}

await main();
