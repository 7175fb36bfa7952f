import { unconfirmedEmail } from "@/lib/accounts/tokens";
import { ResendVerificationForm } from "./resend-verification-form";

/**
 * Shown to a signed-in user whose address is not confirmed yet: why it matters here
 * (`reason`) and a rate-limited "Send the link again". Renders nothing once confirmed.
 */
export async function VerifyEmailBanner({ userId, reason }: { userId: string; reason: string }) {
  const email = await unconfirmedEmail(userId);
  if (!email) return null;
  return (
    <section
      aria-label="Confirm your email address"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p>
        <strong>Confirm your email address.</strong> We mailed a link to {email}. {reason}
      </p>
      <ResendVerificationForm />
    </section>
  );
}
