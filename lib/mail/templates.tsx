import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { Fragment, type ReactNode } from "react";

/*
 * Every mail Ladder sends, as React components (react-email), each with its subject. The
 * `mail.send` job renders one to HTML and plain text (lib/mail/deliver.ts). Props are
 * JSON (they wait in mail_messages); every link in them is absolute (lib/public-origin.ts).
 */

const main = { backgroundColor: "#f6f7f9", fontFamily: "system-ui, -apple-system, Segoe UI, sans-serif" };
const box = { backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px" };
const button = { backgroundColor: "#1d4ed8", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" };
const small = { color: "#6b7280", fontSize: "12px" };

function Layout({ preview, children, footer }: { preview: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={main}>
        <Container style={box}>
          {children}
          <Hr />
          <Text style={small}>Ladder, career guides and jobs for engineers.</Text>
          {footer}
        </Container>
      </Body>
    </Html>
  );
}

type ResetProps = { name: string | null; url: string; minutes: number };
function PasswordReset({ name, url, minutes }: ResetProps) {
  return (
    <Layout preview="Choose a new password">
      <Heading as="h1">Choose a new password</Heading>
      <Text>Hello{name ? ` ${name}` : ""}, someone (we hope you) asked to reset your Ladder password.</Text>
      <Section>
        <Button href={url} style={button}>
          Choose a new password
        </Button>
      </Section>
      <Text>
        Or open this link: <Link href={url}>{url}</Link>
      </Text>
      <Text>
        The link works once, for {minutes} minutes. Using it signs you out everywhere else. If you did not ask, ignore
        this mail: your password stays as it is.
      </Text>
    </Layout>
  );
}

type VerifyProps = { name: string | null; url: string; hours: number };
function VerifyEmail({ name, url, hours }: VerifyProps) {
  return (
    <Layout preview="Confirm your email address">
      <Heading as="h1">Confirm your email address</Heading>
      <Text>Hello{name ? ` ${name}` : ""}, confirm this address to publish listings and receive job alerts.</Text>
      <Section>
        <Button href={url} style={button}>
          Confirm my address
        </Button>
      </Section>
      <Text>
        Or open this link: <Link href={url}>{url}</Link>
      </Text>
      <Text>The link works for {hours} hours. If you did not create a Ladder account, ignore this mail.</Text>
    </Layout>
  );
}

export type DigestListing = { title: string; company: string; location: string; url: string };
type DigestProps = {
  searchName: string;
  listings: DigestListing[];
  /** How many new listings there were in all (more than `listings.length`: a link to the rest). */
  total: number;
  searchUrl: string;
  unsubscribeUrl: string;
  /** The RFC 8058 one-click endpoint, for the List-Unsubscribe header. */
  unsubscribePostUrl: string;
  frequency: "daily" | "weekly";
};
function Digest({ searchName, listings, total, searchUrl, unsubscribeUrl, frequency }: DigestProps) {
  return (
    <Layout
      preview={`${total} new listing${total === 1 ? "" : "s"} for ${searchName}`}
      footer={
        <Text style={small}>
          You get this {frequency} alert for your saved search “{searchName}”.{" "}
          {/* No punctuation after the link: the text part puts the URL there, and a period
              glued to it would break the token for a reader who copies it. */}
          <Link href={unsubscribeUrl}>Unsubscribe from this alert</Link>
        </Text>
      }
    >
      <Heading as="h1">New listings for {searchName}</Heading>
      {listings.map((l) => (
        <Text key={l.url}>
          <Link href={l.url}>
            {l.title} at {l.company}
          </Link>
          <br />
          {l.location}
        </Text>
      ))}
      {total > listings.length ? (
        <Text>
          <Link href={searchUrl}>See all {total} new listings</Link>
        </Text>
      ) : (
        <Text>
          <Link href={searchUrl}>Open this search on Ladder</Link>
        </Text>
      )}
    </Layout>
  );
}

type RemovedProps = { title: string; reason: string; dashboardUrl: string };
function ListingRemoved({ title, reason, dashboardUrl }: RemovedProps) {
  return (
    <Layout preview={`Your listing “${title}” was removed`}>
      <Heading as="h1">Your listing was removed</Heading>
      <Text>A Ladder moderator removed your listing “{title}”.</Text>
      <Text>Reason: {reason}</Text>
      <Text>
        <Link href={dashboardUrl}>Open your listings</Link>
      </Text>
    </Layout>
  );
}

type ExpiringProps = { title: string; expiresOn: string; renewUrl: string };
function ListingExpiring({ title, expiresOn, renewUrl }: ExpiringProps) {
  return (
    <Layout preview={`“${title}” expires on ${expiresOn}`}>
      <Heading as="h1">Your listing expires soon</Heading>
      <Text>
        “{title}” leaves search on {expiresOn}. Renew it to keep it open.
      </Text>
      <Section>
        <Button href={renewUrl} style={button}>
          Renew the listing
        </Button>
      </Section>
    </Layout>
  );
}

// Applications on Ladder (lib/applications/mail.ts). The applicant's mails name the role and
// the company and link to their own tracker; the recruiters' summary holds what the
// applicant list shows them (name and headline), never contact details, CVs or answers.

type ApplicationProps = { title: string; company: string; jobUrl: string; trackerUrl: string };

type ReceivedProps = ApplicationProps & { appliedOn: string };
function ApplicationReceived({ title, company, jobUrl, trackerUrl, appliedOn }: ReceivedProps) {
  return (
    <Layout preview={`Your application to ${company} was sent`}>
      <Heading as="h1">Your application was sent</Heading>
      <Text>
        You applied to <Link href={jobUrl}>{title}</Link> at {company} on {appliedOn}. {company} sees your application
        now; we will mail you when they move you to interviews or decide not to go on.
      </Text>
      <Section>
        <Button href={trackerUrl} style={button}>
          Follow it in your tracker
        </Button>
      </Section>
    </Layout>
  );
}

function ApplicationInterviewing({ title, company, jobUrl, trackerUrl }: ApplicationProps) {
  return (
    <Layout preview={`${company} moved you to interviews`}>
      <Heading as="h1">You are moving to interviews</Heading>
      <Text>
        {company} moved your application for <Link href={jobUrl}>{title}</Link> to interviewing. They will contact you
        at the address you gave in your application.
      </Text>
      <Text>
        <Link href={trackerUrl}>Open your tracker</Link>
      </Text>
    </Layout>
  );
}

type RejectedProps = ApplicationProps & { message: string };
function ApplicationRejected({ title, company, jobUrl, trackerUrl, message }: RejectedProps) {
  return (
    <Layout preview={`An update on your application to ${company}`}>
      <Heading as="h1">An update on your application</Heading>
      <Text>{company} decided not to go on with your application.</Text>
      <Text>
        Role: <Link href={jobUrl}>{title}</Link>
      </Text>
      {message ? (
        <>
          <Text>Their message to you:</Text>
          <Text style={{ borderLeft: "3px solid #d1d5db", paddingLeft: "12px" }}>
            {message.split("\n").map((line, i) => (
              <Fragment key={i}>
                {i > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </Text>
        </>
      ) : null}
      <Text>
        <Link href={trackerUrl}>Open your tracker</Link>
      </Text>
    </Layout>
  );
}

export type SummaryListing = {
  title: string;
  applicantsUrl: string;
  applicants: { name: string; headline: string; appliedOn: string }[];
};
type SummaryProps = { company: string; listings: SummaryListing[]; total: number; dashboardUrl: string };
function ApplicantSummary({ company, listings, total, dashboardUrl }: SummaryProps) {
  return (
    <Layout preview={`${total} new applicant${total === 1 ? "" : "s"} at ${company}`}>
      <Heading as="h1">New applicants at {company}</Heading>
      <Text>{total === 1 ? "One person" : `${total} people`} applied on Ladder since the last summary.</Text>
      {listings.map((l) => (
        <Section key={l.applicantsUrl}>
          <Text style={{ fontWeight: 600, margin: "16px 0 4px" }}>
            {l.title}: {l.applicants.length} new applicant{l.applicants.length === 1 ? "" : "s"}
          </Text>
          {l.applicants.map((a, i) => (
            <Text key={i} style={{ margin: "4px 0" }}>
              {a.name || "An applicant"}
              {a.headline ? `, ${a.headline}` : ""} (applied {a.appliedOn})
            </Text>
          ))}
          <Text style={{ margin: "4px 0 12px" }}>
            <Link href={l.applicantsUrl}>See them on Ladder</Link>
          </Text>
        </Section>
      ))}
      <Text>
        <Link href={dashboardUrl}>Open your listings</Link>
      </Text>
    </Layout>
  );
}

type EmailChangedProps = { name: string | null; newEmail: string; signInUrl: string };
/** To the old address after the account's email was changed (lib/accounts/settings.ts). */
function EmailChanged({ name, newEmail, signInUrl }: EmailChangedProps) {
  return (
    <Layout preview="The email of your Ladder account was changed">
      <Heading as="h1">Your email address was changed</Heading>
      <Text>
        Hello{name ? ` ${name}` : ""}, the email of your Ladder account was changed to {newEmail}. Mail from Ladder now
        goes there, and you sign in with it.
      </Text>
      <Text>
        If you made this change, there is nothing to do. If you did not, someone knows your password: answer this mail
        right away so we can give the account back to you.
      </Text>
      <Text>
        <Link href={signInUrl}>Sign in to Ladder</Link>
      </Text>
    </Layout>
  );
}

type CandidateMessageProps = {
  name: string | null;
  companyName: string;
  subject: string;
  body: string;
  inboxUrl: string;
};
/** A recruiter's message from the candidate search. No recruiter address: the candidate answers on Ladder. */
function CandidateMessage({ name, companyName, subject, body, inboxUrl }: CandidateMessageProps) {
  return (
    <Layout preview={`${companyName}: ${subject}`}>
      <Heading as="h1">A recruiter at {companyName} wrote to you</Heading>
      <Text>
        Hello{name ? ` ${name}` : ""}, a recruiter at {companyName} found your profile in Ladder’s candidate search (you
        chose “Recruiters on Ladder” on your profile).
      </Text>
      <Text style={{ fontWeight: "bold" }}>{subject}</Text>
      <Text style={{ whiteSpace: "pre-wrap" }}>{body}</Text>
      <Section>
        <Button href={inboxUrl} style={button}>
          Read and reply on Ladder
        </Button>
      </Section>
      <Text>
        Or open this link: <Link href={inboxUrl}>{inboxUrl}</Link>
      </Text>
      <Text>
        They do not have your email address. If you reply, your reply and your address go to them. To stop such
        messages, set “Who can see your profile” to “Only me” on your profile.
      </Text>
    </Layout>
  );
}

type CandidateReplyProps = {
  candidateName: string;
  candidateEmail: string;
  subject: string;
  reply: string;
  sentUrl: string;
};
/** A candidate's reply, to the recruiter's confirmed address, with the candidate's address. */
function CandidateReply({ candidateName, candidateEmail, subject, reply, sentUrl }: CandidateReplyProps) {
  return (
    <Layout preview={`${candidateName} replied: ${subject}`}>
      <Heading as="h1">{candidateName} replied</Heading>
      <Text>To your message “{subject}”:</Text>
      <Text style={{ whiteSpace: "pre-wrap" }}>{reply}</Text>
      <Text>
        Write to them at <Link href={`mailto:${candidateEmail}`}>{candidateEmail}</Link>.
      </Text>
      <Text>
        Your sent messages: <Link href={sentUrl}>{sentUrl}</Link>
      </Text>
    </Layout>
  );
}

/** Template name → component, subject and the link the outbox log line shows. */
export const TEMPLATES = {
  password_reset: {
    component: PasswordReset,
    subject: () => "Reset your Ladder password",
    link: (p: ResetProps) => p.url,
  },
  verify_email: {
    component: VerifyEmail,
    subject: () => "Confirm your email address for Ladder",
    link: (p: VerifyProps) => p.url,
  },
  digest: {
    component: Digest,
    subject: (p: DigestProps) => `${p.total} new listing${p.total === 1 ? "" : "s"} for “${p.searchName}”`,
    link: (p: DigestProps) => p.listings[0]?.url ?? p.searchUrl,
  },
  listing_removed: {
    component: ListingRemoved,
    subject: (p: RemovedProps) => `Your listing “${p.title}” was removed`,
    link: (p: RemovedProps) => p.dashboardUrl,
  },
  email_changed: {
    component: EmailChanged,
    subject: () => "The email of your Ladder account was changed",
    link: (p: EmailChangedProps) => p.signInUrl,
  },
  listing_expiring: {
    component: ListingExpiring,
    subject: (p: ExpiringProps) => `Your listing “${p.title}” expires on ${p.expiresOn}`,
    link: (p: ExpiringProps) => p.renewUrl,
  },
  candidate_message: {
    component: CandidateMessage,
    subject: (p: CandidateMessageProps) => `${p.companyName} on Ladder: ${p.subject}`,
    link: (p: CandidateMessageProps) => p.inboxUrl,
  },
  candidate_reply: {
    component: CandidateReply,
    subject: (p: CandidateReplyProps) => `${p.candidateName} replied: ${p.subject}`,
    link: (p: CandidateReplyProps) => p.sentUrl,
  },
  application_received: {
    component: ApplicationReceived,
    subject: (p: ReceivedProps) => `Application sent: ${p.title} at ${p.company}`,
    link: (p: ReceivedProps) => p.trackerUrl,
  },
  application_interviewing: {
    component: ApplicationInterviewing,
    subject: (p: ApplicationProps) => `${p.company} moved you to interviews for ${p.title}`,
    link: (p: ApplicationProps) => p.trackerUrl,
  },
  application_rejected: {
    component: ApplicationRejected,
    subject: (p: RejectedProps) => `Your application for ${p.title} at ${p.company}`,
    link: (p: RejectedProps) => p.trackerUrl,
  },
  applicant_summary: {
    component: ApplicantSummary,
    subject: (p: SummaryProps) => `${p.total} new applicant${p.total === 1 ? "" : "s"} at ${p.company}`,
    link: (p: SummaryProps) => p.listings[0]?.applicantsUrl ?? p.dashboardUrl,
  },
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof TEMPLATES)[N]["component"]>[0];
