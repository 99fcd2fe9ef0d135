import { eq } from 'drizzle-orm';
import { createLink, setupUrl } from './auth/links';
import type { Db } from './db/database';
import { users } from './db/schema';

export async function adminExists(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  return !!row;
}

/**
 * Until the first admin exists, each start prints a one-use link to create it: a fresh token,
 * or the one given in PITCHLESS_SETUP_TOKEN (for scripted setups and end-to-end tests).
 */
export async function setupLinkIfNeeded(db: Db, origin: string, now: Date, token?: string): Promise<string | null> {
  if (await adminExists(db)) return null;
  return setupUrl(origin, await createLink(db, 'setup', null, now, token));
}
