import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { savedSearches } from "@/db/schema";
import { env } from "@/env";
import { absoluteUrl } from "@/lib/public-origin";

/*
 * One-click unsubscribe from a saved search's alerts, without signing in: the link carries
 * the search id and an HMAC-SHA256 of it under a key derived from AUTH_SECRET (HKDF, so the
 * session key itself never signs anything else). It does not expire: an old mail's link
 * must still work. Rotating AUTH_SECRET voids old links (and sessions).
 */

function key(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is needed to sign unsubscribe links");
  return Buffer.from(crypto.hkdfSync("sha256", secret, "ladder", "alert-unsubscribe", 32));
}

const sign = (id: number) => crypto.createHmac("sha256", key()).update(`saved-search:${id}`).digest("base64url");

/** The token for saved search `id`: "<id>.<signature>". */
export function unsubscribeToken(id: number): string {
  return `${id}.${sign(id)}`;
}

/** The page a person opens from the mail (a button there unsubscribes). */
export const unsubscribePageUrl = (id: number) => absoluteUrl(`/alerts/unsubscribe/${unsubscribeToken(id)}`);
/** The RFC 8058 one-click endpoint (List-Unsubscribe with List-Unsubscribe-Post). */
export const unsubscribePostUrl = (id: number) => absoluteUrl(`/api/alerts/unsubscribe/${unsubscribeToken(id)}`);

/** The saved search id a token is for, or null for a malformed or tampered one. */
export function readUnsubscribeToken(token: string): number | null {
  const m = /^(\d{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const id = Number(m[1]);
  if (!Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  const expected = Buffer.from(sign(id));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? id : null;
}

/**
 * Turns the alerts of the search a token names off. Answers the search's name, or null for
 * a bad token or a search deleted since (nothing changes then). Idempotent.
 */
export async function unsubscribe(database: Database, token: string): Promise<{ name: string } | null> {
  const id = readUnsubscribeToken(token);
  if (id === null) return null;
  const [row] = await database
    .update(savedSearches)
    .set({ alertFrequency: "off" })
    .where(eq(savedSearches.id, id))
    .returning({ name: savedSearches.name });
  return row ?? null;
}
