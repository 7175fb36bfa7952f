import type { SkillSeed } from "./types";

// Generic over the slugs, so `SkillSlug` below is their union and content modules naming
// a skill that is not in this list fail to typecheck.
const group = <const S extends string>(category: string, entries: [slug: S, name: string][]) =>
  entries.map(([slug, name]) => ({ slug, name, category }) satisfies SkillSeed);

/** The one shared skills list. Slugs are stable: URLs and seeds refer to them. */
export const skillSeeds = [
  ...group("language", [
    ["java", "Java"],
    ["python", "Python"],
    ["nodejs", "Node.js"],
    ["go", "Go"],
    ["rust", "Rust"],
    ["typescript", "TypeScript"],
    ["javascript", "JavaScript"],
    ["kotlin", "Kotlin"],
    ["swift", "Swift"],
    ["csharp", "C#"],
    ["ruby", "Ruby"],
    ["php", "PHP"],
    ["scala", "Scala"],
    ["dart", "Dart"],
  ]),
  ...group("framework", [
    ["spring-boot", "Spring Boot"],
    ["express", "Express.js"],
    ["django", "Django"],
    ["fastapi", "FastAPI"],
    ["rails", "Ruby on Rails"],
    ["dotnet", ".NET"],
    ["react", "React"],
    ["nextjs", "Next.js"],
    ["vue", "Vue"],
    ["angular", "Angular"],
    ["svelte", "Svelte"],
    ["react-native", "React Native"],
    ["flutter", "Flutter"],
    ["swiftui", "SwiftUI"],
    ["jetpack-compose", "Jetpack Compose"],
    ["tailwind", "Tailwind CSS"],
  ]),
  ...group("database", [
    ["sql", "SQL"],
    ["postgresql", "PostgreSQL"],
    ["mysql", "MySQL"],
    ["mongodb", "MongoDB"],
    ["dynamodb", "DynamoDB"],
    ["redis", "Redis"],
    ["elasticsearch", "Elasticsearch"],
    ["cassandra", "Cassandra"],
  ]),
  ...group("api", [
    ["rest", "REST APIs"],
    ["graphql", "GraphQL"],
    ["grpc", "gRPC"],
  ]),
  ...group("cloud", [
    ["aws", "AWS"],
    ["azure", "Azure"],
    ["gcp", "Google Cloud Platform"],
    ["serverless", "Serverless"],
  ]),
  ...group("infrastructure", [
    ["docker", "Docker"],
    ["kubernetes", "Kubernetes"],
    ["terraform", "Terraform"],
    ["linux", "Linux"],
    ["jenkins", "Jenkins"],
    ["github-actions", "GitHub Actions"],
    ["gitlab-ci", "GitLab CI"],
    ["ci-cd", "CI/CD"],
    ["prometheus", "Prometheus"],
    ["observability", "Observability"],
  ]),
  ...group("security", [
    ["oauth", "OAuth"],
    ["jwt", "JWT"],
    ["encryption", "Encryption"],
    ["app-security", "Application security"],
  ]),
  ...group("architecture", [
    ["microservices", "Microservices"],
    ["system-design", "System design"],
    ["performance", "Performance optimization"],
    ["caching", "Caching"],
    ["kafka", "Kafka"],
    ["message-queues", "Message queues"],
  ]),
  ...group("data", [
    ["spark", "Apache Spark"],
    ["airflow", "Airflow"],
    ["dbt", "dbt"],
    ["pandas", "pandas"],
    ["machine-learning", "Machine learning"],
    ["data-modeling", "Data modeling"],
    ["snowflake", "Snowflake"],
  ]),
  ...group("practice", [
    ["git", "Git"],
    ["debugging", "Debugging"],
    ["communication", "Communication"],
    ["testing", "Automated testing"],
    ["accessibility", "Accessibility"],
    ["html-css", "HTML & CSS"],
  ]),
];

/** A slug from the shared skills list. */
export type SkillSlug = (typeof skillSeeds)[number]["slug"];
