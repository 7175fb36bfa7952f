import "server-only";
import { getPayBenchmarks, getSkillOptions } from "./queries";
import { defaultClosesOn, isoDay, MAX_OPEN_DAYS } from "./validation";

const DAY = 86_400_000;

/** What the posting form needs besides the listing: skills, live pay percentiles, date bounds. */
export async function getJobFormContext() {
  const now = new Date();
  const [skills, benchmarks] = await Promise.all([getSkillOptions(), getPayBenchmarks()]);
  return {
    skills,
    benchmarks,
    today: isoDay(new Date(now.getTime() + DAY)),
    latest: isoDay(new Date(now.getTime() + MAX_OPEN_DAYS * DAY)),
    defaultClosesOn: defaultClosesOn(now),
  };
}
