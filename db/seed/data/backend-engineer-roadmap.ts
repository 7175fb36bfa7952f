import type { RoadmapSeed } from "./types";

/*
 * The Backend Engineer roadmap, in our own words (facts: shared/content/backend-engineer-facts.md).
 * Milestones are ordered as a learner meets them. Every skill of the guide's twelve skill
 * areas appears exactly once as a skill milestone (db/seed/roadmap.ts checks this); topics
 * break a skill into concrete things to learn; certifications are the guide's five.
 * Slugs are stable: progress is stored against them. Rename a title freely, never a slug.
 */
const LANG = "A core backend language";
const DB = "SQL and NoSQL databases";
const API = "API design";
const CLOUD = "Cloud platforms";
const CONTAINERS = "Containers and orchestration";
const CICD = "CI/CD pipelines";
const SEC = "Security";
const GIT = "Git and team workflows";
const DEBUG = "Problem solving and debugging";
const COMMS = "Communication across teams";
const PERF = "Performance and scalability";
const MICRO = "Microservices and serverless";
const CERTS = "Certifications";
const PROJECTS = "Practice projects";

export const backendEngineerRoadmap: RoadmapSeed = {
  guide: "backend-engineer",
  milestones: [
    // ------------------------------------------------------------ junior
    {
      slug: "python",
      level: "junior",
      area: LANG,
      kind: "skill",
      skill: "python",
      title: "Python",
      description:
        "A readable, batteries-included language and a common first choice for backend work. Pick one language to learn deeply and mark the others skipped.",
    },
    {
      slug: "nodejs",
      level: "junior",
      area: LANG,
      kind: "skill",
      skill: "nodejs",
      title: "Node.js",
      description: "JavaScript on the server, built around an event loop that suits I/O-heavy APIs.",
    },
    {
      slug: "java",
      level: "junior",
      area: LANG,
      kind: "skill",
      skill: "java",
      title: "Java",
      description: "The long-standing enterprise workhorse, usually paired with Spring Boot.",
    },
    {
      slug: "go",
      level: "junior",
      area: LANG,
      kind: "skill",
      skill: "go",
      title: "Go",
      description: "A small, compiled language with cheap concurrency, popular for network services and tooling.",
    },
    {
      slug: "language-fundamentals",
      level: "junior",
      area: LANG,
      kind: "topic",
      title: "Language fundamentals",
      description:
        "Types, control flow, functions, collections and error handling in the language you chose, until you can write them without looking things up.",
    },
    {
      slug: "packages-and-tests",
      level: "junior",
      area: LANG,
      kind: "topic",
      title: "Packages, project layout and unit tests",
      description:
        "Install dependencies with the language's package manager, lay out a project the way its community expects, and cover your code with automated tests.",
    },
    {
      slug: "git",
      level: "junior",
      area: GIT,
      kind: "skill",
      skill: "git",
      title: "Git",
      description: "Record, compare and undo changes, and share them with a team through a remote repository.",
    },
    {
      slug: "git-branches-and-reviews",
      level: "junior",
      area: GIT,
      kind: "topic",
      title: "Branches, pull requests and code review",
      description: "Work on a branch, open a pull request, answer review comments, and resolve merge conflicts calmly.",
    },
    {
      slug: "sql",
      level: "junior",
      area: DB,
      kind: "skill",
      skill: "sql",
      title: "SQL",
      description: "The language of relational databases: ask questions of tables and change their rows safely.",
    },
    {
      slug: "sql-joins",
      level: "junior",
      area: DB,
      kind: "topic",
      title: "SQL: joins and aggregates",
      description: "Combine tables with inner and outer joins, then summarise rows with GROUP BY, COUNT and friends.",
    },
    {
      slug: "sql-indexes",
      level: "junior",
      area: DB,
      kind: "topic",
      title: "SQL: indexes",
      description:
        "What a B-tree index is, which queries it speeds up, and what each extra index costs on every write.",
    },
    {
      slug: "postgresql",
      level: "junior",
      area: DB,
      kind: "skill",
      skill: "postgresql",
      title: "PostgreSQL",
      description: "A feature-rich open-source relational database and a safe default for most new services.",
    },
    {
      slug: "mysql",
      level: "junior",
      area: DB,
      kind: "skill",
      skill: "mysql",
      title: "MySQL",
      description:
        "A widely deployed relational database; knowing how it differs from PostgreSQL helps on existing systems.",
    },
    {
      slug: "rest",
      level: "junior",
      area: API,
      kind: "skill",
      skill: "rest",
      title: "REST APIs",
      description: "Expose resources over HTTP with predictable URLs, methods and responses.",
    },
    {
      slug: "http-basics",
      level: "junior",
      area: API,
      kind: "topic",
      title: "HTTP methods, status codes and headers",
      description:
        "Know when to answer 200, 201, 400, 401, 404 or 500, what makes a method idempotent, and how caching headers work.",
    },
    {
      slug: "api-pagination",
      level: "junior",
      area: API,
      kind: "topic",
      title: "Validation and pagination",
      description:
        "Reject bad input with clear messages, and return long lists page by page without skipping or repeating rows.",
    },
    {
      slug: "debugging",
      level: "junior",
      area: DEBUG,
      kind: "skill",
      skill: "debugging",
      title: "Debugging",
      description: "Reproduce a failure, narrow it down and fix its cause rather than its symptom.",
    },
    {
      slug: "logs-and-debuggers",
      level: "junior",
      area: DEBUG,
      kind: "topic",
      title: "Reading logs, stack traces and using a debugger",
      description:
        "Follow a stack trace to the failing line, add useful log lines, and step through code with breakpoints.",
    },
    {
      slug: "project-crud-api",
      level: "junior",
      area: PROJECTS,
      kind: "project",
      title: "Build a small CRUD API",
      description:
        "A REST API for something you care about (books, runs, recipes) backed by PostgreSQL, with input validation and tests. Publish it on GitHub with a clear README.",
    },

    // ------------------------------------------------------------ mid
    {
      slug: "sql-explain-analyze",
      level: "mid",
      area: DB,
      kind: "topic",
      title: "SQL: EXPLAIN ANALYZE",
      description:
        "Read a query plan, spot sequential scans and bad row estimates, and prove a fix with before-and-after timings.",
    },
    {
      slug: "sql-transactions",
      level: "mid",
      area: DB,
      kind: "topic",
      title: "SQL: transactions and isolation",
      description:
        "Group writes so they succeed or fail together, and know which anomalies each isolation level allows.",
    },
    {
      slug: "schema-design",
      level: "mid",
      area: DB,
      kind: "topic",
      title: "Schema design and migrations",
      description:
        "Model data with keys and constraints that keep it correct, and change a live schema without downtime.",
    },
    {
      slug: "mongodb",
      level: "mid",
      area: DB,
      kind: "skill",
      skill: "mongodb",
      title: "MongoDB",
      description: "A document database: store nested records as they are read, and index the fields you query.",
    },
    {
      slug: "dynamodb",
      level: "mid",
      area: DB,
      kind: "skill",
      skill: "dynamodb",
      title: "DynamoDB",
      description: "AWS's managed key-value store: design partition and sort keys around your access patterns first.",
    },
    {
      slug: "graphql",
      level: "mid",
      area: API,
      kind: "skill",
      skill: "graphql",
      title: "GraphQL",
      description: "Let clients ask for exactly the fields they need through one typed schema and its resolvers.",
    },
    {
      slug: "api-versioning",
      level: "mid",
      area: API,
      kind: "topic",
      title: "Versioning and rate limiting",
      description: "Evolve an API without breaking its callers, and protect it from clients that call too often.",
    },
    {
      slug: "oauth",
      level: "mid",
      area: SEC,
      kind: "skill",
      skill: "oauth",
      title: "OAuth",
      description:
        "Let users sign in with another provider and let services act on a user's behalf without sharing passwords.",
    },
    {
      slug: "jwt",
      level: "mid",
      area: SEC,
      kind: "skill",
      skill: "jwt",
      title: "JWT",
      description: "Signed tokens that carry claims between services; know how to verify, expire and revoke them.",
    },
    {
      slug: "encryption",
      level: "mid",
      area: SEC,
      kind: "skill",
      skill: "encryption",
      title: "Encryption",
      description: "TLS in transit, encryption at rest, and slow salted hashes (argon2, bcrypt) for passwords.",
    },
    {
      slug: "injection-and-owasp",
      level: "mid",
      area: SEC,
      kind: "topic",
      title: "SQL injection and the OWASP Top 10",
      description:
        "Use parameterised queries everywhere and recognise the most common web vulnerabilities in your own code.",
    },
    {
      slug: "aws",
      level: "mid",
      area: CLOUD,
      kind: "skill",
      skill: "aws",
      title: "AWS",
      description:
        "The largest cloud provider: compute, storage, managed databases and the permissions that tie them together.",
    },
    {
      slug: "azure",
      level: "mid",
      area: CLOUD,
      kind: "skill",
      skill: "azure",
      title: "Azure",
      description:
        "Microsoft's cloud, common in companies already built on Microsoft tools. One cloud learned well is enough to start; skip the others for now if you like.",
    },
    {
      slug: "gcp",
      level: "mid",
      area: CLOUD,
      kind: "skill",
      skill: "gcp",
      title: "Google Cloud Platform",
      description: "Google's cloud, strong in managed data services and Kubernetes.",
    },
    {
      slug: "cloud-iam",
      level: "mid",
      area: CLOUD,
      kind: "topic",
      title: "Identity, permissions and least privilege",
      description: "Give each service only the cloud permissions it needs, and keep secrets out of code and logs.",
    },
    {
      slug: "docker",
      level: "mid",
      area: CONTAINERS,
      kind: "skill",
      skill: "docker",
      title: "Docker",
      description:
        "Package a service and its dependencies into an image that runs the same on a laptop and in production.",
    },
    {
      slug: "dockerfiles-and-compose",
      level: "mid",
      area: CONTAINERS,
      kind: "topic",
      title: "Dockerfiles and Compose",
      description: "Write small, cache-friendly images and start a service with its database locally in one command.",
    },
    {
      slug: "ci-cd",
      level: "mid",
      area: CICD,
      kind: "skill",
      skill: "ci-cd",
      title: "CI/CD",
      description: "Build, test and release every change automatically, so shipping is routine rather than an event.",
    },
    {
      slug: "github-actions",
      level: "mid",
      area: CICD,
      kind: "skill",
      skill: "github-actions",
      title: "GitHub Actions",
      description: "Pipelines defined next to the code in GitHub repositories.",
    },
    {
      slug: "gitlab-ci",
      level: "mid",
      area: CICD,
      kind: "skill",
      skill: "gitlab-ci",
      title: "GitLab CI",
      description: "GitLab's built-in pipelines, configured in one YAML file per repository.",
    },
    {
      slug: "jenkins",
      level: "mid",
      area: CICD,
      kind: "skill",
      skill: "jenkins",
      title: "Jenkins",
      description: "The self-hosted automation server many established teams still run.",
    },
    {
      slug: "communication",
      level: "mid",
      area: COMMS,
      kind: "skill",
      skill: "communication",
      title: "Communication",
      description: "Explain trade-offs in plain words and agree with frontend and product colleagues on who owns what.",
    },
    {
      slug: "design-docs",
      level: "mid",
      area: COMMS,
      kind: "topic",
      title: "Writing short design documents",
      description: "Describe a problem, the options and your recommendation on a page or two before building.",
    },
    {
      slug: "cert-aws-developer",
      level: "mid",
      area: CERTS,
      kind: "certification",
      title: "AWS Certified Developer - Associate",
      description: "Amazon Web Services' exam on deploying, troubleshooting and tuning applications that run on AWS.",
      url: "https://aws.amazon.com/certification/certified-developer-associate/",
    },
    {
      slug: "cert-gcp-developer",
      level: "mid",
      area: CERTS,
      kind: "certification",
      title: "Google Cloud Professional Cloud Developer",
      description:
        "Google Cloud's exam on building scalable backends on its platform, wiring them to APIs and managing their data.",
      url: "https://cloud.google.com/learn/certification/cloud-developer",
    },
    {
      slug: "cert-docker-associate",
      level: "mid",
      area: CERTS,
      kind: "certification",
      title: "Docker Certified Associate",
      description: "Docker's exam on working with containers, the building block of microservices and CI/CD.",
    },
    {
      slug: "cert-oracle-java",
      level: "mid",
      area: CERTS,
      kind: "certification",
      title: "Oracle Java SE 17 Developer",
      description: "Oracle's exam on current Java, often valued by enterprise backend teams.",
    },
    {
      slug: "project-auth-deploy",
      level: "mid",
      area: PROJECTS,
      kind: "project",
      title: "Secure and ship your API",
      description:
        "Add sign-in with OAuth and JWT to your API, containerise it with Docker, and deploy it to a cloud provider through a pipeline that runs your tests on every push.",
    },
    {
      slug: "project-slow-query",
      level: "mid",
      area: PROJECTS,
      kind: "project",
      title: "Make a slow query fast",
      description:
        "Load a table with a million generated rows, find a slow query with EXPLAIN ANALYZE, fix it with an index or a rewrite, and write up the numbers.",
    },

    // ------------------------------------------------------------ senior
    {
      slug: "kubernetes",
      level: "senior",
      area: CONTAINERS,
      kind: "skill",
      skill: "kubernetes",
      title: "Kubernetes",
      description: "Schedule, scale and heal containers across a cluster.",
    },
    {
      slug: "k8s-workloads",
      level: "senior",
      area: CONTAINERS,
      kind: "topic",
      title: "Deployments, services and health probes",
      description:
        "Roll out new versions without downtime, route traffic to healthy pods, and set resource requests and limits.",
    },
    {
      slug: "performance",
      level: "senior",
      area: PERF,
      kind: "skill",
      skill: "performance",
      title: "Performance",
      description: "Measure before changing anything, find the real bottleneck, and keep latency low as load grows.",
    },
    {
      slug: "profiling-load-testing",
      level: "senior",
      area: PERF,
      kind: "topic",
      title: "Profiling and load testing",
      description:
        "Profile CPU and memory, and load-test a service to learn its limits and its p95 latency before users do.",
    },
    {
      slug: "caching",
      level: "senior",
      area: PERF,
      kind: "skill",
      skill: "caching",
      title: "Caching",
      description: "Keep hot data close to where it is needed, and decide how stale it may be.",
    },
    {
      slug: "redis-caching",
      level: "senior",
      area: PERF,
      kind: "topic",
      title: "Caching with Redis",
      description: "Cache-aside reads, expiry, invalidation on write, and what happens when the cache is cold or down.",
    },
    {
      slug: "microservices",
      level: "senior",
      area: MICRO,
      kind: "skill",
      skill: "microservices",
      title: "Microservices",
      description:
        "Split a system into services that a team can deploy on its own, and only where the split pays for itself.",
    },
    {
      slug: "messaging",
      level: "senior",
      area: MICRO,
      kind: "topic",
      title: "Queues and event-driven design",
      description: "Decouple services with queues and events; handle retries, duplicates and ordering.",
    },
    {
      slug: "serverless",
      level: "senior",
      area: MICRO,
      kind: "skill",
      skill: "serverless",
      title: "Serverless",
      description: "Run code as managed functions that scale to zero, and know where cold starts and limits bite.",
    },
    {
      slug: "grpc",
      level: "senior",
      area: API,
      kind: "skill",
      skill: "grpc",
      title: "gRPC",
      description: "Fast, typed calls between services, defined with Protocol Buffers.",
    },
    {
      slug: "app-security",
      level: "senior",
      area: SEC,
      kind: "skill",
      skill: "app-security",
      title: "Application security",
      description: "Find and close vulnerabilities before attackers do, from dependencies to access control.",
    },
    {
      slug: "threat-modeling",
      level: "senior",
      area: SEC,
      kind: "topic",
      title: "Threat modelling and DDoS protection",
      description:
        "List what an attacker could do to a system and how you would notice; absorb floods with rate limits and edge protection.",
    },
    {
      slug: "mentoring",
      level: "senior",
      area: COMMS,
      kind: "topic",
      title: "Mentoring and reviewing",
      description: "Help junior colleagues grow through pairing and reviews that teach rather than just correct.",
    },
    {
      slug: "incident-debugging",
      level: "senior",
      area: DEBUG,
      kind: "topic",
      title: "Debugging production incidents",
      description:
        "Work an alert from symptom to root cause across services, ship a hotfix, then write a blameless review.",
    },
    {
      slug: "cert-cka",
      level: "senior",
      area: CERTS,
      kind: "certification",
      title: "Certified Kubernetes Administrator (CKA)",
      description:
        "The Cloud Native Computing Foundation's hands-on exam on operating and administering Kubernetes clusters.",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
    },
    {
      slug: "project-microservices",
      level: "senior",
      area: PROJECTS,
      kind: "project",
      title: "Split a service and run it on Kubernetes",
      description:
        "Carve one part of your API into its own service, connect the two with a queue, and run both on a Kubernetes cluster with health checks and a cache.",
    },

    // ------------------------------------------------------------ lead
    {
      slug: "architecture-decisions",
      level: "lead",
      area: MICRO,
      kind: "topic",
      title: "Architecture across teams",
      description:
        "Shape boundaries between systems that several teams own, and record decisions so the reasons outlive the meeting.",
    },
    {
      slug: "tech-stack-choices",
      level: "lead",
      area: COMMS,
      kind: "topic",
      title: "Choosing the tech stack",
      description:
        "Weigh a new technology's benefits against its cost to hire, operate and maintain, and explain the call to the team.",
    },
    {
      slug: "pipeline-ownership",
      level: "lead",
      area: CICD,
      kind: "topic",
      title: "Owning the delivery pipeline",
      description:
        "Keep builds fast and releases safe for the whole team: flaky tests, gradual rollouts, quick rollbacks.",
    },
    {
      slug: "security-audits",
      level: "lead",
      area: SEC,
      kind: "topic",
      title: "Security audits",
      description:
        "Plan and follow up audits and penetration tests, and make fixing their findings part of normal work.",
    },
    {
      slug: "observability-slos",
      level: "lead",
      area: PERF,
      kind: "topic",
      title: "Observability and service-level objectives",
      description:
        "Agree on the latency and error targets that matter to users, and measure them with metrics, logs and traces.",
    },
    {
      slug: "project-architecture-proposal",
      level: "lead",
      area: PROJECTS,
      kind: "project",
      title: "Lead an architecture proposal",
      description:
        "Write a proposal for a change that spans several services, gather feedback from the teams it affects, and plan the rollout.",
    },

    // ------------------------------------------------------------ principal
    {
      slug: "technical-vision",
      level: "principal",
      area: COMMS,
      kind: "topic",
      title: "Technical vision and strategy",
      description:
        "Set a direction for engineering across the organisation that connects day-to-day work to where the business is going.",
    },
    {
      slug: "hiring",
      level: "principal",
      area: COMMS,
      kind: "topic",
      title: "Hiring and growing engineers",
      description: "Design fair interviews, help decide who joins, and build the career paths that keep good people.",
    },
    {
      slug: "emerging-tech",
      level: "principal",
      area: LANG,
      kind: "topic",
      title: "Evaluating emerging technology",
      description:
        "Research newer tools and languages, such as Rust, early and decide with evidence whether they are worth adopting.",
    },
    {
      slug: "coding-and-leading",
      level: "principal",
      area: DEBUG,
      kind: "topic",
      title: "Balancing hands-on work with leadership",
      description:
        "Stay close enough to the code to judge designs well while spending most of your time on people and direction.",
    },
    {
      slug: "project-tech-evaluation",
      level: "principal",
      area: PROJECTS,
      kind: "project",
      title: "Run a technology evaluation",
      description:
        "Prototype one service in a language or platform your organisation does not use yet, measure it against the current one, and present a recommendation.",
    },
  ],
};
