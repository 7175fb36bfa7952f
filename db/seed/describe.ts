import type { EmploymentType, JobLevel, RoleFamily, Workplace } from "../schema";
import type { CompanySeed } from "./data/types";
import { skillSeeds } from "./data/skills";
import type { Random } from "./random";

/*
 * The seed's listing descriptions, written to read as a recruiter wrote them: every sentence
 * is grammatical on its own, and the wording varies with the role family, the level, the
 * kind of contract and the workplace. Figures (years per level) follow the backend guide's
 * career path (content/guides/backend.ts).
 *
 * Words that name technologies or levels ("go", "rust", "swift", "senior", "backend", ...)
 * appear only where the listing really has them (its title, level or skills), so a search
 * for them finds the listings they describe rather than a phrase of the boilerplate.
 */

const SKILL_NAMES = new Map<string, string>(skillSeeds.map((s) => [s.slug, s.name]));

/** Base-form verb phrases: they follow "to", "you will" and "help us". */
const MISSIONS: Record<RoleFamily, string[]> = {
  backend: [
    "keep the services behind our product fast and dependable",
    "design and build the APIs our apps and partners rely on",
    "scale our data layer as the number of customers grows",
    "turn product ideas into well-tested services",
    "make our systems easier to change and cheaper to run",
  ],
  frontend: [
    "build the interfaces our customers use every day",
    "make our web app quicker and easier to use",
    "grow the component library our product teams share",
    "bring new product features to the browser",
  ],
  fullstack: [
    "ship product features from the database to the screen",
    "build new parts of our web app end to end",
    "turn customer feedback into working software within days",
    "own whole features, not just one layer of them",
  ],
  devops: [
    "keep our infrastructure reliable, secure and affordable",
    "make deploys quick and safe for every team",
    "run the platform our engineers ship on",
    "improve how we detect and recover from incidents",
  ],
  data: [
    "build the pipelines that feed our reporting and models",
    "make trustworthy data easy to find and use",
    "give the whole company data it can trust to answer its questions",
    "keep our warehouse fast and its costs in check as the data grows",
  ],
  mobile: [
    "build the app our customers carry with them",
    "ship new features to our phone and tablet apps",
    "make our mobile app quick, stable and pleasant to use",
    "bring more of our product to people on their phones",
  ],
};

/** Bullet points of the day-to-day work, as imperatives. */
const DUTIES: Record<RoleFamily, string[]> = {
  backend: [
    "Design, build and run the APIs our product teams depend on",
    "Model data and tune the queries behind our busiest endpoints",
    "Own services end to end, from design review to on-call",
    "Split out well-defined services where that pays off, and keep the rest simple",
    "Agree on clear API contracts with the engineers who build our web and mobile apps",
    "Harden authentication, authorization and data protection",
    "Find and remove bottlenecks with profiling, caching and load tests",
    "Keep builds, tests and deploys automated and quick",
  ],
  frontend: [
    "Build accessible interfaces used by thousands of customers each day",
    "Turn designs into reusable components in our design system",
    "Measure and improve page load times on slow devices and networks",
    "Agree with the API team on the data each screen needs",
    "Write tests that catch regressions before our customers do",
    "Work with designers on the details that make an interface feel right",
  ],
  fullstack: [
    "Ship features end to end, from a database migration to the last pixel",
    "Talk to customers and turn what you learn into product changes",
    "Keep our web app fast, tested and easy to change",
    "Design APIs together with the screens that use them",
    "Help product and design decide what we build next",
    "Remove the small annoyances our support team hears about most",
  ],
  devops: [
    "Run and improve our Kubernetes platform across several regions",
    "Manage infrastructure as code, reviewed like any other change",
    "Own our metrics, logs, traces and the alerts built on them",
    "Make deploys uneventful with quick, safe pipelines",
    "Take part in incident response and write blameless reviews",
    "Help product teams plan capacity before a launch, not after",
  ],
  data: [
    "Build pipelines that feed dashboards, experiments and models",
    "Model data so that analysts can answer questions on their own",
    "Own data quality checks and the alerts behind them",
    "Bring down warehouse costs and query times",
    "Work with product teams on metrics and experiment design",
    "Document our datasets so that people trust and reuse them",
  ],
  mobile: [
    "Build polished native features for phones and tablets",
    "Keep the app quick, stable and small on older devices",
    "Ship a release every week through automated build pipelines",
    "Agree on offline-friendly APIs with the engineers behind them",
    "Make the app work well with screen readers and large text",
    "Track crashes and slow screens, and fix the worst first",
  ],
};

/** One more bullet that only fits the level. */
const LEVEL_DUTIES: Record<JobLevel, string[]> = {
  junior: [
    "Fix bugs and ship small features with support from your team",
    "Pair with more experienced engineers and learn how we review code",
  ],
  mid: ["Take part in design reviews and share what you know", "Plan your own work and see it through to release"],
  senior: [
    "Mentor other engineers through code reviews and pairing",
    "Write the design documents the team builds from",
  ],
  lead: ["Run planning with product and keep the team's roadmap realistic", "Hire and grow the engineers on your team"],
  principal: [
    "Write the technical strategy that several teams build on",
    "Review the designs of the riskiest projects across the company",
  ],
};

/** A paragraph on what the level means here; three ways of saying it per level. */
const LEVEL_TEXT: Record<JobLevel, string[]> = {
  junior: [
    "This is an early-career role. You will pair with experienced engineers, get a careful review on every change, and take on bigger pieces of work as you find your feet.",
    "You do not need years of experience for this role. We care more that you have built a few things of your own and want to learn how production systems work.",
    "You will start with small, well-scoped tasks and a mentor who meets you every week. Most people who join us in this role are a year or two into their careers.",
  ],
  mid: [
    "You have a few years of production experience and can take a feature from a rough idea to something customers use, asking for help when you need it.",
    "You will own features from design to release, review your teammates' code, and have a real say in how the team works.",
    "This role suits someone with two to five years of experience who wants more ownership: you will plan your own work and see it through to production.",
  ],
  senior: [
    "You have taken projects from design to launch and enjoy helping other engineers grow. You will shape how the team builds, not only what it builds.",
    "We expect you to break down open-ended problems, write the plans others build from, and coach the engineers around you.",
    "You bring five or more years of experience and sound judgement about trade-offs. You will own our most demanding projects and raise the quality of the team's work.",
  ],
  lead: [
    "You will set the technical direction for a team of five to eight engineers, keep delivery on track, and still write code for about half of your week.",
    "This is a hands-on leadership role: you will choose the tools and patterns the team uses, run planning with product, and help the people on your team grow.",
    "You have steered a team through large technical decisions before. Here you will own the team's roadmap, its architecture and the health of its systems.",
  ],
  principal: [
    "You will shape architecture across several teams and be the person others turn to for the hardest technical decisions.",
    "This role sets the long-term technical vision of our engineering organisation. You will work with its leadership on what we build, how we build it and whom we hire.",
    "You will spend your time on the problems that cross team boundaries: system design, reliability, and the standards every team builds on.",
  ],
};

const INTERN_TEXT = [
  "You are studying, or have just finished a degree or a bootcamp, and you have written code outside class.",
  "No professional experience is needed: we are looking for curiosity, and projects of your own that show it.",
];

/** The first requirement: experience, in years, from the guide's career path. */
const EXPERIENCE: Record<JobLevel, string[]> = {
  junior: [
    "A first job, an internship or personal projects that show you can write working code",
    "Up to two years of experience, or a portfolio of projects you are proud of",
  ],
  mid: [
    "Two or more years of building software that runs in production",
    "Two to five years of professional experience",
  ],
  senior: [
    "Five or more years of professional experience, including projects you steered",
    "Several years of shipping and running production systems",
  ],
  lead: [
    "Eight or more years of experience, some of it guiding a team's technical decisions",
    "Experience setting technical direction for a team and hiring engineers",
  ],
  principal: [
    "Twelve or more years of experience and a record of decisions that shaped several teams",
    "Deep experience designing systems that many teams depend on",
  ],
};

/** Skills that read badly as "experience with X" get their own line. */
const SKILL_LINES: Record<string, string> = {
  communication: "Clear writing and the habit of explaining your decisions to people outside engineering",
  debugging: "Patience and method when tracking down hard bugs",
  "system-design": "Experience designing systems and weighing their trade-offs",
  performance: "A habit of measuring before optimizing, and experience making slow code fast",
  accessibility: "Care for accessibility, and experience building for screen readers and keyboards",
  testing: "A habit of writing automated tests that are worth keeping",
  "machine-learning": "Experience taking machine learning models from a notebook to production",
  "data-modeling": "Experience with data modeling for analytics",
  microservices: "Experience with microservices, and a sense of when not to use them",
  serverless: "Experience building and running serverless functions",
  caching: "Experience with caching, including the hard part: invalidation",
  encryption: "An understanding of encryption at rest and in transit",
  "message-queues": "Experience with message queues and the failures they bring",
  "app-security": "A working knowledge of application security and common attacks",
  observability: "Experience with observability: metrics, logs, traces and alerts people act on",
};

const STRONG = ["Solid experience with {}", "Production experience with {}", "A good working knowledge of {}"];
const SOME = ["Some experience with {}", "Familiarity with {}", "Working knowledge of {}"];

const DUTY_HEADINGS = ["What you will do", "What the work looks like", "Your day to day", "In this role you will"];
const NEED_HEADINGS = ["What we look for", "What you bring", "Skills and experience", "What we ask for"];

const PERKS = [
  "Pay is shown up front and reviewed twice a year.",
  "You get a yearly learning budget and time off for conferences.",
  "Health cover for you and your family, and a budget to set up your home office.",
  "Hours are flexible around a few shared meeting times.",
  "Every employee receives equity.",
  "On-call comes around at most one week in six, and it is paid.",
  "Parents get sixteen weeks of fully paid leave.",
  "Everyone takes at least 25 days of holiday a year, and we check that you do.",
  "We close the company for the last week of December.",
];

/** Contractors and freelancers are not employees: no equity or leave, but prompt payment. */
const CONTRACTOR_PERKS = [
  "Invoices are paid within 14 days.",
  "You get the same laptop, access and onboarding as the rest of the team.",
  "Hours are flexible around a few shared meeting times.",
  "Many of our contractors have stayed on for further projects.",
];

const INTERN_PERKS = [
  "Interns are paid the same monthly rate whatever their school.",
  "Most of our interns receive a full-time offer at the end.",
  "We cover travel for the first and last weeks, which we spend together in person.",
];

const PROCESS = [
  "Our process has three steps: a call with the hiring manager, a practical exercise, and a conversation with the team.",
  "You will hear from us within a week of applying, whatever the answer.",
  "Interviews take place on video and last about four hours in total, spread over one or two weeks.",
  "We do not use puzzles or whiteboard tests: you will work through a problem close to the job with one of us.",
];

const CONTRACT: Partial<Record<EmploymentType, string[]>> = {
  part_time: [
    "This is a part-time position of about 20 to 24 hours a week, on days you choose.",
    "The role is part time, three days a week, with the same benefits as full-time staff pro rata.",
  ],
  contract: [
    "This is a six-month contract with a good chance of extension.",
    "This is a fixed-term contract of nine months, paid monthly.",
  ],
  freelance: [
    "This is a freelance engagement: you set your hours, invoice monthly, and may work with other clients alongside us.",
    "We need a freelancer for an initial three-month engagement of about three days a week.",
  ],
  internship: [
    "This is a paid internship of three to six months, with a mentor and a project that ships to customers.",
    "The internship lasts twelve weeks. You will have a mentor, a project of your own, and a demo to the whole company at the end.",
  ],
};

/** "a" or "an" before a title, by how it is said: an API Engineer, an iOS Engineer, a UI Engineer. */
export function withArticle(title: string): string {
  return /^[AEIOU]/i.test(title) && !/^U[A-Z]/.test(title) ? `an ${title}` : `a ${title}`;
}

function regionText(region: string): string {
  if (region === "Worldwide") return "any country";
  return /^United /.test(region) ? `the ${region}` : region;
}

function workplaceText(rnd: Random, workplace: Workplace, location: string): string {
  if (workplace === "remote") {
    const region = regionText(location.replace(/^Remote \(|\)$/g, ""));
    return rnd.pick([
      `This role is fully remote, open to people living in ${region}.`,
      `You can work from anywhere in ${region}. The team meets on video twice a week and writes most things down.`,
      `We are a remote team, and this role is open to candidates based in ${region}.`,
    ]);
  }
  const city = location.split(",")[0]!;
  if (workplace === "hybrid") {
    return rnd.pick([
      `This is a hybrid role: you will spend two or three days a week at our ${city} office.`,
      `We work from our ${city} office on Tuesdays and Thursdays, and from home the rest of the week.`,
      `Our ${city} team mixes office days and home days; most people come in twice a week.`,
    ]);
  }
  return rnd.pick([
    `This role is based in our ${city} office, five days a week.`,
    `You will work from our ${city} office, next to the product and design teams.`,
    `The team sits together in ${city}, and this role is office-based.`,
  ]);
}

function requirementLines(rnd: Random, level: JobLevel, skills: string[]): string[] {
  const lines = [rnd.pick(EXPERIENCE[level])];
  skills.slice(0, 5).forEach((slug, i) => {
    const own = SKILL_LINES[slug];
    if (own) {
      lines.push(own);
      return;
    }
    const name = SKILL_NAMES.get(slug) ?? slug;
    lines.push(rnd.pick(i < 2 ? STRONG : SOME).replace("{}", name));
  });
  // Skills 6 and on are welcome rather than required.
  const extra = skills.slice(5).map((slug) => SKILL_NAMES.get(slug) ?? slug);
  if (extra.length === 1) lines.push(`${extra[0]} is a plus`);
  if (extra.length > 1) lines.push(`${extra.slice(0, -1).join(", ")} or ${extra[extra.length - 1]} would be a plus`);
  return lines;
}

/** One listing's description (CommonMark: paragraphs, two headed lists, a closing paragraph). */
export function describeJob(
  rnd: Random,
  job: {
    title: string;
    family: RoleFamily;
    level: JobLevel;
    employmentType: EmploymentType;
    company: CompanySeed;
    workplace: Workplace;
    location: string;
    skills: string[];
  },
): string {
  const about = (job.company.about.split(". ")[0] ?? job.company.about).replace(/\.$/, "");
  const mission = rnd.pick(MISSIONS[job.family]);
  // The contract kind is said in its own sentence; in the prose the title goes without it.
  const plain = job.title.replace(/ \((Freelance|Contract|Internship)\)$/, "");
  const intern = job.employmentType === "internship";
  const role = withArticle(intern ? `${plain} intern` : plain);
  const opening = rnd.pick([
    `${job.company.name} is hiring ${role} to ${mission}. ${about}.`,
    `${about}. We are hiring ${role} to ${mission}.`,
    `As ${role} at ${job.company.name}, you will ${mission}. ${about}.`,
    `Join ${job.company.name} as ${role} and help us ${mission}. ${about}.`,
  ]);
  const terms = CONTRACT[job.employmentType];
  const setting = [workplaceText(rnd, job.workplace, job.location), terms ? rnd.pick(terms) : null]
    .filter(Boolean)
    .join(" ");
  const duties = [...rnd.sample(DUTIES[job.family], rnd.int(3, 4)), rnd.pick(LEVEL_DUTIES[job.level])];
  const perks =
    job.employmentType === "internship"
      ? INTERN_PERKS
      : job.employmentType === "contract" || job.employmentType === "freelance"
        ? CONTRACTOR_PERKS
        : PERKS;
  const closing = [...rnd.sample(perks, 2), rnd.pick(PROCESS)].join(" ");
  return [
    opening,
    `${rnd.pick(intern ? INTERN_TEXT : LEVEL_TEXT[job.level])} ${setting}`,
    `## ${rnd.pick(DUTY_HEADINGS)}`,
    duties.map((d) => `- ${d}`).join("\n"),
    `## ${rnd.pick(NEED_HEADINGS)}`,
    requirementLines(rnd, job.level, job.skills)
      .map((d) => `- ${d}`)
      .join("\n"),
    closing,
  ].join("\n\n");
}
