import type { Currency, EmploymentType, JobLevel, PayPeriod, RoleFamily, Workplace } from "../schema";
import type { CompanySeed } from "./data/types";
import { describeJob } from "./describe";
import { createRandom, slugify, type Random } from "./random";

/** One generated listing, before it is tied to database ids. */
export type GeneratedJob = {
  index: number;
  slug: string;
  title: string;
  companySlug: string;
  roleFamily: RoleFamily;
  level: JobLevel;
  employmentType: EmploymentType;
  workplace: Workplace;
  location: string;
  country: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: Currency;
  salaryPeriod: PayPeriod;
  skills: string[];
  description: string;
  applyUrl: string;
  status: "draft" | "published" | "closed";
  publishedAt: Date | null;
  validThrough: Date | null;
};

const DAY = 86_400_000;

// Shares chosen so ~31% of listings are backend: about 380 open backend roles out of the
// default 1,400, near the guide's reference figure.
const FAMILY_WEIGHTS: [RoleFamily, number][] = [
  ["backend", 31],
  ["frontend", 16],
  ["fullstack", 17],
  ["devops", 12],
  ["data", 14],
  ["mobile", 10],
];

// Level mix and annual USD pay bands. The backend bands follow the guide's career path;
// with this mix the median backend pay lands in the low-to-mid $160ks.
const LEVEL_WEIGHTS: [JobLevel, number][] = [
  ["junior", 19],
  ["mid", 36],
  ["senior", 28],
  ["lead", 11],
  ["principal", 6],
];
// The other families are smaller (10-17% of listings each), so their mix is flatter: at the
// default size every family then has at least MIN_LEVEL_SAMPLE (10) open listings showing
// pay at every level, and each guide's pay per level is a live figure, not "not enough data".
const OTHER_LEVEL_WEIGHTS: [JobLevel, number][] = [
  ["junior", 18],
  ["mid", 30],
  ["senior", 26],
  ["lead", 13],
  ["principal", 13],
];
const BACKEND_PAY: Record<JobLevel, [number, number]> = {
  junior: [60_000, 100_000],
  mid: [120_000, 180_000],
  senior: [164_000, 250_000],
  lead: [200_000, 300_000],
  principal: [300_000, 360_000],
};
const FAMILY_PAY_FACTOR: Record<RoleFamily, number> = {
  backend: 1,
  frontend: 0.9,
  fullstack: 0.95,
  devops: 1,
  data: 1,
  mobile: 0.93,
};

const TITLES: Record<RoleFamily, string[]> = {
  backend: [
    "Backend Engineer",
    "Backend Developer",
    "Software Engineer, Backend",
    "API Engineer",
    "Platform Engineer",
    "Go Backend Engineer",
    "Python Backend Developer",
    "Java Backend Engineer",
    "Node.js Backend Engineer",
    "Backend Engineer, Payments",
    "Backend Engineer, Data Platform",
  ],
  frontend: ["Frontend Engineer", "Frontend Developer", "UI Engineer", "React Developer", "Web Engineer"],
  fullstack: ["Full Stack Engineer", "Full Stack Developer", "Product Engineer", "Software Engineer, Full Stack"],
  devops: [
    "DevOps Engineer",
    "Site Reliability Engineer",
    "Cloud Infrastructure Engineer",
    "Platform Reliability Engineer",
  ],
  data: ["Data Engineer", "Analytics Engineer", "Machine Learning Engineer", "Data Platform Engineer"],
  mobile: ["iOS Engineer", "Android Engineer", "Mobile Developer", "React Native Developer", "Flutter Developer"],
};

const LEVEL_PREFIX: Record<JobLevel, string[]> = {
  junior: ["Junior", "Associate", "Entry-level"],
  mid: [""],
  senior: ["Senior"],
  lead: ["Lead", "Staff"],
  principal: ["Principal"],
};

// Skill pools per family: [slug, weight]. A listing draws its skills from its pool.
const CORE_SKILLS: Record<RoleFamily, [string, number][]> = {
  backend: [
    ["postgresql", 8],
    ["sql", 6],
    ["mysql", 3],
    ["mongodb", 3],
    ["dynamodb", 2],
    ["redis", 4],
    ["rest", 7],
    ["graphql", 3],
    ["grpc", 2],
    ["aws", 6],
    ["gcp", 2],
    ["azure", 2],
    ["docker", 6],
    ["kubernetes", 4],
    ["ci-cd", 3],
    ["github-actions", 2],
    ["jenkins", 1],
    ["gitlab-ci", 1],
    ["oauth", 2],
    ["jwt", 2],
    ["app-security", 2],
    ["git", 3],
    ["microservices", 4],
    ["serverless", 2],
    ["kafka", 2],
    ["performance", 2],
    ["caching", 2],
    ["debugging", 1],
    ["communication", 1],
    ["system-design", 2],
  ],
  frontend: [
    ["react", 8],
    ["typescript", 7],
    ["javascript", 5],
    ["nextjs", 4],
    ["vue", 2],
    ["angular", 2],
    ["svelte", 1],
    ["html-css", 5],
    ["tailwind", 3],
    ["accessibility", 3],
    ["testing", 3],
    ["graphql", 2],
    ["rest", 2],
    ["git", 2],
    ["performance", 2],
  ],
  fullstack: [
    ["typescript", 7],
    ["react", 6],
    ["nodejs", 6],
    ["nextjs", 3],
    ["postgresql", 5],
    ["python", 2],
    ["django", 2],
    ["rails", 2],
    ["ruby", 2],
    ["rest", 4],
    ["graphql", 3],
    ["aws", 3],
    ["docker", 3],
    ["html-css", 2],
    ["testing", 2],
    ["git", 2],
    ["mongodb", 2],
  ],
  devops: [
    ["kubernetes", 8],
    ["docker", 7],
    ["terraform", 6],
    ["aws", 6],
    ["gcp", 3],
    ["azure", 3],
    ["linux", 5],
    ["ci-cd", 5],
    ["github-actions", 3],
    ["gitlab-ci", 2],
    ["jenkins", 2],
    ["prometheus", 3],
    ["observability", 3],
    ["python", 2],
    ["go", 2],
    ["app-security", 2],
  ],
  data: [
    ["python", 8],
    ["sql", 8],
    ["spark", 4],
    ["airflow", 4],
    ["dbt", 3],
    ["snowflake", 3],
    ["pandas", 3],
    ["machine-learning", 3],
    ["data-modeling", 4],
    ["kafka", 2],
    ["aws", 3],
    ["gcp", 2],
    ["postgresql", 2],
    ["scala", 1],
  ],
  mobile: [
    ["swift", 5],
    ["swiftui", 3],
    ["kotlin", 5],
    ["jetpack-compose", 3],
    ["react-native", 3],
    ["flutter", 3],
    ["dart", 2],
    ["typescript", 2],
    ["rest", 3],
    ["graphql", 2],
    ["testing", 2],
    ["git", 2],
    ["accessibility", 1],
  ],
};

// Backend titles imply a language (and often a framework).
const BACKEND_STACKS: [string[], number][] = [
  [["java", "spring-boot"], 5],
  [["python", "django"], 3],
  [["python", "fastapi"], 3],
  [["nodejs", "express", "typescript"], 5],
  [["go"], 5],
  [["rust"], 1],
  [["csharp", "dotnet"], 2],
  [["kotlin", "spring-boot"], 1],
  [["ruby", "rails"], 1],
  [["php"], 1],
];

type Place = { city: string; country: string; currency: Currency; payFactor: number };
const PLACES: [Place, number][] = [
  [{ city: "New York", country: "United States", currency: "USD", payFactor: 1.05 }, 9],
  [{ city: "San Francisco", country: "United States", currency: "USD", payFactor: 1.1 }, 9],
  [{ city: "Seattle", country: "United States", currency: "USD", payFactor: 1.05 }, 5],
  [{ city: "Austin", country: "United States", currency: "USD", payFactor: 0.95 }, 5],
  [{ city: "Boston", country: "United States", currency: "USD", payFactor: 1 }, 4],
  [{ city: "Chicago", country: "United States", currency: "USD", payFactor: 0.95 }, 4],
  [{ city: "Denver", country: "United States", currency: "USD", payFactor: 0.95 }, 3],
  [{ city: "Atlanta", country: "United States", currency: "USD", payFactor: 0.9 }, 2],
  [{ city: "Toronto", country: "Canada", currency: "CAD", payFactor: 1.05 }, 3],
  [{ city: "London", country: "United Kingdom", currency: "GBP", payFactor: 0.62 }, 5],
  [{ city: "Berlin", country: "Germany", currency: "EUR", payFactor: 0.6 }, 4],
  [{ city: "Paris", country: "France", currency: "EUR", payFactor: 0.58 }, 3],
  [{ city: "Amsterdam", country: "Netherlands", currency: "EUR", payFactor: 0.62 }, 3],
  [{ city: "Dublin", country: "Ireland", currency: "EUR", payFactor: 0.65 }, 2],
  [{ city: "Barcelona", country: "Spain", currency: "EUR", payFactor: 0.48 }, 2],
  [{ city: "Sydney", country: "Australia", currency: "AUD", payFactor: 1.25 }, 2],
  [{ city: "Bengaluru", country: "India", currency: "INR", payFactor: 28 }, 3],
];
const REMOTE_REGIONS: [{ label: string; country: string | null }, number][] = [
  [{ label: "Remote (United States)", country: "United States" }, 6],
  [{ label: "Remote (North America)", country: null }, 2],
  [{ label: "Remote (Europe)", country: null }, 3],
  [{ label: "Remote (Worldwide)", country: null }, 2],
  [{ label: "Remote (United Kingdom)", country: "United Kingdom" }, 1],
];

export type GenerateOptions = { now: Date; seed?: number };

/**
 * Generates listing number `index` (0-based). Each listing depends only on its index and
 * the seed, so `--jobs 100000` extends the default set instead of replacing it.
 */
export function generateJob(index: number, companies: CompanySeed[], opts: GenerateOptions): GeneratedJob {
  const rnd = createRandom((opts.seed ?? 20_260_101) ^ Math.imul(index + 1, 2_654_435_761));
  const family = rnd.weighted(FAMILY_WEIGHTS);
  const hiring = companies.filter((c) => c.families.includes(family));
  const company = rnd.pick(hiring.length > 0 ? hiring : companies);
  const level = rnd.weighted(family === "backend" ? LEVEL_WEIGHTS : OTHER_LEVEL_WEIGHTS);

  const employmentType = pickEmploymentType(rnd, level, family);
  const workplace = rnd.weighted<Workplace>(
    level === "junior"
      ? [
          ["remote", 22],
          ["hybrid", 40],
          ["onsite", 38],
        ]
      : [
          ["remote", 40],
          ["hybrid", 34],
          ["onsite", 26],
        ],
  );

  let location: string;
  let country: string | null;
  let place: Place;
  if (workplace === "remote") {
    const region = rnd.weighted(REMOTE_REGIONS);
    location = region.label;
    country = region.country;
    place = PLACES[0]![0];
    if (region.country === "United Kingdom") place = PLACES.find(([p]) => p.country === "United Kingdom")![0];
  } else {
    place = rnd.weighted(PLACES);
    location = `${place.city}, ${place.country}`;
    country = place.country;
  }

  const baseTitle = rnd.pick(TITLES[family]);
  const prefix = rnd.pick(LEVEL_PREFIX[level]);
  // An internship says so instead of a level ("Junior Data Engineer Intern" said it twice).
  const title =
    employmentType === "internship"
      ? `${baseTitle} (Internship)`
      : [prefix, baseTitle].filter(Boolean).join(" ") +
        (employmentType === "freelance" ? " (Freelance)" : employmentType === "contract" ? " (Contract)" : "");

  const skills = pickSkills(rnd, family, baseTitle);
  const pay = pickPay(rnd, family, level, employmentType, place);
  const lifecycle = pickLifecycle(rnd, opts.now);

  const slug = `${slugify(title)}-${company.slug}-${index.toString(36)}`;
  return {
    index,
    slug,
    title,
    companySlug: company.slug,
    roleFamily: family,
    level,
    employmentType,
    workplace,
    location,
    country,
    ...pay,
    skills,
    description: describeJob(rnd, { title, family, level, employmentType, company, workplace, location, skills }),
    applyUrl: `${company.website.replace(/\/$/, "")}/careers/${slug}`,
    ...lifecycle,
  };
}

function pickEmploymentType(rnd: Random, level: JobLevel, family: RoleFamily): EmploymentType {
  if (level === "junior" && rnd.chance(0.15)) return "internship";
  // Freelance and contract work is most common from mid level up, and in backend.
  const freelance = level === "junior" ? 3 : family === "backend" ? 11 : 7;
  return rnd.weighted<EmploymentType>([
    ["full_time", 76],
    ["contract", 8],
    ["freelance", freelance],
    ["part_time", 4],
  ]);
}

function pickSkills(rnd: Random, family: RoleFamily, title: string): string[] {
  const chosen = new Set<string>();
  if (family === "backend") {
    const byTitle = /Go /.test(title)
      ? ["go"]
      : /Python/.test(title)
        ? ["python"]
        : /Java /.test(title)
          ? ["java", "spring-boot"]
          : /Node/.test(title)
            ? ["nodejs", "typescript"]
            : null;
    for (const s of byTitle ?? rnd.weighted(BACKEND_STACKS)) chosen.add(s);
  }
  const target = rnd.int(4, 8);
  const pool = CORE_SKILLS[family];
  let guard = 0;
  while (chosen.size < target && guard++ < 50) chosen.add(rnd.weighted(pool));
  return [...chosen];
}

function roundTo(value: number, step: number) {
  return Math.round(value / step) * step;
}

function pickPay(rnd: Random, family: RoleFamily, level: JobLevel, type: EmploymentType, place: Place) {
  // About one listing in twelve does not show pay.
  if (rnd.chance(0.08)) {
    return { salaryMin: null, salaryMax: null, salaryCurrency: place.currency, salaryPeriod: "year" as PayPeriod };
  }
  const [lo, hi] = BACKEND_PAY[level];
  const factor = FAMILY_PAY_FACTOR[family];
  // Midpoints spread evenly across the band; the range around them is 10-30% wide.
  const mid = (lo + rnd.next() * (hi - lo)) * factor;
  const width = 0.1 + rnd.next() * 0.2;
  let min = mid * (1 - width / 2);
  let max = mid * (1 + width / 2);
  let period: PayPeriod = "year";
  if (type === "freelance" || type === "contract") {
    // Day or hour rates: annual / 260 days or / 2080 hours.
    if (rnd.chance(0.5)) {
      period = "hour";
      min /= 2080;
      max /= 2080;
    } else {
      period = "day";
      min /= 260;
      max /= 260;
    }
  } else if (type === "internship") {
    period = "month";
    min = 3_000 + rnd.int(0, 6) * 250;
    max = min + rnd.int(2, 6) * 250;
    return { salaryMin: min, salaryMax: max, salaryCurrency: "USD" as Currency, salaryPeriod: period };
  } else if (type === "part_time") {
    min *= 0.5;
    max *= 0.5;
  }
  const local = place.payFactor;
  const step = period === "hour" ? 1 : period === "day" ? 10 : place.currency === "INR" ? 50_000 : 1_000;
  return {
    salaryMin: roundTo(min * local, step),
    salaryMax: roundTo(max * local, step),
    salaryCurrency: place.currency,
    salaryPeriod: period,
  };
}

function pickLifecycle(rnd: Random, now: Date) {
  const roll = rnd.next();
  const daysAgo = Math.floor(Math.pow(rnd.next(), 1.3) * 60);
  const publishedAt = new Date(now.getTime() - daysAgo * DAY - rnd.int(0, 86_000) * 1000);
  if (roll < 0.03) {
    return { status: "draft" as const, publishedAt: null, validThrough: null };
  }
  if (roll < 0.06) {
    return { status: "closed" as const, publishedAt, validThrough: new Date(publishedAt.getTime() + 30 * DAY) };
  }
  if (roll < 0.1) {
    // Published but past its closing date: must never show up as open.
    const old = new Date(now.getTime() - rnd.int(40, 60) * DAY);
    return {
      status: "published" as const,
      publishedAt: old,
      validThrough: new Date(old.getTime() + rnd.int(20, 35) * DAY),
    };
  }
  return {
    status: "published" as const,
    publishedAt,
    validThrough: new Date(publishedAt.getTime() + rnd.int(62, 90) * DAY),
  };
}
