import { SOFTWARE_DEVELOPERS_2024, surveySource } from "./pay-surveys";
import type { GuideModule } from "./types";

/*
 * The Backend Engineer guide, in our own words (facts: the editorial brief the first guide was written
 * from, and the sources listed at the end). Editorial pay: see payRangeSource.
 */

/*
 * The roadmap, in our own words (facts: the same brief).
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

const roadmap = [
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
    description: "What a B-tree index is, which queries it speeds up, and what each extra index costs on every write.",
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
    description: "Group writes so they succeed or fail together, and know which anomalies each isolation level allows.",
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
    description: "Plan and follow up audits and penetration tests, and make fixing their findings part of normal work.",
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
] as const satisfies GuideModule["roadmap"];

export const backendGuide = {
  slug: "backend-engineer",
  title: "Backend Engineer",
  roleFamily: "backend",
  author: "Ladder editorial team",
  summary:
    "Backend engineers build the part of software nobody sees: the servers, databases and APIs that keep an application running, fast and secure. This guide covers what the job involves, how it grows across five career stages, what it pays, and which skills and certifications help you move up.",
  whatIs:
    "A backend engineer writes and looks after everything that happens on the server side of a product: the databases that hold its data, the servers that run it, the APIs that expose it and the application logic that ties them together. People using the product never see this layer, yet every screen in the frontend depends on it. Most backend work happens in Node.js, Python, Java or Go, and Rust is worth investigating if you want to add another language to your toolkit.\n\n" +
    "In a typical week that can mean shaping a REST or GraphQL API, modelling and moving data in PostgreSQL or MongoDB, wiring up sign-in with JWT or OAuth, and tracking down why something broke. Backend engineers also ship their code through CI/CD pipelines onto AWS, Azure or GCP, agree with frontend colleagues on where each team's responsibilities begin and end, and harden services against threats such as SQL injection and DDoS attacks.",
  vsOther:
    "A full stack developer works on both halves of an application, moving between server code and the user interface. A backend engineer leaves the interface to others and spends that time going deeper into system logic: data models, service boundaries, performance and reliability. If you enjoy polishing what people click on, full stack may suit you better; if you would rather make the machinery underneath solid and quick, backend is the more focused path.",
  levels: [
    {
      level: "junior",
      title: "Junior Backend Developer",
      yearsMin: 0,
      yearsMax: 2,
      payMin: 79_850,
      payMax: 103_050,
      focus:
        "Expect to build straightforward APIs, write basic database queries and fix bugs while a more experienced engineer reviews your work. The priority is getting genuinely good at one language, usually Python or Node.js, and delivering small features from start to finish. Personal projects published on GitHub are a strong addition to your resume at this stage.",
    },
    {
      level: "mid",
      title: "Mid-level Backend Engineer",
      yearsMin: 2,
      yearsMax: 5,
      payMin: 103_050,
      payMax: 133_080,
      focus:
        "You now own whole features, from designing the database schema and handling authentication to deploying them in the cloud. You speed up slow queries, connect third-party services and weigh in on what belongs in dedicated backend work versus full stack work. This is also the point where remote positions become much easier to land.",
    },
    {
      level: "senior",
      title: "Senior Backend Developer",
      yearsMin: 5,
      yearsMax: 8,
      payMin: 133_080,
      payMax: 169_000,
      focus:
        "Seniors lead complex projects, shape microservice architectures and mentor junior colleagues. The work leans on Kubernetes and caching layers such as Redis to keep high-traffic applications healthy, the kind of systems run at companies like Tesorio and Pennylane. Many engineers at this level also take on freelance projects on the side.",
    },
    {
      level: "lead",
      title: "Lead Backend Engineer",
      yearsMin: 8,
      yearsMax: 12,
      payMin: 169_000,
      payMax: 211_450,
      focus:
        "A lead sets the technical strategy for the team and makes the final calls on which technologies it adopts. They keep a close eye on performance, oversee the CI/CD setup and security audits, and shape architecture that reaches across the whole company.",
    },
    {
      level: "principal",
      title: "Principal Backend Engineer / Engineering Manager",
      yearsMin: 12,
      yearsMax: null,
      payMin: 211_450,
      payMax: null,
      focus:
        "At the top of the ladder you define the technical vision for the organisation, help hire the people who will carry it out and assess emerging technologies before they go mainstream. Whether you follow the principal track or the management track, the job balances hands-on coding with leadership, as it does at companies such as Truffle Security and Fairmarkit.",
    },
  ],
  skillAreas: [
    {
      name: "A core backend language",
      description:
        "Choose one of the mainstream server languages, Java, Python, Node.js or Go, and learn it in depth, including its tooling, libraries and idioms.",
      skills: ["java", "python", "nodejs", "go"],
    },
    {
      name: "SQL and NoSQL databases",
      description:
        "Model and query relational stores such as PostgreSQL and MySQL, and recognise when a document or key-value store like MongoDB or DynamoDB is the better fit.",
      skills: ["sql", "postgresql", "mysql", "mongodb", "dynamodb"],
    },
    {
      name: "API design",
      description:
        "Design clear, predictable interfaces with REST, GraphQL or gRPC so that other teams and services can build on your work with confidence.",
      skills: ["rest", "graphql", "grpc"],
    },
    {
      name: "Cloud platforms",
      description:
        "Be comfortable deploying and running services on at least one of the big providers: AWS, Azure or Google Cloud Platform.",
      skills: ["aws", "azure", "gcp"],
    },
    {
      name: "Containers and orchestration",
      description:
        "Package services with Docker so they run the same everywhere, then schedule and scale them with Kubernetes.",
      skills: ["docker", "kubernetes"],
    },
    {
      name: "CI/CD pipelines",
      description:
        "Automate how code is built, tested and released using tools such as Jenkins, GitHub Actions or GitLab CI.",
      skills: ["ci-cd", "jenkins", "github-actions", "gitlab-ci"],
    },
    {
      name: "Security",
      description:
        "Protect users and data with OAuth and JWT for authentication, encrypt what is sensitive, and close vulnerabilities before attackers can exploit them.",
      skills: ["oauth", "jwt", "encryption", "app-security"],
    },
    {
      name: "Git and team workflows",
      description:
        "Use Git fluently and work smoothly within shared practices such as branching, pull requests and code review.",
      skills: ["git"],
    },
    {
      name: "Problem solving and debugging",
      description:
        "Break hard problems into manageable parts and follow a failure through a complex system until you find its real cause.",
      skills: ["debugging"],
    },
    {
      name: "Communication across teams",
      description:
        "Explain technical trade-offs in plain language and coordinate with frontend, product and operations colleagues so work fits together.",
      skills: ["communication"],
    },
    {
      name: "Performance and scalability",
      description:
        "Find bottlenecks, add caching where it pays off, and design systems that keep pace as traffic grows.",
      skills: ["performance", "caching"],
    },
    {
      name: "Microservices and serverless",
      description:
        "Know how to split a system into independently deployable services, and when serverless functions offer a simpler way to run them.",
      skills: ["microservices", "serverless"],
    },
  ],
  timeline: [
    {
      timeLabel: "09:00",
      title: "Stand-up",
      body: "The day opens with a quick team check-in to agree on priorities, such as an endpoint that has become sluggish or a database that needs to scale for a wave of new users.",
    },
    {
      timeLabel: "Morning",
      title: "Code reviews",
      body: "Next comes a round of pull request reviews on GitHub, reading through teammates' changes to Express.js and Spring Boot services and leaving suggestions.",
    },
    {
      timeLabel: "10:30",
      title: "Query tuning",
      body: "A slow PostgreSQL query gets a close look with EXPLAIN ANALYZE. After reworking it, response times fall by 40%.",
    },
    {
      timeLabel: "12:00",
      title: "Lunch",
      body: "A proper break to eat, which on remote teams is often shared with colleagues over a video call.",
    },
    {
      timeLabel: "Afternoon",
      title: "Focused building",
      body: "The longest stretch of uninterrupted work goes into writing a new GraphQL resolver and looking after the Kubernetes pods that run it on AWS, with a Slack thread open to the frontend team.",
    },
    {
      timeLabel: "15:00",
      title: "Production incident",
      body: "PagerDuty raises an alert about a problem in production. You track down the cause, write a hotfix and release it through the CI/CD pipeline.",
    },
    {
      timeLabel: "End of day",
      title: "Plan and learn",
      body: "Before signing off you map out tomorrow's tasks and spend some time exploring a newer language such as Rust. Most days wrap up somewhere between 17:00 and 18:00.",
    },
  ],
  certifications: [
    {
      name: "AWS Certified Developer - Associate",
      issuer: "Amazon Web Services",
      validates: "Shows that you can deploy, troubleshoot and tune applications that run on AWS.",
      url: "https://aws.amazon.com/certification/certified-developer-associate/",
    },
    {
      name: "Google Cloud Professional Cloud Developer",
      issuer: "Google Cloud",
      validates:
        "Confirms that you can build scalable backends on Google Cloud, connect them to APIs and look after the data they rely on.",
      url: "https://cloud.google.com/learn/certification/cloud-developer",
    },
    {
      name: "Docker Certified Associate",
      issuer: "Docker",
      validates:
        "Demonstrates practical command of containers, the building block for packaging microservices and moving them through CI/CD.",
    },
    {
      name: "Certified Kubernetes Administrator (CKA)",
      issuer: "Cloud Native Computing Foundation (CNCF)",
      validates:
        "Proves that you can operate and administer the Kubernetes clusters that orchestrate containers for large, demanding systems.",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
    },
    {
      name: "Oracle Java SE 17 Developer",
      issuer: "Oracle",
      validates: "Certifies solid, up-to-date Java skills, which many enterprise backend teams look for when hiring.",
    },
  ],
  faqs: [
    {
      question: "What does a backend engineer do, and how is it different from full stack?",
      answer:
        "A backend engineer builds and maintains the server side of an application: the databases, servers, APIs and business logic that users never see but always depend on. A full stack developer covers that server work as well as the user interface. Backend engineers trade the interface work for a deeper focus on how systems store data, scale and stay secure.",
    },
    {
      question: "How much does a backend engineer earn in 2026?",
      answer:
        "Across the backend listings on Ladder right now, the median advertised pay is {{medianPay}}, with offers running from {{payLow}} to {{payHigh}}. For a wider view, the U.S. Bureau of Labor Statistics put the median annual wage of software developers at $133,080 in May 2024, with one in ten earning less than $79,850 and one in ten more than $211,450; the career path above spreads those percentiles over the five levels. Where you land depends mostly on experience, location and how much technical leadership you take on.",
    },
    {
      question: "How do I become a backend developer?",
      answer:
        "Start by learning one backend language well, then get comfortable with both SQL and NoSQL databases and with building APIs. Add cloud deployment and containers to your skill set, and show what you can do through your own projects and open-source contributions. A certification or two and an internship can then help you secure your first role.",
    },
    {
      question: "Which backend skills are most in demand?",
      answer:
        "Employers consistently want fluency in a language such as Java, Python, Node.js or Go, backed by strong database and API design skills. Hands-on experience with a cloud platform, Docker and Kubernetes, CI/CD and security practices like OAuth and JWT helps candidates stand out. Beyond the tools, teams value people who can debug complex systems, communicate clearly and design for performance using microservices or serverless architectures.",
    },
    {
      question: "How many backend jobs are open right now, and can I work remotely or freelance?",
      answer:
        "Ladder currently lists {{openPositions}} open backend positions. Of those, {{remoteCount}} ({{remoteShare}}) can be done remotely and {{freelanceCount}} ({{freelanceShare}}) are freelance roles. Remote and freelance arrangements are especially common from mid level upward, and marketplaces such as Upwork offer further project work on the side.",
    },
  ],
  payRangeSource: surveySource(SOFTWARE_DEVELOPERS_2024),
  roadmap,
  sources: [
    surveySource(SOFTWARE_DEVELOPERS_2024),
    {
      title:
        "Ladder's editorial brief for the first guide (its former pay table is kept in content/guides/pay-bands.md)",
      supports: "the role, skills, career path titles and years, day in the life, certifications and FAQ topics",
    },
    {
      title: "AWS Certified Developer - Associate",
      url: "https://aws.amazon.com/certification/certified-developer-associate/",
      supports: "certification name and issuer",
    },
    {
      title: "Google Cloud Professional Cloud Developer",
      url: "https://cloud.google.com/learn/certification/cloud-developer",
      supports: "certification name and issuer",
    },
    {
      title: "Certified Kubernetes Administrator (CKA), The Linux Foundation",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
      supports: "certification name and issuer (CNCF, run by The Linux Foundation)",
    },
  ],
} satisfies GuideModule;
