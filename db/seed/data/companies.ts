import type { CompanySeed } from "./types";

/**
 * Companies used by the seed. The first nine are real companies named as hiring in the
 * backend engineer guide; the rest are invented and use the reserved .example TLD.
 */
export const companySeeds: CompanySeed[] = [
  // ------------------------------------------------------------ real, named in the guide
  {
    slug: "raya",
    name: "Raya",
    website: "https://raya.example",
    about:
      "Raya runs a private, membership-based app for dating, networking and making new friends. Its engineering team builds the services behind the app's applications, matching and messaging.",
    size: "51-200",
    headquarters: "Los Angeles, United States",
    families: ["backend", "mobile", "data"],
    verified: true,
  },
  {
    slug: "windfalldata",
    name: "Windfalldata",
    website: "https://windfalldata.example",
    about:
      "Windfalldata is a data company that helps organisations understand and prioritise the people they want to reach. Its engineers build the pipelines and APIs that assemble and deliver large datasets to customers.",
    size: "51-200",
    headquarters: "San Francisco, United States",
    families: ["backend", "data", "fullstack"],
    verified: true,
  },
  {
    slug: "truffle-security",
    name: "Truffle Security",
    website: "https://trufflesecurity.com",
    about:
      "Truffle Security builds tools that find leaked credentials and secrets in code and other systems, and is known for the open-source scanner TruffleHog. Its team works on detection engines and the platform around them.",
    size: "11-50",
    headquarters: "San Francisco, United States",
    families: ["backend", "devops", "fullstack"],
    verified: true,
  },
  {
    slug: "whalar",
    name: "Whalar",
    website: "https://whalar.com",
    about:
      "Whalar works with brands and creators on creator-led marketing campaigns. Its product teams build the software that connects the two sides and measures how campaigns perform.",
    size: "201-500",
    headquarters: "London, United Kingdom",
    families: ["backend", "frontend", "data"],
    verified: true,
  },
  {
    slug: "memfault",
    name: "Memfault",
    website: "https://memfault.com",
    about:
      "Memfault offers a platform that helps teams monitor, debug and update connected devices in the field. Its engineers work across embedded tooling, cloud services and data processing.",
    size: "51-200",
    headquarters: "San Francisco, United States",
    families: ["backend", "frontend", "devops", "data"],
    verified: true,
  },
  {
    slug: "tesorio",
    name: "Tesorio",
    website: "https://tesorio.com",
    about:
      "Tesorio makes software that helps finance teams manage cash flow and collections. Its engineers build integrations with accounting systems and the data services behind its forecasting.",
    size: "51-200",
    headquarters: "San Francisco, United States",
    families: ["backend", "fullstack", "data"],
    verified: true,
  },
  {
    slug: "pennylane",
    name: "Pennylane",
    website: "https://pennylane.com",
    about:
      "Pennylane provides accounting and financial management software for small businesses and their accountants. Its product brings bookkeeping, invoicing and reporting into a single platform.",
    size: "501-1000",
    headquarters: "Paris, France",
    families: ["backend", "frontend", "fullstack", "data"],
    verified: true,
  },
  {
    slug: "fairmarkit",
    name: "Fairmarkit",
    website: "https://fairmarkit.com",
    about:
      "Fairmarkit builds sourcing software that helps procurement teams handle everyday purchasing more efficiently. Its engineers work on supplier matching, automation and integrations with enterprise systems.",
    size: "51-200",
    headquarters: "Boston, United States",
    families: ["backend", "fullstack", "data"],
    verified: true,
  },
  {
    slug: "novo",
    name: "Novo",
    website: "https://banknovo.com",
    about:
      "Novo offers a business banking platform built for small businesses and freelancers. Its teams build the accounts, payments and integration features that customers use to run their finances.",
    size: "201-500",
    headquarters: "Miami, United States",
    families: ["backend", "mobile", "frontend", "devops"],
    verified: true,
  },

  // ------------------------------------------------------------ invented
  {
    slug: "brightledger",
    name: "Brightledger",
    website: "https://brightledger.example",
    about:
      "Brightledger builds spend management and corporate card software for mid-sized companies. Its platform reconciles transactions in real time and syncs them to popular accounting tools.",
    size: "201-500",
    headquarters: "Austin, United States",
    families: ["backend", "frontend", "data"],
  },
  {
    slug: "quillpath-health",
    name: "Quillpath Health",
    website: "https://quillpath.example",
    about:
      "Quillpath Health makes clinical documentation software that helps physicians spend less time on paperwork. Its services process millions of encounter notes each month under strict privacy rules.",
    size: "501-1000",
    headquarters: "Boston, United States",
    families: ["backend", "fullstack", "data", "devops"],
  },
  {
    slug: "cargoline-systems",
    name: "Cargoline Systems",
    website: "https://cargoline.example",
    about:
      "Cargoline Systems offers a transportation management platform for regional freight carriers. Dispatchers use it to plan loads, track trucks and settle invoices from one place.",
    size: "201-500",
    headquarters: "Chicago, United States",
    families: ["backend", "mobile", "fullstack"],
  },
  {
    slug: "verdant-grid",
    name: "Verdant Grid",
    website: "https://verdantgrid.example",
    about:
      "Verdant Grid writes software that lets utilities balance rooftop solar, home batteries and electric vehicles on the power grid. Its forecasting services run on streaming telemetry from thousands of devices.",
    size: "51-200",
    headquarters: "Denver, United States",
    families: ["backend", "data", "devops"],
  },
  {
    slug: "tidewater-media",
    name: "Tidewater Media",
    website: "https://tidewatermedia.example",
    about:
      "Tidewater Media publishes a network of local news sites and newsletters. Its small product team runs the publishing platform, paywall and recommendation systems behind them.",
    size: "201-500",
    headquarters: "New York, United States",
    families: ["backend", "frontend", "fullstack"],
  },
  {
    slug: "forgeworks",
    name: "Forgeworks",
    website: "https://forgeworks.example",
    about:
      "Forgeworks builds a remote build cache and test acceleration service for large codebases. Engineering teams plug it into their CI to cut pipeline times.",
    size: "11-50",
    headquarters: "Seattle, United States",
    families: ["backend", "devops"],
  },
  {
    slug: "basketwise",
    name: "Basketwise",
    website: "https://basketwise.example",
    about:
      "Basketwise provides online storefront and order management tools for independent grocers. Its platform handles catalogues, delivery slots and in-store picking.",
    size: "51-200",
    headquarters: "Toronto, Canada",
    families: ["backend", "frontend", "mobile", "fullstack"],
  },
  {
    slug: "lanternlearn",
    name: "Lanternlearn",
    website: "https://lanternlearn.example",
    about:
      "Lanternlearn makes an adaptive maths practice platform used in middle and high schools. Teachers use its dashboards to see where each student needs help.",
    size: "51-200",
    headquarters: "Portland, United States",
    families: ["backend", "frontend", "data"],
  },
  {
    slug: "pixelharbor-games",
    name: "Pixelharbor Games",
    website: "https://pixelharbor.example",
    about:
      "Pixelharbor Games is an independent studio making cooperative multiplayer games for PC and consoles. Its online team runs matchmaking, player accounts and live events.",
    size: "201-500",
    headquarters: "Montreal, Canada",
    families: ["backend", "devops", "data"],
  },
  {
    slug: "bastionly",
    name: "Bastionly",
    website: "https://bastionly.example",
    about:
      "Bastionly offers identity threat detection for organisations that rely on cloud single sign-on. Its engine analyses login events to spot account takeovers early.",
    size: "51-200",
    headquarters: "Arlington, United States",
    families: ["backend", "data", "devops"],
  },
  {
    slug: "wayfarer-loop",
    name: "Wayfarer Loop",
    website: "https://wayfarerloop.example",
    about:
      "Wayfarer Loop builds booking software for small tour operators and activity providers. Its channel manager keeps availability in sync across many travel marketplaces.",
    size: "51-200",
    headquarters: "Dublin, Ireland",
    families: ["backend", "frontend", "fullstack"],
  },
  {
    slug: "kestrel-payments",
    name: "Kestrel Payments",
    website: "https://kestrelpayments.example",
    about:
      "Kestrel Payments provides payment processing and payouts for online marketplaces across Europe. Its ledger and settlement services move money between buyers, sellers and banks.",
    size: "501-1000",
    headquarters: "London, United Kingdom",
    families: ["backend", "devops", "data", "frontend"],
  },
  {
    slug: "mendwell",
    name: "Mendwell",
    website: "https://mendwell.example",
    about:
      "Mendwell runs a digital physiotherapy programme that patients follow from home with guided exercises. Clinicians review progress and adjust plans through its web portal.",
    size: "51-200",
    headquarters: "Berlin, Germany",
    families: ["backend", "mobile", "frontend"],
  },
  {
    slug: "routewise-freight",
    name: "Routewise Freight",
    website: "https://routewise.example",
    about:
      "Routewise Freight is a digital freight forwarder for shipments between European ports and inland hubs. Its pricing and tracking systems combine data from carriers, terminals and customs.",
    size: "201-500",
    headquarters: "Rotterdam, Netherlands",
    families: ["backend", "data", "fullstack"],
  },
  {
    slug: "solstice-carbon",
    name: "Solstice Carbon",
    website: "https://solsticecarbon.example",
    about:
      "Solstice Carbon helps companies measure and report their greenhouse gas emissions across their supply chains. Its platform turns purchasing and energy data into audit-ready reports.",
    size: "51-200",
    headquarters: "Amsterdam, Netherlands",
    families: ["backend", "data", "frontend"],
  },
  {
    slug: "parcelbird",
    name: "Parcelbird",
    website: "https://parcelbird.example",
    about:
      "Parcelbird offers same-day delivery for online shops in major Spanish cities. Its routing engine assigns parcels to couriers and updates customers as orders move.",
    size: "201-500",
    headquarters: "Barcelona, Spain",
    families: ["backend", "mobile", "data"],
  },
  {
    slug: "hearthstack",
    name: "Hearthstack",
    website: "https://hearthstack.example",
    about:
      "Hearthstack makes an open-source friendly platform for running internal developer portals. It catalogues services, ownership and documentation in one searchable place.",
    size: "11-50",
    headquarters: "Lyon, France",
    families: ["backend", "frontend", "devops"],
  },
  {
    slug: "coralbyte",
    name: "Coralbyte",
    website: "https://coralbyte.example",
    about:
      "Coralbyte builds a managed streaming data platform for companies that process events at high volume. Customers use it to move data between applications, warehouses and analytics tools.",
    size: "201-500",
    headquarters: "Bengaluru, India",
    families: ["backend", "data", "devops"],
  },
  {
    slug: "tallyfield",
    name: "Tallyfield",
    website: "https://tallyfield.example",
    about:
      "Tallyfield provides invoicing and tax compliance software for small and medium businesses. Its services generate compliant invoices and file returns with the relevant authorities.",
    size: "501-1000",
    headquarters: "Pune, India",
    families: ["backend", "mobile", "fullstack"],
  },
  {
    slug: "gumleaf-labs",
    name: "Gumleaf Labs",
    website: "https://gumleaf.example",
    about:
      "Gumleaf Labs builds a learning management system for vocational colleges and training providers. It tracks coursework, assessments and accreditation requirements.",
    size: "51-200",
    headquarters: "Melbourne, Australia",
    families: ["backend", "frontend", "fullstack"],
  },
  {
    slug: "saltmarsh-analytics",
    name: "Saltmarsh Analytics",
    website: "https://saltmarsh.example",
    about:
      "Saltmarsh Analytics offers demand forecasting for retailers with large physical store networks. Its models help planners decide how much stock to send where.",
    size: "51-200",
    headquarters: "Sydney, Australia",
    families: ["data", "backend"],
  },
  {
    slug: "careloop",
    name: "Careloop",
    website: "https://careloop.example",
    about:
      "Careloop connects home care agencies with caregivers and families through scheduling, visit verification and billing tools. Its mobile app is used by caregivers on every shift.",
    size: "201-500",
    headquarters: "Nashville, United States",
    families: ["backend", "mobile", "fullstack", "devops"],
  },
  {
    slug: "ironbark-security",
    name: "Ironbark Security",
    website: "https://ironbark.example",
    about:
      "Ironbark Security runs a managed detection and response service for mid-sized organisations. Its analysts rely on an in-house platform that collects and correlates security telemetry.",
    size: "51-200",
    headquarters: "Brisbane, Australia",
    families: ["backend", "devops", "data"],
  },
  {
    slug: "lumenfold",
    name: "Lumenfold",
    website: "https://lumenfold.example",
    about:
      "Lumenfold operates a streaming service for independent films and documentaries. Its teams handle video encoding, playback across devices and personalised recommendations.",
    size: "201-500",
    headquarters: "Los Angeles, United States",
    families: ["backend", "frontend", "mobile", "data"],
  },
  {
    slug: "quarry-commerce",
    name: "Quarry Commerce",
    website: "https://quarrycommerce.example",
    about:
      "Quarry Commerce provides a headless commerce platform for brands selling outdoor and sporting goods. Its APIs power storefronts, wholesale portals and marketplace listings.",
    size: "201-500",
    headquarters: "Salt Lake City, United States",
    families: ["backend", "frontend", "fullstack", "devops"],
  },
  {
    slug: "driftline-travel",
    name: "Driftline Travel",
    website: "https://driftline.example",
    about:
      "Driftline Travel runs a corporate travel booking service that keeps trips within company policy. It aggregates flights, hotels and rail into a single itinerary.",
    size: "51-200",
    headquarters: "San Diego, United States",
    families: ["backend", "frontend", "mobile"],
  },
  {
    slug: "stackwell",
    name: "Stackwell",
    website: "https://stackwell.example",
    about:
      "Stackwell makes a feature flag and experimentation service for product teams. Its SDKs evaluate flags at the edge with very low latency.",
    size: "11-50",
    headquarters: "San Francisco, United States",
    families: ["backend", "devops", "fullstack"],
  },
  {
    slug: "meadowlark-insure",
    name: "Meadowlark Insure",
    website: "https://meadowlark.example",
    about:
      "Meadowlark Insure builds policy administration and claims software for regional insurance carriers. Its rating engine prices policies across many states and product lines.",
    size: "501-1000",
    headquarters: "Columbus, United States",
    families: ["backend", "data", "fullstack"],
  },
  {
    slug: "chalkline",
    name: "Chalkline",
    website: "https://chalkline.example",
    about:
      "Chalkline offers a tutoring marketplace that matches students with vetted tutors for live online sessions. Its platform handles scheduling, video lessons and payments.",
    size: "51-200",
    headquarters: "Atlanta, United States",
    families: ["backend", "frontend", "mobile"],
  },
  {
    slug: "mossrock-games",
    name: "Mossrock Games",
    website: "https://mossrock.example",
    about:
      "Mossrock Games develops free-to-play puzzle games for mobile. Its backend team runs the game servers, in-game economy and analytics that shape each new season.",
    size: "51-200",
    headquarters: "Raleigh, United States",
    families: ["backend", "mobile", "data"],
  },
  {
    slug: "kilowatt-commons",
    name: "Kilowatt Commons",
    website: "https://kilowattcommons.example",
    about:
      "Kilowatt Commons helps households join community solar projects and track the savings on their bills. Its platform manages subscriptions, billing and utility data exchange.",
    size: "11-50",
    headquarters: "Boulder, United States",
    families: ["backend", "fullstack"],
  },
  {
    slug: "nimbus-crate",
    name: "Nimbus Crate",
    website: "https://nimbuscrate.example",
    about:
      "Nimbus Crate provides a managed container registry and artifact storage service. Platform teams use it to store, scan and distribute images across regions.",
    size: "11-50",
    headquarters: "Vancouver, Canada",
    families: ["backend", "devops"],
  },
  {
    slug: "copperbill",
    name: "Copperbill",
    website: "https://copperbill.example",
    about:
      "Copperbill offers accounts payable automation for growing businesses. It captures invoices, routes approvals and schedules payments to vendors.",
    size: "201-500",
    headquarters: "Charlotte, United States",
    families: ["backend", "frontend", "data", "fullstack"],
  },
  {
    slug: "fathom-signal",
    name: "Fathom Signal",
    website: "https://fathomsignal.example",
    about:
      "Fathom Signal builds software supply chain security tools that check open-source dependencies for known vulnerabilities and malicious packages. It integrates with code hosts and build pipelines.",
    size: "51-200",
    headquarters: "Pittsburgh, United States",
    families: ["backend", "devops", "frontend"],
  },
  {
    slug: "pantrypost",
    name: "Pantrypost",
    website: "https://pantrypost.example",
    about:
      "Pantrypost runs a subscription service delivering pantry staples from small food producers. Its systems manage subscriptions, warehouse picking and producer payouts.",
    size: "51-200",
    headquarters: "Philadelphia, United States",
    families: ["backend", "frontend", "mobile"],
  },
  {
    slug: "wavecrest-audio",
    name: "Wavecrest Audio",
    website: "https://wavecrest.example",
    about:
      "Wavecrest Audio provides podcast hosting, distribution and advertising tools for independent shows. Its analytics pipeline processes download data for thousands of podcasts.",
    size: "51-200",
    headquarters: "Minneapolis, United States",
    families: ["backend", "data", "frontend"],
  },
  {
    slug: "pulsegrid-health",
    name: "Pulsegrid Health",
    website: "https://pulsegrid.example",
    about:
      "Pulsegrid Health builds remote monitoring software that lets hospitals follow patients with chronic conditions after discharge. Readings from connected devices flow into a clinical dashboard.",
    size: "51-200",
    headquarters: "Edinburgh, United Kingdom",
    families: ["backend", "mobile", "data"],
  },
  {
    slug: "tramline-mobility",
    name: "Tramline Mobility",
    website: "https://tramline.example",
    about:
      "Tramline Mobility makes ticketing and journey planning software for public transport operators. Riders use its apps to plan trips and pay fares across buses, trams and trains.",
    size: "201-500",
    headquarters: "Munich, Germany",
    families: ["backend", "mobile", "frontend", "devops"],
  },
  {
    slug: "quayside-data",
    name: "Quayside Data",
    website: "https://quaysidedata.example",
    about:
      "Quayside Data offers data quality monitoring for analytics teams. It watches warehouse tables for broken pipelines, schema changes and unexpected values.",
    size: "11-50",
    headquarters: "Cork, Ireland",
    families: ["data", "backend", "frontend"],
  },
  {
    slug: "harrowgate-legal",
    name: "Harrowgate Legal Tech",
    website: "https://harrowgate.example",
    about:
      "Harrowgate Legal Tech builds contract review and matter management software for in-house legal teams. Its search services index large volumes of documents securely.",
    size: "201-500",
    headquarters: "Manchester, United Kingdom",
    families: ["backend", "frontend", "fullstack", "data"],
  },
  {
    slug: "orchardline",
    name: "Orchardline",
    website: "https://orchardline.example",
    about:
      "Orchardline provides farm management software for fruit and vegetable growers. Growers use it to plan harvests, track labour and trace produce from field to buyer.",
    size: "11-50",
    headquarters: "Fresno, United States",
    families: ["frontend", "mobile", "fullstack"],
  },
  {
    slug: "sablewing-studio",
    name: "Sablewing Studio",
    website: "https://sablewing.example",
    about:
      "Sablewing Studio is a product engineering agency that builds web and mobile apps for early-stage startups. Its engineers often work embedded in client teams.",
    size: "51-200",
    headquarters: "Madrid, Spain",
    families: ["backend", "frontend", "mobile", "fullstack", "devops"],
  },
];
