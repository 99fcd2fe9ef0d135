import { count, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { parse } from 'csv-parse/sync';
import * as v from 'valibot';
import { CsvImportSchema, MemberCreateSchema, TeamCreateSchema, UserCreateSchema, type Member, type Team } from '../../core/api';
import { managedTeam, managesPerson, pathId, withRole } from '../access';
import { createLink, linkUrl } from '../auth/links';
import { originOf, type AppDeps, type AppEnv } from '../context';
import type { Db } from '../db/database';
import { teamMembers, teams, users } from '../db/schema';
import { body } from '../http/body';
import { fail, notFound } from '../http/errors';
import { EMAIL_TAKEN, emailTaken, invitePerson, memberOf } from '../people';

/** Teams, their members (one at a time or from a CSV), admin-made accounts and reset links. */

export const MAX_CSV_ROWS = 500;

export async function teamsWithCounts(db: Db, rows: (typeof teams.$inferSelect)[]): Promise<Team[]> {
  if (!rows.length) return [];
  const counts = await db
    .select({ teamId: teamMembers.teamId, n: count() })
    .from(teamMembers)
    .where(inArray(teamMembers.teamId, rows.map((t) => t.id)))
    .groupBy(teamMembers.teamId);
  return rows.map((t) => ({ id: t.id, name: t.name, managerId: t.managerId, memberCount: counts.find((r) => r.teamId === t.id)?.n ?? 0 }));
}

export function peopleRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get('/teams', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const rows = await (user.role === 'admin' ? db.select().from(teams) : db.select().from(teams).where(eq(teams.managerId, user.id))).orderBy(teams.createdAt);
    return c.json({ teams: await teamsWithCounts(db, rows) });
  });

  app.post('/teams', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const { name } = await body(c, TeamCreateSchema);
    const [team] = await db.insert(teams).values({ id: crypto.randomUUID(), name, managerId: user.id }).returning();
    if (!team) return fail(500, 'internal', 'The team could not be created.');
    return c.json({ team: { id: team.id, name: team.name, managerId: team.managerId, memberCount: 0 } }, 201);
  });

  app.get('/teams/:teamId', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const team = await managedTeam(db, user, pathId(c.req.param('teamId'), 'team'));
    const members = await db
      .select({ user: users })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(eq(teamMembers.teamId, team.id))
      .orderBy(users.name);
    const [withCount] = await teamsWithCounts(db, [team]);
    return c.json({ team: withCount, members: members.map((m) => memberOf(m.user)) });
  });

  app.post('/teams/:teamId/members', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const team = await managedTeam(db, user, pathId(c.req.param('teamId'), 'team'));
    const person = await body(c, MemberCreateSchema);
    const added = await invitePerson(db, { ...person, role: 'trainee', teamId: team.id }, originOf(c, deps), deps.now());
    return c.json(added, 201);
  });

  app.post('/teams/:teamId/members/csv', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const team = await managedTeam(db, user, pathId(c.req.param('teamId'), 'team'));
    const { csv } = await body(c, CsvImportSchema);
    let rows: { info: { lines: number }; record: Record<string, string> }[];
    try {
      rows = parse(csv, {
        bom: true,
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        info: true,
      });
    } catch (error) {
      return fail(400, 'malformed', `The CSV could not be read: ${(error as Error).message}`);
    }
    const first = rows[0]?.record;
    if (!first || !('name' in first) || !('email' in first)) fail(400, 'malformed', 'The CSV needs a header line "name,email" and at least one person.');
    if (rows.length > MAX_CSV_ROWS) fail(400, 'malformed', `A CSV may add at most ${MAX_CSV_ROWS} people at once.`);
    const added: { member: Member; inviteUrl: string }[] = [];
    const rejected: { line: number; message: string }[] = [];
    const seen = new Set<string>();
    for (const { info, record } of rows) {
      const person = v.safeParse(MemberCreateSchema, { name: record.name ?? '', email: record.email ?? '' });
      if (!person.success) {
        rejected.push({ line: info.lines, message: person.issues[0].message });
      } else if (seen.has(person.output.email) || (await emailTaken(db, person.output.email))) {
        rejected.push({ line: info.lines, message: seen.has(person.output.email) ? 'This email is already on an earlier line.' : EMAIL_TAKEN });
      } else {
        seen.add(person.output.email);
        added.push(await invitePerson(db, { ...person.output, role: 'trainee', teamId: team.id }, originOf(c, deps), deps.now()));
      }
    }
    return c.json({ added, rejected }, added.length ? 201 : 200);
  });

  app.post('/users', async (c) => {
    withRole(c, 'admin');
    const person = await body(c, UserCreateSchema);
    const { member, inviteUrl } = await invitePerson(db, person, originOf(c, deps), deps.now());
    return c.json({ user: { id: member.id, name: member.name, email: member.email, role: member.role }, inviteUrl }, 201);
  });

  app.post('/users/:userId/reset-link', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const personId = pathId(c.req.param('userId'), 'person');
    const [person] = await db.select().from(users).where(eq(users.id, personId));
    if (!person || !(await managesPerson(db, user, person.id))) return notFound('person');
    const token = await createLink(db, 'reset', person.id, deps.now());
    return c.json({ resetUrl: linkUrl(originOf(c, deps), 'reset', token) });
  });

  return app;
}
