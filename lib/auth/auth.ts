import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { cache } from "react";
import { db, getDatabaseHandle } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { authenticate, getTokenVersion } from "@/lib/accounts/service";
import { signInSchema } from "@/lib/accounts/validation";
import { authConfig } from "./auth.config";

/** Too many failed attempts: Auth.js passes `code` through to the sign-in action. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export function clientIp(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "local";
}

/** OAuth providers appear only when their credentials are configured. */
function oauthProviders() {
  const list = [];
  if (process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET) list.push(GitHub);
  if (process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET) list.push(Google);
  return list;
}

/** The OAuth providers configured here, for the sign-in page's buttons. */
export const oauthProviderIds = (): ("github" | "google")[] =>
  oauthProviders().map((p) => (p === GitHub ? "github" : "google"));

// Lazy: the config (and the database) is built on the first request, never at build time.
const nextAuth = NextAuth(async (): Promise<NextAuthConfig> => ({
  ...authConfig,
  // Used by OAuth sign-ins (accounts and users); credentials sessions are JWTs.
  // The adapter checks the instance's class, so it gets the real client, not the lazy proxy.
  adapter: DrizzleAdapter(
    getDatabaseHandle().db as unknown as Parameters<typeof DrizzleAdapter>[0],
    {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as never,
  ),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await authenticate(db, { ...parsed.data, ip: clientIp(request) });
        if (!result.ok && result.reason === "rate_limited") throw new RateLimitedSignIn();
        if (!result.ok) return null;
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          role: result.user.role,
          tokenVersion: result.user.tokenVersion,
        };
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role ?? "seeker";
        token.tv = (user as { tokenVersion?: number }).tokenVersion ?? (await getTokenVersion(db, user.id!)) ?? 0;
        return token;
      }
      // Every request: a session whose version no longer matches was signed out elsewhere.
      if (typeof token.uid !== "string") return null;
      const current = await getTokenVersion(db, token.uid);
      return current !== null && current === token.tv ? token : null;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") {
        session.user.id = token.uid;
        (session.user as { role?: string }).role = token.role as string;
      }
      return session;
    },
  },
}));

export const { handlers, signIn, signOut } = nextAuth;

/** The session of this request (one lookup per request, however many callers). */
export const auth = cache(() => nextAuth.auth());
