/**
 * The posting form's fields for a published-ready remote backend role that takes
 * applications on Ladder (no screening questions), as `recruiterOps.createJob` reads them;
 * `over` replaces any field. Closes 30 days from now.
 */
export function ladderListingForm(over: Record<string, unknown> = {}) {
  return {
    title: "Backend Engineer, Ladder Applications",
    roleFamily: "backend",
    level: "mid",
    employmentType: "full_time",
    workplace: "remote",
    location: "",
    applicantRegions: ["Europe"],
    salaryMin: "90000",
    salaryMax: "120000",
    salaryCurrency: "USD",
    salaryPeriod: "year",
    skills: ["go", "postgresql", "kafka", "docker"],
    description: "You will build the services that take applications, with a small team that reviews every change.",
    apply: "",
    applyMode: "ladder",
    closesOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    ...over,
  };
}
