import type { GuideSeed } from "./types";

export const backendEngineerGuide: GuideSeed = {
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
      rank: 1,
      level: "junior",
      title: "Junior Backend Developer",
      yearsMin: 0,
      yearsMax: 2,
      payMin: 60000,
      payMax: 100000,
      focus:
        "Expect to build straightforward APIs, write basic database queries and fix bugs while a more experienced engineer reviews your work. The priority is getting genuinely good at one language, usually Python or Node.js, and delivering small features from start to finish. Personal projects published on GitHub are a strong addition to your resume at this stage.",
    },
    {
      rank: 2,
      level: "mid",
      title: "Mid-level Backend Engineer",
      yearsMin: 2,
      yearsMax: 5,
      payMin: 120000,
      payMax: 180000,
      focus:
        "You now own whole features, from designing the database schema and handling authentication to deploying them in the cloud. You speed up slow queries, connect third-party services and weigh in on what belongs in dedicated backend work versus full stack work. This is also the point where remote positions become much easier to land.",
    },
    {
      rank: 3,
      level: "senior",
      title: "Senior Backend Developer",
      yearsMin: 5,
      yearsMax: 8,
      payMin: 164000,
      payMax: null,
      focus:
        "Seniors lead complex projects, shape microservice architectures and mentor junior colleagues. The work leans on Kubernetes and caching layers such as Redis to keep high-traffic applications healthy, the kind of systems run at companies like Tesorio and Pennylane. Many engineers at this level also take on freelance projects on the side.",
    },
    {
      rank: 4,
      level: "lead",
      title: "Lead Backend Engineer",
      yearsMin: 8,
      yearsMax: 12,
      payMin: 200000,
      payMax: 300000,
      focus:
        "A lead sets the technical strategy for the team and makes the final calls on which technologies it adopts. They keep a close eye on performance, oversee the CI/CD setup and security audits, and shape architecture that reaches across the whole company.",
    },
    {
      rank: 5,
      level: "principal",
      title: "Principal Backend Engineer / Engineering Manager",
      yearsMin: 12,
      yearsMax: null,
      payMin: 300000,
      payMax: 360000,
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
        "Across the backend listings on Ladder right now, the median advertised pay is {{medianPay}}, with offers running from {{payLow}} to {{payHigh}}. Our editorial research puts the wider range at roughly $3,000 for entry-level and freelance gigs up to about $360,000 for senior engineers. Where you land depends mostly on experience, location and how much technical leadership you take on.",
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
};
