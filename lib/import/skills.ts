/*
 * Skills tagged from the shared skills list (the `skills` table) and the other ways
 * postings write them. A skill's name always counts; ALIASES adds spellings by slug.
 * Short names that are also English words (Go, Rust, Swift, Dart, Spark, Express) count
 * only as written, capitalised, and Go not in "Go to"/"Go-to".
 */

type SkillRow = { id: number; slug: string; name: string };

const ALIASES: Record<string, string[]> = {
  nodejs: ["node.js", "nodejs", "node js"],
  go: ["golang"],
  typescript: ["ts"],
  javascript: ["js", "ecmascript"],
  csharp: ["c#"],
  "spring-boot": ["spring"],
  express: ["express.js", "expressjs"],
  rails: ["rails", "ruby on rails"],
  dotnet: [".net", "asp.net", ".net core"],
  react: ["react.js", "reactjs"],
  nextjs: ["next.js", "nextjs"],
  vue: ["vue.js", "vuejs"],
  postgresql: ["postgres", "postgresql"],
  elasticsearch: ["elastic search", "opensearch"],
  rest: ["REST", "RESTful", "REST API"],
  aws: ["amazon web services"],
  gcp: ["gcp", "google cloud"],
  kubernetes: ["k8s"],
  "ci-cd": ["ci/cd", "continuous integration", "continuous delivery", "continuous deployment"],
  observability: ["opentelemetry", "datadog", "grafana"],
  "app-security": ["application security", "appsec", "owasp"],
  microservices: ["microservice", "micro-services"],
  "system-design": ["distributed systems", "system design"],
  "message-queues": ["rabbitmq", "sqs", "message queue", "message broker"],
  spark: ["pyspark"],
  "machine-learning": ["machine learning", "ml"],
  "data-modeling": ["data modelling", "data modeling"],
  testing: ["unit tests", "integration tests", "test automation", "automated tests", "tdd"],
  "html-css": ["html", "css"],
  "react-native": ["react native"],
  "jetpack-compose": ["jetpack compose"],
  "github-actions": ["github actions"],
  "gitlab-ci": ["gitlab ci"],
  sql: ["sql"],
};

/** Names that are also everyday words: matched case-sensitively, as written. */
const AS_WRITTEN = new Set(["go", "rust", "swift", "dart", "spark", "express", "git", "rest"]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern per skill: its name and aliases as whole words ("c#", ".net" and "ci/cd" included). */
function patternFor(skill: SkillRow): RegExp {
  const words = [skill.name, ...(ALIASES[skill.slug] ?? [])];
  const alternation = words.map((w) => escape(w)).join("|");
  // A "word" may start or end with a symbol, so the edges are "no letter or digit", not \b.
  // Nor a URL scheme: "javascript:alert(1)" names no skill ("JavaScript: 3 years" still does).
  const body = `(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}+#]|:[^\\s])`;
  const guard = skill.slug === "go" ? "(?![ -]to\\b)" : "";
  return new RegExp(body + guard, AS_WRITTEN.has(skill.slug) ? "gu" : "giu");
}

const cache = new WeakMap<readonly SkillRow[], { skill: SkillRow; pattern: RegExp }[]>();

/** Most skills a listing is tagged with. */
export const MAX_TAGGED_SKILLS = 12;

/**
 * The skills a posting names, best first: a mention in the title scores 3, each in the
 * body 1 (at most 3 from the body), so the title weighs more. Ties keep the list's order;
 * at most MAX_TAGGED_SKILLS. Answers the skills' ids.
 */
export function tagSkills(title: string, body: string, skillList: readonly SkillRow[]): number[] {
  let compiled = cache.get(skillList);
  if (!compiled) {
    compiled = skillList.map((skill) => ({ skill, pattern: patternFor(skill) }));
    cache.set(skillList, compiled);
  }
  const scored: { id: number; score: number; order: number }[] = [];
  compiled.forEach(({ skill, pattern }, order) => {
    const inTitle = (title.match(pattern) ?? []).length > 0 ? 3 : 0;
    const inBody = Math.min(3, (body.match(pattern) ?? []).length);
    if (inTitle + inBody > 0) scored.push({ id: skill.id, score: inTitle + inBody, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_TAGGED_SKILLS)
    .map((s) => s.id);
}
