import "server-only";
import { unstable_cache } from "next/cache";
import { freezeDates, thawDates } from "@/lib/cache/json-dates";
import { GUIDE_REVALIDATE_SECONDS, LISTINGS_TAG } from "@/lib/guides/cached";
import { getCompanyProfile } from "@/lib/recruiters/queries";
import { getJobBySlug } from "./queries";
import { getSimilarOpenJobs } from "./similar";

/*
 * The listing and company pages read their data from Next's data cache, like the guide
 * (lib/guides/cached.ts): tagged `listings`, so every listing or company write that calls
 * revalidateListings() drops them at once, and kept at most 10 minutes otherwise. Nothing
 * per user is cached here: saved and apply state are read by client leaves.
 */

type Listing = NonNullable<Awaited<ReturnType<typeof getJobBySlug>>>;
/** A listing as its page reads it: getJobBySlug's row without the search-only columns. */
export type CachedListing = Omit<Listing, "searchVector" | "skillMask" | "skillsText">;

const cachedListing = unstable_cache(
  async (slug: string) => {
    const job = await getJobBySlug(slug);
    if (!job) return null;
    // The search columns (tsvector, bit mask) are large and no page shows them.
    const rest: Partial<Listing> = { ...job };
    delete rest.searchVector;
    delete rest.skillMask;
    delete rest.skillsText;
    return freezeDates(rest);
  },
  ["listing-page"],
  { tags: [LISTINGS_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);

/**
 * One published or closed listing by slug, from the data cache; null when unknown or never
 * published. `isOpen` is worked out again at read time from status and closing date, so a
 * listing that expires while cached shows as closed at once (expiry writes nothing).
 */
export async function getCachedListing(slug: string, now = new Date()): Promise<CachedListing | null> {
  const frozen = await cachedListing(slug);
  if (!frozen) return null;
  const job = thawDates<CachedListing>(frozen);
  return { ...job, isOpen: job.status === "published" && (job.validThrough === null || job.validThrough > now) };
}

const cachedSimilar = unstable_cache(
  async (id: number, roleFamily: Listing["roleFamily"], level: Listing["level"], skillIds: number[]) =>
    freezeDates(await getSimilarOpenJobs({ id, roleFamily, level, skillIds })),
  ["listing-similar"],
  { tags: [LISTINGS_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);

/** Open roles like a closed listing (lib/jobs/similar.ts), from the data cache. */
export async function getCachedSimilarOpenJobs(
  listing: Pick<CachedListing, "id" | "roleFamily" | "level" | "skillIds">,
) {
  const frozen = await cachedSimilar(listing.id, listing.roleFamily, listing.level, listing.skillIds);
  return thawDates<Awaited<ReturnType<typeof getSimilarOpenJobs>>>(frozen);
}

type Profile = NonNullable<Awaited<ReturnType<typeof getCompanyProfile>>>;

const cachedCompany = unstable_cache(
  async (slug: string) => {
    const profile = await getCompanyProfile(slug);
    return profile ? freezeDates(profile) : null;
  },
  ["company-page"],
  { tags: [LISTINGS_TAG], revalidate: GUIDE_REVALIDATE_SECONDS },
);

/** A company's public profile (lib/recruiters/queries.ts getCompanyProfile), from the data cache. */
export async function getCachedCompanyProfile(slug: string): Promise<Profile | null> {
  const frozen = await cachedCompany(slug);
  return frozen ? thawDates<Profile>(frozen) : null;
}
