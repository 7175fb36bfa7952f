import { SOFTWARE_DEVELOPERS_2024, surveySource } from "./pay-surveys";
import type { GuideModule } from "./types";

/*
 * The Full Stack Developer guide, in our own words. Facts: the sources at the end.
 * Editorial pay: see payRangeSource.
 */
const LANG = "JavaScript and TypeScript across the stack";
const UI = "A frontend framework";
const SERVER = "A server framework";
const DB = "Databases";
const API = "API design";
const AUTH = "Authentication and security";
const SHIP = "Deployment and the cloud";
const QUALITY = "Testing and Git";

export const fullstackGuide = {
  slug: "full-stack-developer",
  title: "Full Stack Developer",
  roleFamily: "fullstack",
  author: "Ladder editorial team",
  summary:
    "Full stack developers build features end to end: the screen a user sees, the API behind it and the database underneath. This guide covers what that breadth means in practice, how it compares with frontend and backend roles, the five career levels, pay, and the skills and certificates that help.",
  whatIs:
    "A full stack developer can take a feature from an idea to production without handing it over at the boundary between browser and server. In one week that might mean a React form, the Node.js, Django or Rails endpoint it posts to, the PostgreSQL table that stores the result, and the pipeline that deploys all three. Many teams standardise on TypeScript on both sides so that types flow from the database to the screen.\n\n" +
    "Breadth is the point of the role, and also its risk. Full stack developers are most valued in small teams and product squads where one person shipping a whole slice is faster than three people coordinating, and they are expected to know enough about security, performance and operations to avoid the classic mistakes on each layer even when a specialist is not around.",
  vsOther:
    "A frontend engineer goes deep on the browser and a backend engineer goes deep on servers and data; a full stack developer covers both, trading some depth for the ability to ship a whole feature alone. Compared with a DevOps engineer, a full stack developer deploys their own code but does not usually own the platform it runs on. Choose full stack if you like seeing a feature through from the first pixel to the last query.",
  levels: [
    {
      level: "junior",
      title: "Junior Full Stack Developer",
      yearsMin: 0,
      yearsMax: 2,
      payMin: 79_850,
      payMax: 103_050,
      focus:
        "You fix bugs and build small features that touch both a page and an endpoint, with a senior reviewing each change. Getting comfortable in one stack, for example React with Node.js and PostgreSQL, is worth more now than sampling many.",
    },
    {
      level: "mid",
      title: "Full Stack Developer",
      yearsMin: 2,
      yearsMax: 5,
      payMin: 103_050,
      payMax: 133_080,
      focus:
        "You own features end to end: schema changes and migrations, API design, UI states and tests, and the release. You know where your weaker layer is and ask for review there.",
    },
    {
      level: "senior",
      title: "Senior Full Stack Developer",
      yearsMin: 5,
      yearsMax: 8,
      payMin: 133_080,
      payMax: 169_000,
      focus:
        "Seniors design features that span services, choose where logic should live, and keep the codebase coherent across layers. They mentor, lead projects and are often the person who spots a security or performance problem in a layer nobody else was watching.",
    },
    {
      level: "lead",
      title: "Lead Full Stack Engineer / Tech Lead",
      yearsMin: 8,
      yearsMax: 12,
      payMin: 169_000,
      payMax: 211_450,
      focus:
        "A lead owns a product area's technical direction: stack choices, architecture, delivery plans and the team's engineering standards, and spends as much time unblocking people as writing code.",
    },
    {
      level: "principal",
      title: "Principal Engineer / Engineering Manager",
      yearsMin: 12,
      yearsMax: null,
      payMin: 211_450,
      payMax: null,
      focus:
        "At the top the breadth becomes organisational: shaping how product teams build and ship, making platform bets, and hiring and growing engineers, either as a principal engineer or as a manager.",
    },
  ],
  payRangeSource: surveySource(SOFTWARE_DEVELOPERS_2024),
  skillAreas: [
    {
      name: LANG,
      description:
        "JavaScript and TypeScript in the browser and on the server with Node.js, so one language covers the stack.",
      skills: ["javascript", "typescript", "nodejs"],
    },
    {
      name: UI,
      description: "React (often through Next.js) and the HTML and CSS underneath it.",
      skills: ["react", "nextjs", "html-css"],
    },
    {
      name: SERVER,
      description: "One server framework learned properly: Express on Node.js, Django on Python or Rails on Ruby.",
      skills: ["express", "django", "rails"],
    },
    {
      name: DB,
      description: "Relational modelling and SQL in PostgreSQL, and when a document store like MongoDB fits better.",
      skills: ["sql", "postgresql", "mongodb"],
    },
    {
      name: API,
      description: "REST or GraphQL endpoints that the frontend, and other teams, can rely on.",
      skills: ["rest", "graphql"],
    },
    {
      name: AUTH,
      description: "Sign-in with OAuth, sessions done safely, and defences against the common web vulnerabilities.",
      skills: ["oauth", "app-security"],
    },
    {
      name: SHIP,
      description:
        "Containers, a CI/CD pipeline and at least one cloud, so your features reach users without a handover.",
      skills: ["docker", "ci-cd", "aws"],
    },
    {
      name: QUALITY,
      description: "Tests at each layer and a clean Git history that reviewers can follow.",
      skills: ["testing", "git"],
    },
  ],
  timeline: [
    {
      timeLabel: "09:30",
      title: "Stand-up",
      body: "The squad agrees the day's goal: finish the team-invites feature, which needs a new table, two endpoints and a settings screen.",
    },
    {
      timeLabel: "10:00",
      title: "Schema and migration",
      body: "Write the migration for the invites table with a unique index on the token, and run it against a copy of production data.",
    },
    {
      timeLabel: "11:30",
      title: "API",
      body: "Add the create and accept endpoints, validate input at the boundary, and write integration tests against a real database.",
    },
    {
      timeLabel: "13:30",
      title: "Interface",
      body: "Build the settings screen in React, with pending, success and error states, and check it with the keyboard alone.",
    },
    {
      timeLabel: "15:30",
      title: "Review and deploy",
      body: "Two reviews come back; after the fixes the pipeline runs tests, builds the container and deploys behind a feature flag.",
    },
    {
      timeLabel: "16:30",
      title: "Support",
      body: "A customer report about slow search leads to a missing index; the fix is small, and the rest of the afternoon goes into writing it up.",
    },
  ],
  certifications: [
    {
      name: "AWS Certified Developer - Associate",
      issuer: "Amazon Web Services",
      validates: "Building, deploying and debugging applications on AWS.",
      url: "https://aws.amazon.com/certification/certified-developer-associate/",
    },
    {
      name: "Meta Front-End Developer Professional Certificate",
      issuer: "Meta (on Coursera)",
      validates: "HTML, CSS, JavaScript and React from the basics to a portfolio project.",
      url: "https://www.coursera.org/professional-certificates/meta-front-end-developer",
    },
    {
      name: "Meta Back-End Developer Professional Certificate",
      issuer: "Meta (on Coursera)",
      validates: "Python, Django, databases, APIs and Git for an entry-level backend role.",
      url: "https://www.coursera.org/professional-certificates/meta-back-end-developer",
    },
    {
      name: "MongoDB Associate Developer",
      issuer: "MongoDB",
      validates: "Modelling, querying and indexing data in MongoDB from an application.",
      url: "https://learn.mongodb.com/pages/mongodb-associate-developer-exam",
    },
  ],
  faqs: [
    {
      question: "What does a full stack developer do, and how is it different from frontend or backend?",
      answer:
        "A full stack developer builds a feature across every layer: the interface, the API and the database, and often its deployment. Frontend and backend engineers specialise in one side and go deeper there. Full stack roles suit people who like owning a whole slice of a product.",
    },
    {
      question: "How much does a full stack developer earn in 2026?",
      answer:
        "The median advertised pay across open full stack listings on Ladder is {{medianPay}} right now. The editorial ranges in the career path come from the U.S. Bureau of Labor Statistics wage survey for software developers (May 2024): about $80,000 to $103,000 for a first role, $211,450 and up at principal level. Beside them the career path shows live pay by level with the number of listings behind each figure.",
    },
    {
      question: "How do I become a full stack developer?",
      answer:
        "Pick one stack and stay with it until you can ship a small product alone: for example TypeScript with React and Node.js, and PostgreSQL. Learn SQL properly, add sign-in and tests, deploy it with a pipeline, then widen. The roadmap for this guide tracks each step, and skills you finish on the frontend or backend roadmap count here too.",
    },
    {
      question: "How many full stack jobs are open, and how many are remote?",
      answer:
        "Ladder lists {{openPositions}} open full stack positions at the moment, {{remoteCount}} ({{remoteShare}}) of them remote and {{freelanceCount}} ({{freelanceShare}}) freelance.",
    },
  ],
  roadmap: [
    // junior
    {
      slug: "html-css",
      level: "junior",
      area: UI,
      kind: "skill",
      skill: "html-css",
      title: "HTML and CSS",
      description: "Accessible markup and layouts that work on any screen.",
    },
    {
      slug: "javascript",
      level: "junior",
      area: LANG,
      kind: "skill",
      skill: "javascript",
      title: "JavaScript",
      description: "The language of the browser, and with Node.js, of the server too.",
    },
    {
      slug: "git",
      level: "junior",
      area: QUALITY,
      kind: "skill",
      skill: "git",
      title: "Git",
      description: "Branches, pull requests and readable commits.",
    },
    {
      slug: "sql",
      level: "junior",
      area: DB,
      kind: "skill",
      skill: "sql",
      title: "SQL",
      description: "Select, join, group and update; read a query plan when something is slow.",
    },
    {
      slug: "react",
      level: "junior",
      area: UI,
      kind: "skill",
      skill: "react",
      title: "React",
      description: "Components, state and effects; forms that talk to your own API.",
      url: "https://react.dev/learn",
    },
    {
      slug: "nodejs",
      level: "junior",
      area: LANG,
      kind: "skill",
      skill: "nodejs",
      title: "Node.js",
      description: "Run JavaScript on the server: modules, the event loop, files and HTTP.",
      url: "https://nodejs.org/en/learn",
    },
    {
      slug: "rest",
      level: "junior",
      area: API,
      kind: "skill",
      skill: "rest",
      title: "REST APIs",
      description: "Resources, methods and status codes that mean what they say.",
    },
    {
      slug: "project-crud-app",
      level: "junior",
      area: "Practice projects",
      kind: "project",
      title: "A small app, end to end",
      description: "A to-do or notes app with sign-in, a database and a deployed URL.",
    },
    // mid
    {
      slug: "typescript",
      level: "mid",
      area: LANG,
      kind: "skill",
      skill: "typescript",
      title: "TypeScript on both sides",
      description: "Share types between API and UI so a change on one side shows up on the other.",
    },
    {
      slug: "postgresql",
      level: "mid",
      area: DB,
      kind: "skill",
      skill: "postgresql",
      title: "PostgreSQL",
      description: "Schema design, migrations, indexes and transactions.",
      url: "https://www.postgresql.org/docs/current/tutorial.html",
    },
    {
      slug: "express",
      level: "mid",
      area: SERVER,
      kind: "skill",
      skill: "express",
      title: "Express",
      description: "Routing, middleware and error handling on Node.js.",
    },
    {
      slug: "testing",
      level: "mid",
      area: QUALITY,
      kind: "skill",
      skill: "testing",
      title: "Tests at every layer",
      description: "Unit tests for logic, integration tests against a real database, and a few browser tests.",
    },
    {
      slug: "oauth",
      level: "mid",
      area: AUTH,
      kind: "skill",
      skill: "oauth",
      title: "OAuth sign-in",
      description: "Let users sign in with an identity provider, and understand the flow you are trusting.",
    },
    {
      slug: "docker",
      level: "mid",
      area: SHIP,
      kind: "skill",
      skill: "docker",
      title: "Docker",
      description: "Package the app and its dependencies so it runs the same everywhere.",
    },
    {
      slug: "ci-cd",
      level: "mid",
      area: SHIP,
      kind: "skill",
      skill: "ci-cd",
      title: "CI/CD",
      description: "Every push tested; every merge deployable.",
    },
    {
      slug: "cert-aws-developer",
      level: "mid",
      area: "Certifications",
      kind: "certification",
      title: "AWS Certified Developer - Associate",
      description: "Shows you can build and run applications on AWS.",
      url: "https://aws.amazon.com/certification/certified-developer-associate/",
    },
    // senior
    {
      slug: "nextjs",
      level: "senior",
      area: UI,
      kind: "skill",
      skill: "nextjs",
      title: "Next.js",
      description: "Server rendering, routing and data loading in one framework; know what runs where.",
    },
    {
      slug: "graphql",
      level: "senior",
      area: API,
      kind: "skill",
      skill: "graphql",
      title: "GraphQL",
      description: "A schema several clients share, with attention to query cost.",
    },
    {
      slug: "mongodb",
      level: "senior",
      area: DB,
      kind: "skill",
      skill: "mongodb",
      title: "MongoDB",
      description: "Document modelling, and knowing when it beats a relational table and when it does not.",
    },
    {
      slug: "app-security",
      level: "senior",
      area: AUTH,
      kind: "skill",
      skill: "app-security",
      title: "Web application security",
      description: "Injection, cross-site scripting, CSRF and access control checked on every layer you own.",
      url: "https://owasp.org/www-project-top-ten/",
    },
    {
      slug: "aws",
      level: "senior",
      area: SHIP,
      kind: "skill",
      skill: "aws",
      title: "AWS",
      description: "Compute, storage, managed databases and permissions for the apps you ship.",
    },
    {
      slug: "django",
      level: "senior",
      area: SERVER,
      kind: "skill",
      skill: "django",
      title: "Django",
      description: "A second server framework, common in Python shops.",
    },
    {
      slug: "project-saas",
      level: "senior",
      area: "Practice projects",
      kind: "project",
      title: "A multi-user product",
      description: "Teams, invitations, roles and billing stubs: the parts every SaaS needs.",
    },
    // lead
    {
      slug: "rails",
      level: "lead",
      area: SERVER,
      kind: "skill",
      skill: "rails",
      title: "Ruby on Rails",
      description: "Common in product companies; useful when leading teams with an existing Rails codebase.",
    },
    {
      slug: "system-boundaries",
      level: "lead",
      area: API,
      kind: "topic",
      title: "Where logic lives",
      description: "Decide what belongs in the client, the API, the database or a background job, and write it down.",
    },
    // principal
    {
      slug: "product-engineering-strategy",
      level: "principal",
      area: SHIP,
      kind: "topic",
      title: "Product engineering strategy",
      description: "Platform bets, team structure and standards across product teams.",
    },
  ],
  sources: [
    surveySource(SOFTWARE_DEVELOPERS_2024),
    { title: "roadmap.sh: Full stack developer", url: "https://roadmap.sh/full-stack", supports: "role and scope" },
    { title: "Node.js: Learn", url: "https://nodejs.org/en/learn", supports: "server-side JavaScript" },
    { title: "React documentation", url: "https://react.dev/learn", supports: "frontend framework" },
    {
      title: "PostgreSQL tutorial",
      url: "https://www.postgresql.org/docs/current/tutorial.html",
      supports: "databases",
    },
    { title: "OWASP Top Ten", url: "https://owasp.org/www-project-top-ten/", supports: "web security" },
    {
      title: "AWS Certified Developer - Associate",
      url: "https://aws.amazon.com/certification/certified-developer-associate/",
      supports: "certification and issuer",
    },
    {
      title: "Meta professional certificates (Coursera)",
      url: "https://www.coursera.org/professional-certificates/meta-back-end-developer",
      supports: "certifications and issuer",
    },
    {
      title: "MongoDB Associate Developer exam",
      url: "https://learn.mongodb.com/pages/mongodb-associate-developer-exam",
      supports: "certification and issuer",
    },
  ],
} satisfies GuideModule;
