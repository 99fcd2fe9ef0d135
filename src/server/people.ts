import { eq } from 'drizzle-orm';
import type { Member, UserRole } from '../core/api';
import { createLink, linkUrl } from './auth/links';
import type { Db } from './db/database';
import { teamMembers, users } from './db/schema';
import { fail } from './http/errors';

/** Creating accounts: each new person gets an invite link to set their password. */

export const memberOf = (u: typeof users.$inferSelect): Member => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  activated: u.passwordHash !== null,
});

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return !!row;
}

export const EMAIL_TAKEN = 'Someone with that email already has an account.';

/** Creates the account (and its team membership) with an invite; refuses an email in use. */
export async function invitePerson(
  db: Db,
  person: { name: string; email: string; role: UserRole; teamId?: string },
  origin: string,
  now: Date,
): Promise<{ member: Member; inviteUrl: string }> {
  const id = crypto.randomUUID();
  const token = await db.transaction(async (tx) => {
    // The unique index decides, so two requests adding one email at once cannot both succeed.
    const inserted = await tx.insert(users).values({ id, name: person.name, email: person.email, role: person.role }).onConflictDoNothing().returning();
    if (!inserted.length) fail(409, 'email-taken', EMAIL_TAKEN);
    if (person.teamId) await tx.insert(teamMembers).values({ teamId: person.teamId, userId: id });
    return createLink(tx, 'invite', id, now);
  });
  const [user] = await db.select().from(users).where(eq(users.id, id));
  if (!user) return fail(500, 'internal', 'The account could not be created.');
  return { member: memberOf(user), inviteUrl: linkUrl(origin, 'invite', token) };
}
