import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database';
import { links } from '../db/schema';
import { newToken, tokenHash } from './secrets';

/** One-use links: the first admin's setup, a person's invite, a password reset. */
export type LinkKind = (typeof links.$inferSelect)['kind'];

const DAY = 24 * 60 * 60 * 1000;
export const LINK_DAYS: Readonly<Record<LinkKind, number>> = { setup: 7, invite: 14, reset: 3 };

/** A new link; `token` is for a setup token chosen in advance (automation), which renews its link. */
export async function createLink(db: Db, kind: LinkKind, userId: string | null, now: Date, token = newToken()): Promise<string> {
  const row = { tokenHash: tokenHash(token), kind, userId, createdAt: now, expiresAt: new Date(now.getTime() + LINK_DAYS[kind] * DAY), usedAt: null };
  await db.insert(links).values(row).onConflictDoUpdate({ target: links.tokenHash, set: { expiresAt: row.expiresAt, usedAt: null } });
  return token;
}

/** A link that is neither used nor expired. */
export async function liveLink(db: Db, token: string, kinds: readonly LinkKind[], now: Date) {
  const [row] = await db
    .select()
    .from(links)
    .where(and(eq(links.tokenHash, tokenHash(token)), inArray(links.kind, [...kinds]), isNull(links.usedAt), gt(links.expiresAt, now)));
  return row ?? null;
}

/** Spends every open link of the user (an invite and a reset both end when a password is set). */
export async function spendLinks(db: Db, userId: string, now: Date): Promise<void> {
  await db.update(links).set({ usedAt: now }).where(and(eq(links.userId, userId), isNull(links.usedAt)));
}

export const linkUrl = (origin: string, kind: 'invite' | 'reset', token: string): string => `${origin}/${kind}/${token}`;
export const setupUrl = (origin: string, token: string): string => `${origin}/setup?token=${token}`;
