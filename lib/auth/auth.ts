import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { cache } from "react";
import { db, getDatabaseHandle } from "@/db";
import { env } from "@/env";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { authenticate, getTokenVersion, revokeSessionsFromToken } from "@/lib/accounts/service";
import { signInSchema } from "@/lib/accounts/validation";
import { addressKey, currentClientAddress } from "@/lib/http/client-address";
import { authConfig } from "./auth.config";
import { authLogger } from "./logger";
import { safeReturnPath } from "./return-path";
import { checkSessionToken, newSessionClaims } from "./token";

/** Too many failed attempts: Auth.js passes `code` through to the sign-in action and the error URL. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The limit key of this request's client (socket address, or per TRUSTED_PROXIES). */
export const clientAddressKey = () => addressKey(currentClientAddress().address);

/** OAuth providers appear only when their credentials are configured. */
function oauthProviders() {
  const list = [];
  // env() refuses a provider with only one of its two variables.
  if (env().AUTH_GITHUB_ID) list.push(GitHub);
  if (env().AUTH_GOOGLE_ID) list.push(Google);
  return list;
}

/** The OAuth providers configured here, for the sign-in page's buttons. */
export const oauthProviderIds = (): ("github" | "google")[] =>
  oauthProviders().map((p) => (p === GitHub ? "github" : "google"));

// Lazy: the config (and the database) is built on the first request, never at build time.
const nextAuth = NextAuth(async (): Promise<NextAuthConfig> => ({
  ...authConfig,
  logger: authLogger,
  // Used by OAuth sign-ins (accounts and users); credentials sessions are JWTs.
  // The adapter checks the instance's class, so it gets the real client, not the lazy proxy.
  adapter: DrizzleAdapter(getDatabaseHandle().db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(db, { ...parsed.data, ip: clientAddressKey() });
        if (!result.ok && result.reason === "rate_limited") throw new RateLimitedSignIn(result.retryAfterSeconds ?? 60);
        if (!result.ok) return null;
        return {
          id: result.value.id,
          email: result.value.email,
          name: result.value.name,
          role: result.value.role,
          tokenVersion: result.value.tokenVersion,
        };
      },
    }),
    ...oauthProviders(),
  ],
  events: {
    // Every sign-out (the app's button, and Auth.js's own POST /api/auth/signout) ends every
    // session of the user, so a copied cookie stops working too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.uid && typeof token.tv === "number") await revokeSessionsFromToken(db, token.uid, token.tv);
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    // Every return address Auth.js follows (callbackUrl, OAuth) stays on this site.
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeReturnPath(url, "/")}`;
    },
    async jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user?.id) {
        const tokenVersion = user.tokenVersion ?? (await getTokenVersion(db, user.id)) ?? 0;
        return newSessionClaims(token, { id: user.id, role: user.role ?? "seeker", tokenVersion }, now);
      }
      // Every request: past its absolute lifetime, or signed out elsewhere, the session ends.
      return checkSessionToken(db, token, now);
    },
    session({ session, token }) {
      if (token.uid) {
        session.user.id = token.uid;
        session.user.role = token.role ?? "seeker";
      }
      return session;
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/** The session of this request (one lookup per request, however many callers). */
export const auth = cache(() => nextAuth.auth());
