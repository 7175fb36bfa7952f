import { SOFTWARE_DEVELOPERS_2024, surveySource } from "./pay-surveys";
import type { GuideModule } from "./types";

/*
 * The DevOps Engineer / SRE guide, in our own words. Facts: the sources at the end.
 * Editorial pay: see payRangeSource.
 */
const LINUX = "Linux and scripting";
const CONTAINERS = "Containers and Kubernetes";
const IAC = "Infrastructure as code";
const CLOUD = "Cloud platforms";
const CICD = "CI/CD pipelines";
const OBS = "Observability";
const RELIABILITY = "Reliability and capacity";
const SEC = "Security";
const TEAM = "Incidents and collaboration";

export const devopsGuide = {
  slug: "devops-engineer",
  title: "DevOps Engineer / SRE",
  roleFamily: "devops",
  author: "Ladder editorial team",
  summary:
    "DevOps engineers and site reliability engineers (SREs) build the platform software runs on and keep it running: pipelines, infrastructure, monitoring and the response when something breaks. This guide explains the job, how it differs from backend work, the five career levels, pay, and the certifications employers recognise.",
  whatIs:
    "DevOps engineers make it easy and safe for developers to ship. They describe infrastructure as code with tools like Terraform, run workloads in containers on Kubernetes, build the CI/CD pipelines that test and release every change, and operate it all on a cloud such as AWS, Google Cloud or Azure. Site reliability engineering, a practice that started at Google, treats operations as a software problem: reliability targets are written down as service level objectives, and the time a team spends on toil and incidents is measured and reduced.\n\n" +
    "The daily work mixes building and operating. A morning may go into a Terraform module for a new database, an afternoon into a dashboard and alert for a service that has started failing quietly, and an on-call week into being the person who answers the page. Good DevOps and SRE engineers write code, read other teams' code, and are calm and methodical when production is on fire.",
  vsOther:
    "A backend engineer builds the services; a DevOps engineer or SRE builds and runs the platform those services live on, and owns how they are deployed, observed and recovered. Compared with a traditional system administrator, the work is automated and versioned rather than done by hand. Choose this path if you enjoy systems, automation and being the person who understands how everything fits together when it fails.",
  levels: [
    {
      level: "junior",
      title: "Junior DevOps Engineer",
      yearsMin: 0,
      yearsMax: 2,
      payMin: 79_850,
      payMax: 103_050,
      focus:
        "You maintain pipelines, write small scripts and Terraform changes, and learn the platform by fixing real problems with a senior nearby. Many people arrive here from support, system administration or backend work; strong Linux basics matter most.",
    },
    {
      level: "mid",
      title: "DevOps Engineer / SRE",
      yearsMin: 2,
      yearsMax: 5,
      payMin: 103_050,
      payMax: 133_080,
      focus:
        "You own parts of the platform: a cluster, a pipeline, the monitoring stack. You join the on-call rotation, write incident reviews, and automate away the manual work you keep seeing.",
    },
    {
      level: "senior",
      title: "Senior DevOps Engineer / SRE",
      yearsMin: 5,
      yearsMax: 8,
      payMin: 133_080,
      payMax: 169_000,
      focus:
        "Seniors design the platform's building blocks, set service level objectives with product teams, lead major incidents and plan capacity. They mentor others and decide which work reduces risk the most.",
    },
    {
      level: "lead",
      title: "Lead Platform Engineer / Staff SRE",
      yearsMin: 8,
      yearsMax: 12,
      payMin: 169_000,
      payMax: 211_450,
      focus:
        "A lead shapes the internal platform as a product for developers: its roadmap, its guarantees and its costs. They own security and compliance practices for infrastructure and coordinate across several teams.",
    },
    {
      level: "principal",
      title: "Principal SRE / Head of Platform",
      yearsMin: 12,
      yearsMax: null,
      payMin: 211_450,
      payMax: null,
      focus:
        "At the top you set the organisation's reliability and infrastructure strategy: cloud choices, disaster recovery, cost and the shape of the platform teams, and you grow the engineers who run it.",
    },
  ],
  payRangeSource: surveySource(SOFTWARE_DEVELOPERS_2024),
  skillAreas: [
    {
      name: LINUX,
      description:
        "Linux administration and scripting in Python or Go to automate what you would otherwise do by hand.",
      skills: ["linux", "python", "go"],
    },
    {
      name: CONTAINERS,
      description:
        "Build container images with Docker and run them on Kubernetes: deployments, services, scaling and upgrades.",
      skills: ["docker", "kubernetes"],
    },
    {
      name: IAC,
      description: "Describe networks, databases and clusters in Terraform so every change is reviewed and repeatable.",
      skills: ["terraform"],
    },
    {
      name: CLOUD,
      description: "Know one of AWS, Google Cloud or Azure deeply: identity, networking, compute, storage and billing.",
      skills: ["aws", "gcp", "azure"],
    },
    {
      name: CICD,
      description:
        "Pipelines in GitHub Actions, GitLab CI or Jenkins that build, test and release safely, with rollbacks.",
      skills: ["ci-cd", "github-actions", "gitlab-ci", "jenkins"],
    },
    {
      name: OBS,
      description: "Metrics, logs and traces, with Prometheus and alerting that wakes people only for what matters.",
      skills: ["prometheus", "observability"],
    },
    {
      name: RELIABILITY,
      description: "Service level objectives, capacity planning and designs that degrade gracefully under load.",
      skills: ["system-design", "performance"],
    },
    {
      name: SEC,
      description:
        "Least-privilege access, secrets and encryption handled properly, and patched, scanned infrastructure.",
      skills: ["app-security", "encryption"],
    },
    {
      name: TEAM,
      description: "Debugging under pressure, clear incident communication and Git-based change for everything.",
      skills: ["debugging", "communication", "git"],
    },
  ],
  timeline: [
    {
      timeLabel: "09:00",
      title: "On-call handover",
      body: "The night was quiet apart from one disk-space alert; it goes into the backlog with a note on why it fired.",
    },
    {
      timeLabel: "09:30",
      title: "Stand-up",
      body: "The platform team lines up the week: a Kubernetes upgrade, a new staging environment, and a flaky pipeline step.",
    },
    {
      timeLabel: "10:00",
      title: "Infrastructure as code",
      body: "Write the Terraform for the staging database, open a pull request and read the plan line by line with a colleague.",
    },
    {
      timeLabel: "13:00",
      title: "Pipeline work",
      body: "The flaky step turns out to be a shared cache; isolating it per job makes the pipeline both faster and reliable.",
    },
    {
      timeLabel: "15:00",
      title: "Incident",
      body: "Error rates rise on the checkout service. Dashboards point to a bad deploy; rolling it back takes minutes, and a short review is booked.",
    },
    {
      timeLabel: "16:30",
      title: "Reliability review",
      body: "Meet a product team to agree an availability target for their API and the alerts that go with it.",
    },
  ],
  certifications: [
    {
      name: "Certified Kubernetes Administrator (CKA)",
      issuer: "Cloud Native Computing Foundation (CNCF) with The Linux Foundation",
      validates: "A hands-on exam in installing, configuring and troubleshooting Kubernetes clusters.",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
    },
    {
      name: "Certified Kubernetes Application Developer (CKAD)",
      issuer: "Cloud Native Computing Foundation (CNCF) with The Linux Foundation",
      validates: "A hands-on exam in designing, deploying and observing applications on Kubernetes.",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-application-developer-ckad/",
    },
    {
      name: "HashiCorp Certified: Terraform Associate (004)",
      issuer: "HashiCorp",
      validates: "Infrastructure as code with Terraform: the core workflow, modules, state and HCP Terraform.",
      url: "https://developer.hashicorp.com/certifications/infrastructure-automation",
    },
    {
      name: "AWS Certified DevOps Engineer - Professional",
      issuer: "Amazon Web Services",
      validates: "Provisioning, operating and automating distributed applications and pipelines on AWS.",
      url: "https://aws.amazon.com/certification/certified-devops-engineer-professional/",
    },
    {
      name: "Google Cloud Professional Cloud DevOps Engineer",
      issuer: "Google Cloud",
      validates: "Delivery pipelines, service monitoring and SRE practices on Google Cloud.",
      url: "https://cloud.google.com/learn/certification/cloud-devops-engineer",
    },
  ],
  faqs: [
    {
      question: "What is the difference between DevOps and SRE?",
      answer:
        "Both build and run the platform software is delivered on. DevOps is the broader movement of developers and operations sharing responsibility through automation; SRE is Google's way of practising it, with reliability targets, error budgets and a cap on manual toil. Job titles overlap so much that this guide treats them as one family.",
    },
    {
      question: "How much does a DevOps engineer or SRE earn in 2026?",
      answer:
        "The median advertised pay across open DevOps and SRE listings on Ladder is {{medianPay}} right now. The editorial ranges in the career path come from the U.S. Bureau of Labor Statistics wage survey for software developers (May 2024), since that survey has no separate DevOps or SRE occupation: about $80,000 to $103,000 for a first role, $211,450 and up at principal level. Beside them the career path shows live pay per level and how many listings each figure rests on.",
    },
    {
      question: "How do I get into DevOps?",
      answer:
        "Get comfortable on the Linux command line and with one scripting language, then learn Git, Docker and a CI system by automating your own projects. Add Terraform and one cloud, then Kubernetes. Many people move in from backend development or system administration; the roadmap for this guide counts the skills you already have from other roadmaps.",
    },
    {
      question: "How many DevOps and SRE jobs are open, and how many are remote?",
      answer:
        "Ladder lists {{openPositions}} open DevOps and SRE positions right now; {{remoteCount}} ({{remoteShare}}) are remote and {{freelanceCount}} ({{freelanceShare}}) are freelance.",
    },
  ],
  roadmap: [
    // junior
    {
      slug: "linux",
      level: "junior",
      area: LINUX,
      kind: "skill",
      skill: "linux",
      title: "Linux",
      description: "Processes, permissions, networking tools, systemd and reading logs.",
    },
    {
      slug: "git",
      level: "junior",
      area: TEAM,
      kind: "skill",
      skill: "git",
      title: "Git",
      description: "Every infrastructure change goes through a reviewed commit.",
    },
    {
      slug: "python",
      level: "junior",
      area: LINUX,
      kind: "skill",
      skill: "python",
      title: "Python for automation",
      description: "Scripts that call APIs, parse logs and replace manual runbooks.",
    },
    {
      slug: "docker",
      level: "junior",
      area: CONTAINERS,
      kind: "skill",
      skill: "docker",
      title: "Docker",
      description: "Small, reproducible images; multi-stage builds; running as a non-root user.",
      url: "https://docs.docker.com/get-started/",
    },
    {
      slug: "ci-cd",
      level: "junior",
      area: CICD,
      kind: "skill",
      skill: "ci-cd",
      title: "CI/CD basics",
      description: "Build, test and deploy on every change, with a way back.",
    },
    {
      slug: "github-actions",
      level: "junior",
      area: CICD,
      kind: "skill",
      skill: "github-actions",
      title: "GitHub Actions",
      description: "Workflows, runners, caching and secrets.",
    },
    {
      slug: "debugging",
      level: "junior",
      area: TEAM,
      kind: "skill",
      skill: "debugging",
      title: "Troubleshooting",
      description: "Form a hypothesis, check it against logs and metrics, change one thing at a time.",
    },
    {
      slug: "networking-basics",
      level: "junior",
      area: LINUX,
      kind: "topic",
      title: "Networking basics",
      description: "DNS, TCP, TLS, HTTP and load balancers: what happens between a request and a response.",
    },
    {
      slug: "project-pipeline",
      level: "junior",
      area: "Practice projects",
      kind: "project",
      title: "A pipeline for your own app",
      description: "Containerise a small app and deploy it on every merge, with tests that can stop a release.",
    },
    // mid
    {
      slug: "terraform",
      level: "mid",
      area: IAC,
      kind: "skill",
      skill: "terraform",
      title: "Terraform",
      description: "Providers, modules, state and plans reviewed before they are applied.",
      url: "https://developer.hashicorp.com/terraform/docs",
    },
    {
      slug: "kubernetes",
      level: "mid",
      area: CONTAINERS,
      kind: "skill",
      skill: "kubernetes",
      title: "Kubernetes",
      description: "Deployments, services, ingress, config, probes, resource limits and rolling updates.",
      url: "https://kubernetes.io/docs/home/",
    },
    {
      slug: "aws",
      level: "mid",
      area: CLOUD,
      kind: "skill",
      skill: "aws",
      title: "AWS",
      description: "IAM, VPCs, compute, storage and managed databases; the most requested cloud in listings.",
    },
    {
      slug: "prometheus",
      level: "mid",
      area: OBS,
      kind: "skill",
      skill: "prometheus",
      title: "Prometheus and alerting",
      description: "Metrics, queries and alerts tied to symptoms users feel.",
      url: "https://prometheus.io/docs/introduction/overview/",
    },
    {
      slug: "observability",
      level: "mid",
      area: OBS,
      kind: "skill",
      skill: "observability",
      title: "Logs, metrics and traces",
      description: "Follow one request across services and find where the time went.",
    },
    {
      slug: "gitlab-ci",
      level: "mid",
      area: CICD,
      kind: "skill",
      skill: "gitlab-ci",
      title: "GitLab CI",
      description: "The other common pipeline system; the ideas carry over.",
    },
    {
      slug: "communication",
      level: "mid",
      area: TEAM,
      kind: "skill",
      skill: "communication",
      title: "Incident communication",
      description: "Clear status updates during an incident and blameless reviews after it.",
    },
    {
      slug: "cert-terraform-associate",
      level: "mid",
      area: "Certifications",
      kind: "certification",
      title: "HashiCorp Terraform Associate (004)",
      description: "The entry credential for infrastructure as code.",
      url: "https://developer.hashicorp.com/certifications/infrastructure-automation",
    },
    {
      slug: "cert-ckad",
      level: "mid",
      area: "Certifications",
      kind: "certification",
      title: "CKAD",
      description: "Hands-on Kubernetes for the applications you run.",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-application-developer-ckad/",
    },
    // senior
    {
      slug: "go",
      level: "senior",
      area: LINUX,
      kind: "skill",
      skill: "go",
      title: "Go",
      description: "Most cloud-native tooling is written in Go; reading and extending it becomes part of the job.",
    },
    {
      slug: "gcp",
      level: "senior",
      area: CLOUD,
      kind: "skill",
      skill: "gcp",
      title: "Google Cloud",
      description: "A second cloud, for multi-cloud work or a move between providers.",
    },
    {
      slug: "system-design",
      level: "senior",
      area: RELIABILITY,
      kind: "skill",
      skill: "system-design",
      title: "Designing for failure",
      description: "Redundancy, timeouts, retries with backoff and graceful degradation.",
    },
    {
      slug: "performance",
      level: "senior",
      area: RELIABILITY,
      kind: "skill",
      skill: "performance",
      title: "Capacity and performance",
      description: "Load tests, autoscaling and knowing where the next bottleneck will be.",
    },
    {
      slug: "app-security",
      level: "senior",
      area: SEC,
      kind: "skill",
      skill: "app-security",
      title: "Infrastructure security",
      description: "Least privilege, patching, image scanning and network policies.",
    },
    {
      slug: "encryption",
      level: "senior",
      area: SEC,
      kind: "skill",
      skill: "encryption",
      title: "Secrets and encryption",
      description: "Keys and certificates managed and rotated, data encrypted at rest and in transit.",
    },
    {
      slug: "slos",
      level: "senior",
      area: RELIABILITY,
      kind: "topic",
      title: "Service level objectives",
      description: "Agree targets with product teams and spend the error budget deliberately.",
      url: "https://sre.google/sre-book/service-level-objectives/",
    },
    {
      slug: "cert-cka",
      level: "senior",
      area: "Certifications",
      kind: "certification",
      title: "CKA",
      description: "Hands-on cluster administration and troubleshooting.",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
    },
    {
      slug: "cert-aws-devops-pro",
      level: "senior",
      area: "Certifications",
      kind: "certification",
      title: "AWS Certified DevOps Engineer - Professional",
      description: "Automation and operations on AWS at a professional level.",
      url: "https://aws.amazon.com/certification/certified-devops-engineer-professional/",
    },
    // lead
    {
      slug: "azure",
      level: "lead",
      area: CLOUD,
      kind: "skill",
      skill: "azure",
      title: "Azure",
      description: "Common in enterprises; leads often inherit it through an acquisition or a customer.",
    },
    {
      slug: "jenkins",
      level: "lead",
      area: CICD,
      kind: "skill",
      skill: "jenkins",
      title: "Jenkins",
      description: "Still running in many large companies; migrating away from it is a frequent lead project.",
    },
    {
      slug: "platform-as-product",
      level: "lead",
      area: RELIABILITY,
      kind: "topic",
      title: "The platform as a product",
      description: "Golden paths, self-service and a roadmap shaped by the developers who use it.",
    },
    // principal
    {
      slug: "disaster-recovery",
      level: "principal",
      area: RELIABILITY,
      kind: "topic",
      title: "Disaster recovery and cost",
      description: "Recovery objectives tested for real, and cloud spend treated as an engineering metric.",
    },
  ],
  sources: [
    surveySource(SOFTWARE_DEVELOPERS_2024),
    {
      title: "Kubernetes documentation",
      url: "https://kubernetes.io/docs/home/",
      supports: "containers and orchestration",
    },
    {
      title: "Terraform documentation",
      url: "https://developer.hashicorp.com/terraform/docs",
      supports: "infrastructure as code",
    },
    {
      title: "Google SRE book: Service Level Objectives",
      url: "https://sre.google/sre-book/service-level-objectives/",
      supports: "SRE practice and SLOs",
    },
    {
      title: "Prometheus overview",
      url: "https://prometheus.io/docs/introduction/overview/",
      supports: "observability",
    },
    {
      title: "HashiCorp infrastructure automation certifications (Terraform Associate 004, from January 2026)",
      url: "https://developer.hashicorp.com/certifications/infrastructure-automation",
      supports: "certification and issuer",
    },
    {
      title: "The Linux Foundation: CKA and CKAD",
      url: "https://training.linuxfoundation.org/certification/certified-kubernetes-administrator-cka/",
      supports: "certifications and issuers",
    },
    {
      title: "AWS Certified DevOps Engineer - Professional",
      url: "https://aws.amazon.com/certification/certified-devops-engineer-professional/",
      supports: "certification and issuer",
    },
    {
      title: "Google Cloud Professional Cloud DevOps Engineer",
      url: "https://cloud.google.com/learn/certification/cloud-devops-engineer",
      supports: "certification and issuer",
    },
    { title: "roadmap.sh: DevOps", url: "https://roadmap.sh/devops", supports: "role and roadmap scope" },
  ],
} satisfies GuideModule;
