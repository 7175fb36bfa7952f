import { hash, verify } from "@node-rs/argon2";
import commonPasswords from "fxa-common-password-list";

/** OWASP's argon2id settings: 19 MiB of memory, 2 iterations, parallelism 1. */
export const ARGON2_OPTIONS = {
  algorithm: 2, // Argon2id (the package's const enum cannot be imported under isolatedModules)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email, or an account
 * that only signs in with OAuth) it still verifies against a throwaway hash, so the answer
 * takes as long either way and timing does not reveal which emails have accounts.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword("not-a-real-password-but-the-same-cost");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** True for one of the 50,000 most common passwords (Mozilla's list, 8+ characters). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.test(password) || commonPasswords.test(password.toLowerCase());
}
