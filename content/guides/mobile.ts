import { SOFTWARE_DEVELOPERS_2024, surveySource } from "./pay-surveys";
import type { GuideModule } from "./types";

/*
 * The Mobile Developer guide, in our own words. Facts: the sources at the end.
 * Editorial pay: see payRangeSource.
 */
const IOS = "iOS development";
const ANDROID = "Android development";
const CROSS = "Cross-platform frameworks";
const NET = "Networking and data";
const QUALITY = "Testing and debugging";
const A11Y = "Accessibility";
const PERF = "Performance";
const RELEASE = "Releases and collaboration";

export const mobileGuide = {
  slug: "mobile-developer",
  title: "Mobile Developer",
  roleFamily: "mobile",
  author: "Ladder editorial team",
  summary:
    "Mobile developers build the apps people carry in their pockets, for iOS, Android or both. This guide explains what the work involves, how native and cross-platform roles differ from web frontend work, the five career levels, pay, and the certificates that help you get started.",
  whatIs:
    "A mobile developer designs, builds and ships apps for phones and tablets. Native iOS apps are written in Swift, increasingly with SwiftUI for the interface; native Android apps in Kotlin, with Jetpack Compose. Cross-platform frameworks such as React Native (JavaScript and TypeScript) and Flutter (Dart) let one codebase serve both platforms, and many companies use them for at least part of their product.\n\n" +
    "The work has constraints the web does not: apps run on devices with limited battery and memory and flaky networks, releases go through Apple's and Google's store reviews, and users keep old versions for months, so APIs must stay compatible. Mobile developers spend their days building screens, handling offline states and background work, integrating with APIs, and testing on real devices of many sizes and operating system versions.",
  vsOther:
    "A frontend engineer builds for the browser, where a fix reaches every user the moment it deploys; a mobile developer builds installed apps with platform rules, store releases and device hardware such as the camera, location and notifications. A backend engineer builds the APIs the app calls. Choose mobile if you like polished, tactile interfaces and care about how software behaves on a device in someone's hand.",
  levels: [
    {
      level: "junior",
      title: "Junior Mobile Developer",
      yearsMin: 0,
      yearsMax: 2,
      payMin: 79_850,
      payMax: 103_050,
      focus:
        "You build screens and fix bugs in an existing app with a senior reviewing your work, and learn the platform's lifecycle, navigation and tooling. An app of your own in the App Store or Google Play is the strongest thing on a junior resume.",
    },
    {
      level: "mid",
      title: "Mobile Developer",
      yearsMin: 2,
      yearsMax: 5,
      payMin: 103_050,
      payMax: 133_080,
      focus:
        "You own features from design to store release: state, networking, offline behaviour, tests and accessibility. You work with backend engineers on API shapes that old app versions can live with.",
    },
    {
      level: "senior",
      title: "Senior Mobile Engineer",
      yearsMin: 5,
      yearsMax: 8,
      payMin: 133_080,
      payMax: 169_000,
      focus:
        "Seniors shape the app's architecture, modularisation and release process, watch crash rates and start-up time, and mentor others. Many know both platforms well enough to review work on either.",
    },
    {
      level: "lead",
      title: "Lead Mobile Engineer",
      yearsMin: 8,
      yearsMax: 12,
      payMin: 169_000,
      payMax: 211_450,
      focus:
        "A lead owns mobile technical direction: native or cross-platform, shared components, release cadence and quality targets, and coordinates with design, product and backend leads.",
    },
    {
      level: "principal",
      title: "Principal Mobile Engineer / Engineering Manager",
      yearsMin: 12,
      yearsMax: null,
      payMin: 211_450,
      payMax: null,
      focus:
        "At the top you set the organisation's mobile strategy and platform investments, or manage the teams that carry it out, and grow the next senior engineers.",
    },
  ],
  payRangeSource: surveySource(SOFTWARE_DEVELOPERS_2024),
  skillAreas: [
    {
      name: IOS,
      description: "Swift and SwiftUI for native iPhone and iPad apps.",
      skills: ["swift", "swiftui"],
    },
    {
      name: ANDROID,
      description: "Kotlin and Jetpack Compose for native Android apps.",
      skills: ["kotlin", "jetpack-compose"],
    },
    {
      name: CROSS,
      description: "One codebase for both platforms with React Native (TypeScript) or Flutter (Dart).",
      skills: ["react-native", "typescript", "flutter", "dart"],
    },
    {
      name: NET,
      description: "REST and GraphQL APIs called over unreliable networks, with caching and offline states.",
      skills: ["rest", "graphql"],
    },
    {
      name: QUALITY,
      description: "Unit and UI tests, and debugging crashes from logs and reports on devices you do not own.",
      skills: ["testing", "debugging"],
    },
    {
      name: A11Y,
      description: "VoiceOver and TalkBack, dynamic type and touch targets that everyone can use.",
      skills: ["accessibility"],
    },
    {
      name: PERF,
      description: "Start-up time, smooth scrolling, memory and battery use.",
      skills: ["performance"],
    },
    {
      name: RELEASE,
      description: "Git, automated builds and store releases, and close work with design and backend teams.",
      skills: ["git", "ci-cd", "communication"],
    },
  ],
  timeline: [
    {
      timeLabel: "09:30",
      title: "Stand-up",
      body: "The mobile squad checks the release train: this week's build goes to store review on Thursday, with one crash still open.",
    },
    {
      timeLabel: "10:00",
      title: "Crash fix",
      body: "The crash report points at a list that updates after its screen is gone; a fix and a unit test that reproduces it go up for review.",
    },
    {
      timeLabel: "11:00",
      title: "Design pairing",
      body: "Sit with the designer on a new onboarding flow and check it with large text sizes and a screen reader on both platforms.",
    },
    {
      timeLabel: "13:00",
      title: "Feature work",
      body: "Build the onboarding screens, wire them to the API, and make sure the flow resumes where it left off after the app is killed.",
    },
    {
      timeLabel: "15:30",
      title: "Device testing",
      body: "Run the new flow on an old Android phone and a small iPhone; scrolling stutters on the old phone until an image is resized on the server.",
    },
    {
      timeLabel: "16:30",
      title: "Release prep",
      body: "Update the release notes, bump the version in the pipeline and hand the build to the testers.",
    },
  ],
  certifications: [
    {
      name: "Meta iOS Developer Professional Certificate",
      issuer: "Meta (on Coursera)",
      validates: "Swift, SwiftUI and UIKit basics through to a portfolio app, for people starting out.",
      url: "https://www.coursera.org/professional-certificates/meta-ios-developer",
    },
    {
      name: "Meta Android Developer Professional Certificate",
      issuer: "Meta (on Coursera)",
      validates: "Kotlin and Android app development from the basics to a portfolio app.",
      url: "https://www.coursera.org/professional-certificates/meta-android-developer",
    },
    {
      name: "App Development with Swift Certified User",
      issuer: "Apple (exam delivered by Certiport)",
      validates: "Foundational Swift and Xcode skills, aimed at students and career starters.",
      url: "https://certiport.pearsonvue.com/Certifications/Apple/App-Development-with-Swift/Overview",
    },
  ],
  faqs: [
    {
      question: "Native or cross-platform: which should I learn?",
      answer:
        "Native development (Swift for iOS, Kotlin for Android) gives the closest fit with each platform and is what most large apps use. Cross-platform frameworks such as React Native and Flutter let one team ship both apps from one codebase and are common in startups. Learning one native platform well first makes any cross-platform work easier, because you understand what the framework hides.",
    },
    {
      question: "How much does a mobile developer earn in 2026?",
      answer:
        "The median advertised pay across open mobile listings on Ladder is {{medianPay}} right now. The editorial ranges in the career path come from the U.S. Bureau of Labor Statistics wage survey for software developers (May 2024), since that survey has no separate mobile occupation: about $80,000 to $103,000 for a first role, $211,450 and up at principal level. Beside them the career path shows live pay per level and how many listings each figure comes from.",
    },
    {
      question: "How do I become a mobile developer?",
      answer:
        "Pick a platform, learn its language and UI toolkit (Swift with SwiftUI, or Kotlin with Jetpack Compose), and publish a small app that calls a real API and works offline. Add tests, accessibility checks and an automated build. The roadmap for this guide tracks each step.",
    },
    {
      question: "How many mobile jobs are open, and how many are remote?",
      answer:
        "Ladder lists {{openPositions}} open mobile positions right now; {{remoteCount}} ({{remoteShare}}) are remote and {{freelanceCount}} ({{freelanceShare}}) are freelance.",
    },
  ],
  roadmap: [
    // junior
    {
      slug: "swift",
      level: "junior",
      area: IOS,
      kind: "skill",
      skill: "swift",
      title: "Swift",
      description: "Optionals, structs and classes, closures, and async/await.",
      url: "https://www.swift.org/documentation/",
    },
    {
      slug: "kotlin",
      level: "junior",
      area: ANDROID,
      kind: "skill",
      skill: "kotlin",
      title: "Kotlin",
      description: "Null safety, data classes, lambdas and coroutines.",
      url: "https://kotlinlang.org/docs/home.html",
    },
    {
      slug: "git",
      level: "junior",
      area: RELEASE,
      kind: "skill",
      skill: "git",
      title: "Git",
      description: "Branches and pull requests for app code and its configuration.",
    },
    {
      slug: "rest",
      level: "junior",
      area: NET,
      kind: "skill",
      skill: "rest",
      title: "Calling REST APIs",
      description: "Requests, JSON decoding, errors and timeouts on a mobile network.",
    },
    {
      slug: "debugging",
      level: "junior",
      area: QUALITY,
      kind: "skill",
      skill: "debugging",
      title: "Debugging on devices",
      description: "Breakpoints, logs and crash reports from Xcode and Android Studio.",
    },
    {
      slug: "app-lifecycle",
      level: "junior",
      area: IOS,
      kind: "topic",
      title: "App lifecycle and navigation",
      description: "What happens when the app starts, goes to the background or is killed, and how screens stack.",
    },
    {
      slug: "project-first-app",
      level: "junior",
      area: "Practice projects",
      kind: "project",
      title: "Your first published app",
      description: "A small app that calls a public API, handles no network, and is live in a store or on TestFlight.",
    },
    {
      slug: "cert-meta-ios",
      level: "junior",
      area: "Certifications",
      kind: "certification",
      title: "Meta iOS or Android Developer Professional Certificate",
      description: "A guided route through the junior skills, on either platform.",
      url: "https://www.coursera.org/professional-certificates/meta-ios-developer",
    },
    // mid
    {
      slug: "swiftui",
      level: "mid",
      area: IOS,
      kind: "skill",
      skill: "swiftui",
      title: "SwiftUI",
      description: "Declarative views, state and data flow on Apple platforms.",
      url: "https://developer.apple.com/xcode/swiftui/",
    },
    {
      slug: "jetpack-compose",
      level: "mid",
      area: ANDROID,
      kind: "skill",
      skill: "jetpack-compose",
      title: "Jetpack Compose",
      description: "Composable functions, state hoisting and theming on Android.",
      url: "https://developer.android.com/compose",
    },
    {
      slug: "testing",
      level: "mid",
      area: QUALITY,
      kind: "skill",
      skill: "testing",
      title: "Unit and UI tests",
      description: "Tests for view models and logic, and a few UI tests for the main flows.",
    },
    {
      slug: "accessibility",
      level: "mid",
      area: A11Y,
      kind: "skill",
      skill: "accessibility",
      title: "Mobile accessibility",
      description: "Labels for VoiceOver and TalkBack, dynamic type and large enough touch targets.",
    },
    {
      slug: "graphql",
      level: "mid",
      area: NET,
      kind: "skill",
      skill: "graphql",
      title: "GraphQL clients",
      description: "Typed queries and a normalised cache that survives going offline.",
    },
    {
      slug: "communication",
      level: "mid",
      area: RELEASE,
      kind: "skill",
      skill: "communication",
      title: "Working across teams",
      description: "Agree API changes that old app versions survive, and explain store timelines to product.",
    },
    {
      slug: "offline-first",
      level: "mid",
      area: NET,
      kind: "topic",
      title: "Offline and sync",
      description: "Local storage, queued changes and conflict handling when the network comes back.",
    },
    // senior
    {
      slug: "typescript",
      level: "senior",
      area: CROSS,
      kind: "skill",
      skill: "typescript",
      title: "TypeScript",
      description: "The language of React Native codebases.",
    },
    {
      slug: "react-native",
      level: "senior",
      area: CROSS,
      kind: "skill",
      skill: "react-native",
      title: "React Native",
      description: "Components, native modules and when to drop down to platform code.",
      url: "https://reactnative.dev/docs/getting-started",
    },
    {
      slug: "performance",
      level: "senior",
      area: PERF,
      kind: "skill",
      skill: "performance",
      title: "App performance",
      description: "Profile start-up, rendering, memory and battery, and set budgets for them.",
    },
    {
      slug: "ci-cd",
      level: "senior",
      area: RELEASE,
      kind: "skill",
      skill: "ci-cd",
      title: "Mobile CI/CD",
      description: "Automated builds, signing, test runs and staged store releases.",
    },
    {
      slug: "cert-apple-swift",
      level: "senior",
      area: "Certifications",
      kind: "certification",
      title: "App Development with Swift Certified User",
      description: "Apple's own Swift credential; useful if you mentor or teach newcomers.",
      url: "https://certiport.pearsonvue.com/Certifications/Apple/App-Development-with-Swift/Overview",
    },
    // lead
    {
      slug: "flutter",
      level: "lead",
      area: CROSS,
      kind: "skill",
      skill: "flutter",
      title: "Flutter",
      description: "Know the other major cross-platform option well enough to choose between them.",
      url: "https://docs.flutter.dev/",
    },
    {
      slug: "dart",
      level: "lead",
      area: CROSS,
      kind: "skill",
      skill: "dart",
      title: "Dart",
      description: "The language behind Flutter.",
    },
    {
      slug: "mobile-architecture",
      level: "lead",
      area: RELEASE,
      kind: "topic",
      title: "App architecture and modularisation",
      description: "Feature modules, shared design components and build times that stay short as the app grows.",
    },
    // principal
    {
      slug: "mobile-strategy",
      level: "principal",
      area: RELEASE,
      kind: "topic",
      title: "Mobile platform strategy",
      description: "Native, cross-platform or both; how teams share code and how fast releases can safely go.",
    },
  ],
  sources: [
    surveySource(SOFTWARE_DEVELOPERS_2024),
    { title: "Swift documentation", url: "https://www.swift.org/documentation/", supports: "iOS language" },
    { title: "SwiftUI (Apple Developer)", url: "https://developer.apple.com/xcode/swiftui/", supports: "iOS UI" },
    { title: "Kotlin documentation", url: "https://kotlinlang.org/docs/home.html", supports: "Android language" },
    {
      title: "Jetpack Compose (Android Developers)",
      url: "https://developer.android.com/compose",
      supports: "Android UI",
    },
    {
      title: "React Native documentation",
      url: "https://reactnative.dev/docs/getting-started",
      supports: "cross-platform",
    },
    { title: "Flutter documentation", url: "https://docs.flutter.dev/", supports: "cross-platform" },
    {
      title: "Meta iOS and Android Developer Professional Certificates (Coursera)",
      url: "https://www.coursera.org/professional-certificates/meta-android-developer",
      supports: "certifications and issuer",
    },
    {
      title: "Certiport: App Development with Swift",
      url: "https://certiport.pearsonvue.com/Certifications/Apple/App-Development-with-Swift/Overview",
      supports: "certification and issuer",
    },
    { title: "roadmap.sh: Android and iOS", url: "https://roadmap.sh/android", supports: "role and roadmap scope" },
  ],
} satisfies GuideModule;
