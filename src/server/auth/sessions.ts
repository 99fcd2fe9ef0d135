import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { User } from '../../core/api';
import { originOf, type AppDeps } from '../context';
import { batched } from '../db/batched';
import { sessions, users } from '../db/schema';
import { newToken, tokenHash } from './secrets';

/** Sessions live in the database (any instance can read them); the cookie holds the only copy of the token. */

export const SESSION_COOKIE = 'pitchless_session';
export const SESSION_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export const publicUser = (u: Pick<typeof users.$inferSelect, keyof User>): User => ({ id: u.id, name: u.name, email: u.email, role: u.role });
// What of a user a session shows (never the password's hash).
const publicColumns = { id: users.id, name: users.name, email: users.email, role: users.role };

export async function startSession(c: Context, deps: AppDeps, userId: string): Promise<void> {
  const token = newToken();
  const now = deps.now();
  await deps.db.delete(sessions).where(lt(sessions.expiresAt, now));
  await deps.db.insert(sessions).values({ tokenHash: tokenHash(token), userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY) });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: originOf(c, deps).startsWith('https:'),
    path: '/',
    maxAge: SESSION_DAYS * DAY / 1000,
  });
}

// One lookup for the sessions of all the requests that arrived together (db/batched.ts).
const lookups = new WeakMap<AppDeps, (hash: string) => Promise<User | null>>();

function lookupFor(deps: AppDeps): (hash: string) => Promise<User | null> {
  let lookup = lookups.get(deps);
  if (!lookup) {
    lookup = batched(async (hashes: readonly string[]) => {
      const rows = await deps.db
        .select({ tokenHash: sessions.tokenHash, user: publicColumns })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(inArray(sessions.tokenHash, [...new Set(hashes)]), gt(sessions.expiresAt, deps.now())));
      const signedIn = new Map(rows.map((row) => [row.tokenHash, publicUser(row.user)]));
      return hashes.map((hash) => signedIn.get(hash) ?? null);
    });
    lookups.set(deps, lookup);
  }
  return lookup;
}

/** The signed-in user, or null for no cookie, an unknown token or an expired session. */
export async function sessionUser(c: Context, deps: AppDeps): Promise<User | null> {
  const token = getCookie(c, SESSION_COOKIE);
  return token ? lookupFor(deps)(tokenHash(token)) : null;
}

export async function endSession(c: Context, deps: AppDeps): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deps.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
