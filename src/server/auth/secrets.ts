import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, type Options } from '@node-rs/argon2';

/** Random bearer secrets (sessions, links): only their SHA-256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
/** Ours are 43 characters; a setup token given in PITCHLESS_SETUP_TOKEN may be longer. */
export const isTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{32,128}$/.test(token);

// OWASP's Argon2id recommendation: 19 MiB of memory, 2 iterations, 1 degree of parallelism.
// (2 is Algorithm.Argon2id: a const enum the compiler cannot inline across modules here.)
const ARGON2: Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

// Verifying against this when the account does not exist takes as long as a real check,
// so response times do not tell which emails have accounts.
let dummy: Promise<string> | null = null;

export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored) return verify(stored, password);
  dummy ??= hashPassword('not-a-real-password');
  await verify(await dummy, password);
  return false;
}
