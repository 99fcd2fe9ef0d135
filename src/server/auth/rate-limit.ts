import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../db/database';
import { loginFailures } from '../db/schema';

/**
 * Failed sign-ins are counted in the database, per account and per address, so the limit holds
 * across restarts and across every instance behind a load balancer.
 */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

const keys = (email: string, address: string) => ({ account: `account:${email}`, address: `address:${address}` });

export async function loginBlocked(db: Db, email: string, address: string, now: Date): Promise<boolean> {
  const k = keys(email, address);
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const rows = await db
    .select({ key: loginFailures.key, n: count() })
    .from(loginFailures)
    .where(and(inArray(loginFailures.key, [k.account, k.address]), gt(loginFailures.at, since)))
    .groupBy(loginFailures.key);
  const n = (key: string): number => rows.find((r) => r.key === key)?.n ?? 0;
  return n(k.account) >= LOGIN_LIMITS.perAccount || n(k.address) >= LOGIN_LIMITS.perAddress;
}

export async function recordLoginFailure(db: Db, email: string, address: string, now: Date): Promise<void> {
  const k = keys(email, address);
  const expired = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  await db.delete(loginFailures).where(lt(loginFailures.at, expired));
  await db.insert(loginFailures).values([
    { key: k.account, at: now },
    { key: k.address, at: now },
  ]);
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.key, keys(email, '').account));
}
