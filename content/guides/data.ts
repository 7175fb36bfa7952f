import { DATABASE_ARCHITECTS_2024, surveySource } from "./pay-surveys";
import type { GuideModule } from "./types";

/*
 * The Data Engineer guide, in our own words. Facts: the sources at the end.
 * Editorial pay: see payRangeSource.
 */
const SQLAREA = "SQL and data modelling";
const PY = "Python for data";
const DIST = "Distributed processing";
const ORCH = "Orchestration";
const WAREHOUSE = "Warehouses and transformation";
const STREAM = "Streaming";
const CLOUD = "Cloud data platforms";
const ML = "Machine learning foundations";
const PRACTICE = "Engineering practice";

export const dataGuide = {
  slug: "data-engineer",
  title: "Data Engineer",
  roleFamily: "data",
  author: "Ladder editorial team",
  summary:
    "Data engineers build the pipelines that move data from where it is produced to where it is used: warehouses, dashboards and machine learning models. This guide covers the job, how it differs from analytics, data science and backend work, the five career levels, pay, and the certifications worth your time.",
  whatIs:
    "A data engineer makes data trustworthy and available. They ingest it from application databases, event streams and third-party APIs, clean and reshape it with SQL and Python, and load it into a warehouse or lakehouse such as Snowflake or Databricks where analysts, data scientists and products can query it. Pipelines are scheduled and monitored with an orchestrator like Airflow, large volumes are processed with Apache Spark, and real-time feeds often run through Kafka.\n\n" +
    "Much of the job is invisible when it goes well: schemas that make sense, tests that catch a broken upstream feed before a dashboard shows nonsense, and costs kept under control as data grows. The title covers related roles too; analytics engineers focus on modelling in the warehouse with dbt, and machine learning engineers on getting models trained and served, and Ladder's data family includes them.",
  vsOther:
    "A data analyst or data scientist uses data to answer questions; a data engineer builds the systems that deliver that data reliably. A backend engineer's databases serve an application's users, while a data engineer's serve analysis and models, which changes the priorities from quick single-row reads to large scans, history and data quality. Choose this path if you enjoy SQL, modelling and building pipelines more than presenting findings.",
  levels: [
    {
      level: "junior",
      title: "Junior Data Engineer",
      yearsMin: 0,
      yearsMax: 2,
      payMin: 81_630,
      payMax: 107_900,
      focus:
        "You write SQL transformations, fix failing pipeline runs and add sources to existing pipelines while a senior reviews your work. Many people arrive from analyst or backend roles; strong SQL is the one skill you cannot skip.",
    },
    {
      level: "mid",
      title: "Data Engineer",
      yearsMin: 2,
      yearsMax: 5,
      payMin: 107_900,
      payMax: 135_980,
      focus:
        "You own pipelines end to end: ingestion, modelling, tests, scheduling and the alerts when something breaks. You design tables other teams build on and agree data contracts with the engineers who produce the data.",
    },
    {
      level: "senior",
      title: "Senior Data Engineer",
      yearsMin: 5,
      yearsMax: 8,
      payMin: 135_980,
      payMax: 169_480,
      focus:
        "Seniors design the data platform's main pieces: batch and streaming architecture, warehouse layout, governance and cost. They lead migrations, mentor others and decide where the next data quality problem is most likely to hurt.",
    },
    {
      level: "lead",
      title: "Lead Data Engineer / Staff Data Engineer",
      yearsMin: 8,
      yearsMax: 12,
      payMin: 169_480,
      payMax: 209_990,
      focus:
        "A lead sets direction for data engineering across teams: platform choices, standards for modelling and testing, privacy and access policies, and how the platform serves analytics and machine learning alike.",
    },
    {
      level: "principal",
      title: "Principal Data Engineer / Head of Data Platform",
      yearsMin: 12,
      yearsMax: null,
      payMin: 209_990,
      payMax: null,
      focus:
        "At the top you own the organisation's data strategy as an engineer or a manager: what is collected and why, how it is governed, what the platform costs, and who is hired to build it.",
    },
  ],
  payRangeSource: surveySource(DATABASE_ARCHITECTS_2024),
  skillAreas: [
    {
      name: SQLAREA,
      description:
        "Advanced SQL (window functions, joins at scale) and modelling tables people can understand and trust.",
      skills: ["sql", "data-modeling", "postgresql"],
    },
    {
      name: PY,
      description: "Python for ingestion and transformation, with pandas for exploring and reshaping data.",
      skills: ["python", "pandas"],
    },
    {
      name: DIST,
      description:
        "Apache Spark for data too large for one machine, and Scala where a team's Spark code is written in it.",
      skills: ["spark", "scala"],
    },
    {
      name: ORCH,
      description: "Schedule, retry and monitor pipelines as dependency graphs with Airflow.",
      skills: ["airflow"],
    },
    {
      name: WAREHOUSE,
      description:
        "Model and test data inside a cloud warehouse such as Snowflake, with dbt for version-controlled transformations.",
      skills: ["dbt", "snowflake"],
    },
    {
      name: STREAM,
      description: "Event streams with Kafka and queues, for data that must arrive in seconds rather than overnight.",
      skills: ["kafka", "message-queues"],
    },
    {
      name: CLOUD,
      description: "Storage, compute and managed data services on AWS or Google Cloud.",
      skills: ["aws", "gcp"],
    },
    {
      name: ML,
      description: "Enough machine learning to build the features and pipelines models depend on.",
      skills: ["machine-learning"],
    },
    {
      name: PRACTICE,
      description:
        "Git, tests for data and code, and clear communication with the people who produce and use the data.",
      skills: ["git", "testing", "communication"],
    },
  ],
  timeline: [
    {
      timeLabel: "09:00",
      title: "Pipeline health check",
      body: "The overnight runs are green except one: a partner's file arrived with a renamed column. A quick fix to the loader and a note to the partner.",
    },
    {
      timeLabel: "09:30",
      title: "Stand-up",
      body: "The data team agrees the priorities: a new revenue model for finance, and moving a slow batch job to incremental loads.",
    },
    {
      timeLabel: "10:00",
      title: "Modelling",
      body: "Write the dbt models for revenue with tests for uniqueness, nulls and totals that must match the billing system.",
    },
    {
      timeLabel: "13:00",
      title: "Spark job",
      body: "Rewrite the slow batch job to process only new partitions; a run that took two hours now finishes in fifteen minutes.",
    },
    {
      timeLabel: "15:00",
      title: "Data contract",
      body: "Meet the backend team that owns the orders service to agree an event schema and what happens when it has to change.",
    },
    {
      timeLabel: "16:30",
      title: "Review and document",
      body: "Review a colleague's Airflow DAG and update the catalogue so analysts know the new revenue table exists and what each column means.",
    },
  ],
  certifications: [
    {
      name: "Google Cloud Professional Data Engineer",
      issuer: "Google Cloud",
      validates:
        "Designing, building and operating data processing systems and machine learning pipelines on Google Cloud.",
      url: "https://cloud.google.com/learn/certification/data-engineer",
    },
    {
      name: "AWS Certified Data Engineer - Associate",
      issuer: "Amazon Web Services",
      validates: "Ingesting, transforming, storing and governing data in pipelines on AWS.",
      url: "https://aws.amazon.com/certification/certified-data-engineer-associate/",
    },
    {
      name: "Databricks Certified Data Engineer Associate",
      issuer: "Databricks",
      validates: "Building ETL pipelines on the Databricks lakehouse with Spark SQL, Python and Delta Lake.",
      url: "https://www.databricks.com/learn/certification/data-engineer-associate",
    },
    {
      name: "SnowPro Core Certification",
      issuer: "Snowflake",
      validates: "Core knowledge of loading, transforming, securing and tuning data in Snowflake.",
      url: "https://learn.snowflake.com/en/certifications/snowpro-core/",
    },
  ],
  faqs: [
    {
      question: "What does a data engineer do, and how is it different from a data scientist?",
      answer:
        "A data engineer builds and runs the pipelines and tables that make data reliable and easy to use. A data scientist or analyst uses that data to answer questions and build models. The engineer's focus is correctness, freshness and cost of the data itself.",
    },
    {
      question: "How much does a data engineer earn in 2026?",
      answer:
        "Across open data listings on Ladder the median advertised pay is {{medianPay}} right now. The editorial ranges in the career path come from the U.S. Bureau of Labor Statistics wage survey for database architects (May 2024), the occupation whose job titles include data engineer: about $82,000 to $108,000 for a first role, $209,990 and up at principal level. Beside them the career path shows live pay for each level with the number of listings behind it.",
    },
    {
      question: "How do I become a data engineer?",
      answer:
        "Get very good at SQL first, then Python. Build a small pipeline that pulls data from a public API on a schedule, models it in a warehouse and tests it. Then add Spark, an orchestrator such as Airflow and one cloud. Moving from analytics or backend work is common; skills you have marked done on other roadmaps count here too.",
    },
    {
      question: "How many data engineering jobs are open, and how many are remote?",
      answer:
        "Ladder lists {{openPositions}} open data positions right now; {{remoteCount}} ({{remoteShare}}) are remote and {{freelanceCount}} ({{freelanceShare}}) are freelance.",
    },
  ],
  roadmap: [
    // junior
    {
      slug: "sql",
      level: "junior",
      area: SQLAREA,
      kind: "skill",
      skill: "sql",
      title: "SQL",
      description: "Joins, aggregates, window functions and common table expressions, written so others can read them.",
    },
    {
      slug: "python",
      level: "junior",
      area: PY,
      kind: "skill",
      skill: "python",
      title: "Python",
      description: "Functions, modules, virtual environments and calling APIs from scripts.",
    },
    {
      slug: "git",
      level: "junior",
      area: PRACTICE,
      kind: "skill",
      skill: "git",
      title: "Git",
      description: "Pipelines and models live in version control like any other code.",
    },
    {
      slug: "postgresql",
      level: "junior",
      area: SQLAREA,
      kind: "skill",
      skill: "postgresql",
      title: "PostgreSQL",
      description: "The source database you will meet most often; learn how it stores and exports data.",
    },
    {
      slug: "pandas",
      level: "junior",
      area: PY,
      kind: "skill",
      skill: "pandas",
      title: "pandas",
      description: "Explore, clean and reshape data frames before you automate anything.",
    },
    {
      slug: "project-api-pipeline",
      level: "junior",
      area: "Practice projects",
      kind: "project",
      title: "A scheduled pipeline",
      description: "Pull data from a public API daily, store it, and chart a trend from it.",
    },
    // mid
    {
      slug: "data-modeling",
      level: "mid",
      area: SQLAREA,
      kind: "skill",
      skill: "data-modeling",
      title: "Data modelling",
      description: "Facts, dimensions and history; tables named and shaped for the questions people ask.",
    },
    {
      slug: "airflow",
      level: "mid",
      area: ORCH,
      kind: "skill",
      skill: "airflow",
      title: "Airflow",
      description: "DAGs, retries, backfills and alerts when a run fails.",
      url: "https://airflow.apache.org/docs/",
    },
    {
      slug: "dbt",
      level: "mid",
      area: WAREHOUSE,
      kind: "skill",
      skill: "dbt",
      title: "dbt",
      description: "Version-controlled SQL models with tests and documentation.",
      url: "https://docs.getdbt.com/",
    },
    {
      slug: "snowflake",
      level: "mid",
      area: WAREHOUSE,
      kind: "skill",
      skill: "snowflake",
      title: "Snowflake",
      description: "Warehouses, stages, loading and what drives the bill.",
    },
    {
      slug: "testing",
      level: "mid",
      area: PRACTICE,
      kind: "skill",
      skill: "testing",
      title: "Data tests",
      description: "Checks for uniqueness, nulls, freshness and totals, run on every change and every load.",
    },
    {
      slug: "aws",
      level: "mid",
      area: CLOUD,
      kind: "skill",
      skill: "aws",
      title: "AWS data services",
      description: "Object storage, managed query engines and permissions for data.",
    },
    {
      slug: "cert-aws-data-engineer",
      level: "mid",
      area: "Certifications",
      kind: "certification",
      title: "AWS Certified Data Engineer - Associate",
      description: "Pipelines, storage and governance on AWS.",
      url: "https://aws.amazon.com/certification/certified-data-engineer-associate/",
    },
    {
      slug: "cert-databricks-de-associate",
      level: "mid",
      area: "Certifications",
      kind: "certification",
      title: "Databricks Certified Data Engineer Associate",
      description: "ETL on the lakehouse with Spark SQL and Delta Lake.",
      url: "https://www.databricks.com/learn/certification/data-engineer-associate",
    },
    // senior
    {
      slug: "spark",
      level: "senior",
      area: DIST,
      kind: "skill",
      skill: "spark",
      title: "Apache Spark",
      description: "Partitioning, shuffles and incremental processing for data that does not fit one machine.",
      url: "https://spark.apache.org/docs/latest/",
    },
    {
      slug: "kafka",
      level: "senior",
      area: STREAM,
      kind: "skill",
      skill: "kafka",
      title: "Kafka",
      description: "Topics, partitions, consumer groups and schemas for event streams.",
      url: "https://kafka.apache.org/documentation/",
    },
    {
      slug: "message-queues",
      level: "senior",
      area: STREAM,
      kind: "skill",
      skill: "message-queues",
      title: "Queues and delivery guarantees",
      description: "At-least-once delivery, idempotent consumers and dead-letter handling.",
    },
    {
      slug: "gcp",
      level: "senior",
      area: CLOUD,
      kind: "skill",
      skill: "gcp",
      title: "Google Cloud data services",
      description: "A second cloud's warehouse and processing services.",
    },
    {
      slug: "communication",
      level: "senior",
      area: PRACTICE,
      kind: "skill",
      skill: "communication",
      title: "Data contracts",
      description: "Agree schemas and change rules with the teams that produce the data.",
    },
    {
      slug: "cert-gcp-data-engineer",
      level: "senior",
      area: "Certifications",
      kind: "certification",
      title: "Google Cloud Professional Data Engineer",
      description: "Designing data processing systems on Google Cloud.",
      url: "https://cloud.google.com/learn/certification/data-engineer",
    },
    // lead
    {
      slug: "scala",
      level: "lead",
      area: DIST,
      kind: "skill",
      skill: "scala",
      title: "Scala",
      description: "Read and review the Scala Spark code many mature platforms still run.",
    },
    {
      slug: "machine-learning",
      level: "lead",
      area: ML,
      kind: "skill",
      skill: "machine-learning",
      title: "Machine learning pipelines",
      description: "Feature pipelines, training data and model monitoring from the platform's side.",
    },
    {
      slug: "governance",
      level: "lead",
      area: WAREHOUSE,
      kind: "topic",
      title: "Governance and privacy",
      description: "Access control, lineage, retention and personal data handled by design.",
    },
    // principal
    {
      slug: "data-strategy",
      level: "principal",
      area: CLOUD,
      kind: "topic",
      title: "Data platform strategy",
      description: "What to collect, what to build or buy, and what the platform should cost.",
    },
  ],
  sources: [
    surveySource(DATABASE_ARCHITECTS_2024),
    {
      title: "Apache Spark documentation",
      url: "https://spark.apache.org/docs/latest/",
      supports: "distributed processing",
    },
    { title: "Apache Airflow documentation", url: "https://airflow.apache.org/docs/", supports: "orchestration" },
    { title: "dbt documentation", url: "https://docs.getdbt.com/", supports: "warehouse transformation" },
    { title: "Apache Kafka documentation", url: "https://kafka.apache.org/documentation/", supports: "streaming" },
    {
      title: "Google Cloud Professional Data Engineer",
      url: "https://cloud.google.com/learn/certification/data-engineer",
      supports: "certification and issuer",
    },
    {
      title: "AWS Certified Data Engineer - Associate (DEA-C01, launched March 2024)",
      url: "https://aws.amazon.com/certification/certified-data-engineer-associate/",
      supports: "certification and issuer",
    },
    {
      title: "Databricks Certified Data Engineer Associate",
      url: "https://www.databricks.com/learn/certification/data-engineer-associate",
      supports: "certification and issuer",
    },
    {
      title: "SnowPro Core Certification",
      url: "https://learn.snowflake.com/en/certifications/snowpro-core/",
      supports: "certification and issuer",
    },
    { title: "roadmap.sh: Data engineer", url: "https://roadmap.sh/data-engineer", supports: "role and roadmap scope" },
  ],
} satisfies GuideModule;
