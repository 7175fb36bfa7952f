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
import type { ReactNode } from "react";

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
          <Link href={unsubscribeUrl}>Unsubscribe from this alert</Link>.
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
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateProps<N extends TemplateName> = Parameters<(typeof TEMPLATES)[N]["component"]>[0];
