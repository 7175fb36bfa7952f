import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/auth.config";

// Thin and database-free: redirects signed-out visitors away from /me, /admin and /recruiter
// early. Pages, actions and routes check the session themselves as well.
const { auth } = NextAuth(authConfig);

export default auth;

export const config = { matcher: ["/me/:path*", "/me", "/admin/:path*", "/admin", "/recruiter/:path*", "/recruiter"] };
