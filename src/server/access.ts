import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { IdSchema, type User, type UserRole } from '../core/api';
import type { AppContext } from './context';
import type { Db } from './db/database';
import { teamMembers, teams } from './db/schema';
import { fail, notFound } from './http/errors';

/**
 * Who may do what. Anonymous → 401; a role that never may → 403; the right role but not
 * yours (another manager's team, another trainee's attempt) → 404, exactly as if it did not
 * exist, so nothing about it leaks.
 */

export function signedIn(c: AppContext): User {
  return c.get('user') ?? fail(401, 'unauthenticated', 'Sign in first.');
}

export function withRole(c: AppContext, ...roles: UserRole[]): User {
  const user = signedIn(c);
  return roles.includes(user.role) ? user : fail(403, 'forbidden', `Only ${roles.join(' or ')} accounts can do this.`);
}

/** A path id that is not a UUID names nothing: 404, never a database error. */
export const pathId = (id: string | undefined, what: string): string => (id && v.is(IdSchema, id) ? id : notFound(what));

/** A team the user manages (admins manage every team). */
export async function managedTeam(db: Db, user: User, teamId: string) {
  const [team] = await db
    .select()
    .from(teams)
    .where(user.role === 'admin' ? eq(teams.id, teamId) : and(eq(teams.id, teamId), eq(teams.managerId, user.id)));
  return team ?? notFound('team');
}

/** Whether the user manages a team the other person belongs to (admins: anyone). */
export async function managesPerson(db: Db, user: User, personId: string): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'manager') return false;
  const [row] = await db
    .select({ teamId: teams.id })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(eq(teamMembers.userId, personId), eq(teams.managerId, user.id)))
    .limit(1);
  return !!row;
}
