import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js config that needs no database, shared by the proxy and the full
 * config in ./auth.ts. The proxy only redirects signed-out visitors early; every page,
 * action and route still checks the session itself.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  // Sliding: each use renews the cookie for 30 days. The absolute limit is in ./token.ts.
  // Sliding: each use renews the cookie for 30 days; the absolute limit is in ./token.ts.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      const isProtected =
        path.startsWith("/me") ||
        path.startsWith("/admin") ||
        (path.startsWith("/recruiter") && !path.startsWith("/recruiter/join/"));
      return isProtected ? Boolean(auth?.user) : true;
    },
  },
} satisfies NextAuthConfig;
