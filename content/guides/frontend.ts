import { SOFTWARE_DEVELOPERS_2024, surveySource } from "./pay-surveys";
import type { GuideModule } from "./types";

/*
 * The Frontend Engineer guide, in our own words. Facts: the sources at the end (language
 * and framework documentation, certification issuers' pages). Editorial pay: see payRangeSource.
 */
const WEB = "Core web languages";
const FRAMEWORK = "A component framework";
const RENDERING = "Rendering and meta-frameworks";
const STYLE = "Styling and design systems";
const A11Y = "Accessibility";
const DATA = "Working with APIs";
const QUALITY = "Testing and debugging";
const PERF = "Web performance";
const TEAM = "Git and collaboration";

export const frontendGuide = {
  slug: "frontend-engineer",
  title: "Frontend Engineer",
  roleFamily: "frontend",
  author: "Ladder editorial team",
  summary:
    "Frontend engineers build the part of a product people actually touch: the pages, forms and interactions that run in the browser. This guide explains the job, how it differs from backend and full stack work, how it grows over five levels, what it pays and which skills and certificates help.",
  whatIs:
    "A frontend engineer turns designs and product ideas into interfaces that work in every browser, on every screen size and for every user, including people who navigate with a keyboard or a screen reader. The raw materials are HTML for structure, CSS for layout and look, and JavaScript (today mostly written as TypeScript) for behaviour. On top of them sits a component framework such as React, Vue, Angular or Svelte, and often a framework like Next.js that decides what renders on the server and what in the browser.\n\n" +
    "Day to day the work means building reusable components, fetching data from REST or GraphQL APIs and showing it with sensible loading and error states, keeping pages fast on slow phones and networks, and writing tests so that a change in one corner does not break another. Frontend engineers sit close to designers and product managers, and a large part of the craft is judgement: what a user expects to happen when they click, wait or make a mistake.",
  vsOther:
    "A backend engineer owns the servers, databases and APIs; a frontend engineer consumes those APIs and owns everything that happens in the browser. A full stack developer does some of both, usually with less depth in either, and a mobile engineer builds native apps for iOS and Android rather than for the web. If you care most about how software feels to use, and you enjoy the detail of layout, interaction and accessibility, frontend is the focused path.",
  levels: [
    {
      level: "junior",
      title: "Junior Frontend Developer",
      yearsMin: 0,
      yearsMax: 2,
      payMin: 79_850,
      payMax: 103_050,
      focus:
        "You build components and pages from finished designs, fix layout bugs across browsers and learn the team's framework and conventions with a reviewer looking over your shoulder. Solid HTML, CSS and JavaScript matter more here than knowing many libraries, and a small portfolio of deployed projects helps you land the first role.",
    },
    {
      level: "mid",
      title: "Frontend Engineer",
      yearsMin: 2,
      yearsMax: 5,
      payMin: 103_050,
      payMax: 133_080,
      focus:
        "You own features from the first design review to release: state, data fetching, error handling, tests and accessibility included. You start to notice performance problems before users do, and you agree API shapes with backend colleagues instead of waiting for them.",
    },
    {
      level: "senior",
      title: "Senior Frontend Engineer",
      yearsMin: 5,
      yearsMax: 8,
      payMin: 133_080,
      payMax: 169_000,
      focus:
        "Seniors shape how the application is structured: component libraries, rendering strategy, build tooling and the testing approach. They lead larger projects, review others' work with care, mentor juniors and keep Core Web Vitals and accessibility from slipping as the product grows.",
    },
    {
      level: "lead",
      title: "Lead or Staff Frontend Engineer",
      yearsMin: 8,
      yearsMax: 12,
      payMin: 169_000,
      payMax: 211_450,
      focus:
        "A lead sets frontend direction for a team or several: which frameworks and patterns to adopt, how the design system evolves, how releases are made safe. Much of the job is writing proposals, unblocking others and working with design and product leadership.",
    },
    {
      level: "principal",
      title: "Principal Frontend Engineer / Engineering Manager",
      yearsMin: 12,
      yearsMax: null,
      payMin: 211_450,
      payMax: null,
      focus:
        "At the top you decide how the whole organisation builds user interfaces, or you manage the people who do. You weigh long-term bets such as a framework migration, represent frontend concerns in company-wide architecture and help hire and grow the next seniors.",
    },
  ],
  payRangeSource: surveySource(SOFTWARE_DEVELOPERS_2024),
  skillAreas: [
    {
      name: WEB,
      description:
        "Semantic HTML, modern CSS layout (flexbox and grid) and JavaScript, with TypeScript for types that catch mistakes before users do.",
      skills: ["html-css", "javascript", "typescript"],
    },
    {
      name: FRAMEWORK,
      description:
        "Learn one component framework well, React, Vue, Angular or Svelte, including its state and data-flow model.",
      skills: ["react", "vue", "angular", "svelte"],
    },
    {
      name: RENDERING,
      description:
        "Know when a page should render on the server, at build time or in the browser, and use a framework such as Next.js that lets you choose.",
      skills: ["nextjs"],
    },
    {
      name: STYLE,
      description:
        "Build consistent interfaces from shared tokens and components, with a utility-first tool like Tailwind CSS or your team's design system.",
      skills: ["tailwind"],
    },
    {
      name: A11Y,
      description:
        "Make every feature usable with a keyboard, a screen reader and zoom, following the Web Content Accessibility Guidelines (WCAG).",
      skills: ["accessibility"],
    },
    {
      name: DATA,
      description:
        "Fetch and update data through REST or GraphQL APIs, with loading, error and empty states that make sense to a user.",
      skills: ["rest", "graphql"],
    },
    {
      name: QUALITY,
      description:
        "Write unit, component and end-to-end tests, and use the browser's developer tools to find the real cause of a bug.",
      skills: ["testing", "debugging"],
    },
    {
      name: PERF,
      description:
        "Measure load and interaction speed, ship less JavaScript, and keep pages quick on slow phones and networks.",
      skills: ["performance"],
    },
    {
      name: TEAM,
      description:
        "Work through Git and pull requests, and talk through trade-offs with designers, product managers and backend engineers.",
      skills: ["git", "communication"],
    },
  ],
  timeline: [
    {
      timeLabel: "09:30",
      title: "Stand-up",
      body: "A short check-in with the squad: yesterday's release looks fine, one checkout form bug needs a look, and a new settings page is next.",
    },
    {
      timeLabel: "10:00",
      title: "Design review",
      body: "Walk through the settings page mock-ups with the designer, asking what happens on narrow screens, while saving, and when the server says no.",
    },
    {
      timeLabel: "11:00",
      title: "Bug hunt",
      body: "The checkout bug turns out to be focus jumping back to the top of the form after an error. A fix and a regression test go up for review.",
    },
    {
      timeLabel: "13:00",
      title: "Building components",
      body: "The longest stretch of the day goes into the new page: typed components, a form wired to the API, and loading and error states for each request.",
    },
    {
      timeLabel: "15:30",
      title: "Code review",
      body: "Review a teammate's pull request that adds a date picker, checking keyboard behaviour and screen reader labels as well as the code.",
    },
    {
      timeLabel: "16:30",
      title: "Performance check",
      body: "A Lighthouse run shows the product page has grown heavier; splitting out a rarely used chart library wins back most of it before the day ends.",
    },
  ],
  certifications: [
    {
      name: "Meta Front-End Developer Professional Certificate",
      issuer: "Meta (on Coursera)",
      validates:
        "A beginner-to-job-ready programme covering HTML, CSS, JavaScript, React and UX basics, ending in a portfolio project.",
      url: "https://www.coursera.org/professional-certificates/meta-front-end-developer",
    },
    {
      name: "Certified Professional in Accessibility Core Competencies (CPACC)",
      issuer: "International Association of Accessibility Professionals (IAAP)",
      validates: "Shows you understand disabilities, accessibility standards and the laws that require them.",
      url: "https://www.accessibilityassociation.org/s/certified-professional",
    },
    {
      name: "Web Accessibility Specialist (WAS)",
      issuer: "International Association of Accessibility Professionals (IAAP)",
      validates:
        "A technical credential on applying WCAG, testing with assistive technology and fixing what fails; IAAP expects several years of accessibility work first.",
      url: "https://www.accessibilityassociation.org/s/wascertification",
    },
  ],
  faqs: [
    {
      question: "What does a frontend engineer do, and how is it different from backend or full stack?",
      answer:
        "A frontend engineer builds what runs in the browser: the layout, components, forms and interactions people use. Backend engineers build the servers and APIs behind it, and full stack developers split their time between the two. Frontend work goes deepest on usability, accessibility and speed in the browser.",
    },
    {
      question: "How much does a frontend engineer earn in 2026?",
      answer:
        "Across the frontend listings open on Ladder right now, the median advertised pay is {{medianPay}}. The editorial ranges in the career path come from the U.S. Bureau of Labor Statistics wage survey for software developers (May 2024): about $80,000 to $103,000 for a first role, $211,450 and up at principal level. Beside them the career path shows what employers offer at each level today, with the number of listings behind each figure.",
    },
    {
      question: "How do I become a frontend developer?",
      answer:
        "Start with HTML, CSS and JavaScript until you can build a page without a framework, then learn TypeScript and one framework such as React in depth. Build and deploy a few projects that call real APIs, test them with a keyboard and a screen reader, and publish the code. The roadmap for this guide lists each step and tracks what you have done.",
    },
    {
      question: "How many frontend jobs are open, and can I work remotely?",
      answer:
        "Ladder currently lists {{openPositions}} open frontend positions; {{remoteCount}} of them ({{remoteShare}}) are remote and {{freelanceCount}} ({{freelanceShare}}) are freelance.",
    },
  ],
  roadmap: [
    // ------------------------------------------------------------ junior
    {
      slug: "html-css",
      level: "junior",
      area: WEB,
      kind: "skill",
      skill: "html-css",
      title: "HTML and CSS",
      description:
        "Mark up pages with the right elements (headings, lists, buttons, labels) and lay them out with flexbox and grid.",
      url: "https://developer.mozilla.org/en-US/docs/Learn_web_development",
    },
    {
      slug: "javascript",
      level: "junior",
      area: WEB,
      kind: "skill",
      skill: "javascript",
      title: "JavaScript",
      description: "Variables, functions, modules, promises and async/await, events and the DOM.",
      url: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide",
    },
    {
      slug: "git",
      level: "junior",
      area: TEAM,
      kind: "skill",
      skill: "git",
      title: "Git",
      description: "Branches, commits, pull requests and resolving a merge conflict without panic.",
    },
    {
      slug: "react",
      level: "junior",
      area: FRAMEWORK,
      kind: "skill",
      skill: "react",
      title: "React",
      description: "Components, props, state, effects and lists; the most requested framework in frontend listings.",
      url: "https://react.dev/learn",
    },
    {
      slug: "rest",
      level: "junior",
      area: DATA,
      kind: "skill",
      skill: "rest",
      title: "Calling REST APIs",
      description: "Fetch data, send forms, and show loading, empty and error states.",
    },
    {
      slug: "debugging",
      level: "junior",
      area: QUALITY,
      kind: "skill",
      skill: "debugging",
      title: "Browser developer tools",
      description: "Inspect elements, step through scripts, read the network panel and find why a page misbehaves.",
    },
    {
      slug: "responsive-layouts",
      level: "junior",
      area: WEB,
      kind: "topic",
      title: "Responsive layouts",
      description: "One page that works from a small phone to a wide monitor, without horizontal scrolling.",
    },
    {
      slug: "project-portfolio-site",
      level: "junior",
      area: "Practice projects",
      kind: "project",
      title: "A deployed portfolio site",
      description: "A small site with a contact form, built and deployed by you, that passes a keyboard-only test.",
    },
    {
      slug: "cert-meta-front-end",
      level: "junior",
      area: "Certifications",
      kind: "certification",
      title: "Meta Front-End Developer Professional Certificate",
      description: "A structured route through the junior skills above, if you learn best with a course.",
      url: "https://www.coursera.org/professional-certificates/meta-front-end-developer",
    },
    // ------------------------------------------------------------ mid
    {
      slug: "typescript",
      level: "mid",
      area: WEB,
      kind: "skill",
      skill: "typescript",
      title: "TypeScript",
      description: "Type components, API responses and state so the compiler catches mistakes before review does.",
      url: "https://www.typescriptlang.org/docs/",
    },
    {
      slug: "accessibility",
      level: "mid",
      area: A11Y,
      kind: "skill",
      skill: "accessibility",
      title: "Accessibility (WCAG)",
      description: "Labels, focus order, contrast and ARIA used sparingly; test with a keyboard and a screen reader.",
      url: "https://www.w3.org/WAI/standards-guidelines/wcag/",
    },
    {
      slug: "testing",
      level: "mid",
      area: QUALITY,
      kind: "skill",
      skill: "testing",
      title: "Automated tests",
      description: "Unit and component tests for logic and behaviour, and a few end-to-end tests for the key journeys.",
    },
    {
      slug: "tailwind",
      level: "mid",
      area: STYLE,
      kind: "skill",
      skill: "tailwind",
      title: "Tailwind CSS and design tokens",
      description: "Style from a shared scale of spacing, colour and type instead of one-off values.",
    },
    {
      slug: "graphql",
      level: "mid",
      area: DATA,
      kind: "skill",
      skill: "graphql",
      title: "GraphQL clients",
      description: "Query exactly the fields a view needs and cache results sensibly.",
    },
    {
      slug: "communication",
      level: "mid",
      area: TEAM,
      kind: "skill",
      skill: "communication",
      title: "Working with design and product",
      description: "Raise edge cases early, explain trade-offs plainly and agree API shapes with backend colleagues.",
    },
    {
      slug: "vue",
      level: "mid",
      area: FRAMEWORK,
      kind: "skill",
      skill: "vue",
      title: "Vue",
      description: "A second framework broadens the jobs open to you and shows what ideas carry across.",
    },
    {
      slug: "project-dashboard",
      level: "mid",
      area: "Practice projects",
      kind: "project",
      title: "A data dashboard",
      description: "A typed, tested app over a public API, with filters in the URL and accessible charts.",
    },
    {
      slug: "cert-cpacc",
      level: "mid",
      area: "Certifications",
      kind: "certification",
      title: "IAAP CPACC",
      description: "Accessibility fundamentals, standards and law.",
      url: "https://www.accessibilityassociation.org/s/certified-professional",
    },
    // ------------------------------------------------------------ senior
    {
      slug: "nextjs",
      level: "senior",
      area: RENDERING,
      kind: "skill",
      skill: "nextjs",
      title: "Next.js and rendering strategy",
      description: "Server, static and client rendering, streaming and caching: choose per page and explain why.",
      url: "https://nextjs.org/docs",
    },
    {
      slug: "performance",
      level: "senior",
      area: PERF,
      kind: "skill",
      skill: "performance",
      title: "Web performance",
      description: "Measure Core Web Vitals in the field, cut bundle size and fix slow interactions.",
      url: "https://web.dev/articles/vitals",
    },
    {
      slug: "angular",
      level: "senior",
      area: FRAMEWORK,
      kind: "skill",
      skill: "angular",
      title: "Angular",
      description: "Common in large enterprises; knowing it lets you lead migrations and mixed codebases.",
    },
    {
      slug: "design-systems",
      level: "senior",
      area: STYLE,
      kind: "topic",
      title: "Design systems",
      description:
        "Build and version a component library other teams rely on, with documentation and accessibility built in.",
    },
    {
      slug: "cert-was",
      level: "senior",
      area: "Certifications",
      kind: "certification",
      title: "IAAP Web Accessibility Specialist",
      description: "The technical accessibility credential, once you have years of hands-on work.",
      url: "https://www.accessibilityassociation.org/s/wascertification",
    },
    // ------------------------------------------------------------ lead
    {
      slug: "svelte",
      level: "lead",
      area: FRAMEWORK,
      kind: "skill",
      skill: "svelte",
      title: "Svelte and framework trade-offs",
      description: "Evaluate a compiler-based framework against your current one before proposing a change.",
    },
    {
      slug: "frontend-architecture",
      level: "lead",
      area: RENDERING,
      kind: "topic",
      title: "Frontend architecture",
      description: "Module boundaries, shared state, build tooling and release safety across several teams.",
    },
    // ------------------------------------------------------------ principal
    {
      slug: "org-frontend-strategy",
      level: "principal",
      area: TEAM,
      kind: "topic",
      title: "Organisation-wide frontend strategy",
      description: "Set long-term direction, fund accessibility and performance work, and grow the next seniors.",
    },
  ],
  sources: [
    surveySource(SOFTWARE_DEVELOPERS_2024),
    {
      title: "MDN Web Docs: Learn web development",
      url: "https://developer.mozilla.org/en-US/docs/Learn_web_development",
      supports: "core web languages",
    },
    { title: "React documentation", url: "https://react.dev/learn", supports: "component frameworks" },
    { title: "Next.js documentation", url: "https://nextjs.org/docs", supports: "rendering strategies" },
    {
      title: "W3C WAI: WCAG standards and guidelines",
      url: "https://www.w3.org/WAI/standards-guidelines/wcag/",
      supports: "accessibility",
    },
    { title: "web.dev: Web Vitals", url: "https://web.dev/articles/vitals", supports: "web performance" },
    {
      title: "Meta Front-End Developer Professional Certificate (Coursera)",
      url: "https://www.coursera.org/professional-certificates/meta-front-end-developer",
      supports: "certification and issuer",
    },
    {
      title: "IAAP certifications (CPACC, WAS)",
      url: "https://www.accessibilityassociation.org/s/certification",
      supports: "certifications, issuer, WAS experience expectation",
    },
    { title: "roadmap.sh: Frontend developer", url: "https://roadmap.sh/frontend", supports: "role and roadmap scope" },
  ],
} satisfies GuideModule;
