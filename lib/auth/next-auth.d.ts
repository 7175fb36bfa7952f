// The session and token shapes, declared once for every caller of Auth.js (module
// augmentation: https://authjs.dev/getting-started/typescript).
import type { DefaultSession } from "next-auth";
import type { UserRole } from "@/db/enums";

declare module "next-auth" {
  /** What `authorize` and the adapter hand to the `jwt` callback at sign-in. */
  interface User {
    role?: UserRole;
    tokenVersion?: number;
  }
  interface Session {
    user: { id: string; role: UserRole } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  /** Ladder's claims in the session cookie (see lib/auth/token.ts). */
  interface JWT {
    /** The user id. */
    uid?: string;
    role?: UserRole;
    /** The user's token version when the session began; another value in the database ends it. */
    tv?: number;
    /** When the session began (sign-in), in seconds since the epoch: the absolute lifetime counts from it. */
    authAt?: number;
  }
}
