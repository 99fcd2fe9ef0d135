import { and, asc, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { AssignmentCreateSchema, type MyAssignment } from '../../core/api';
import { assignmentStatus, countingAttempt } from '../../core/assignments';
import { mayCount } from '../../core/team-review';
import { managedTeam, pathId, signedIn, withRole } from '../access';
import { assignmentOf, attemptResult, dueDate } from '../attempt-rows';
import type { AppDeps, AppEnv } from '../context';
import { assignees, assignments, attempts, teamMembers, teams, users } from '../db/schema';
import { assigneesOf, teamAssignments } from '../review-data';
import { body } from '../http/body';
import { fail, notFound } from '../http/errors';

/** Assignments: a manager sets scenarios for a team or chosen people; trainees see where they stand. */

export function assignmentRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get('/teams/:teamId/assignments', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const team = await managedTeam(db, user, pathId(c.req.param('teamId'), 'team'));
    return c.json({ assignments: await teamAssignments(db, team.id) });
  });

  app.post('/assignments', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const req = await body(c, AssignmentCreateSchema);
    const team = await managedTeam(db, user, req.teamId);
    const unknown = req.storyIds.filter((id) => !deps.stories.get(id));
    if (unknown.length) fail(422, 'unknown-story', `No scenario with the id ${unknown.map((id) => `"${id}"`).join(', ')}.`);
    const trainees = await db
      .select({ id: users.id })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(and(eq(teamMembers.teamId, team.id), eq(users.role, 'trainee')));
    const inTeam = new Set(trainees.map((t) => t.id));
    const chosen = [...new Set(req.userIds ?? inTeam)];
    const outsiders = chosen.filter((id) => !inTeam.has(id));
    if (outsiders.length) fail(422, 'not-in-team', `${outsiders.length === 1 ? 'One person chosen is' : `${outsiders.length} people chosen are`} not a trainee in this team.`);
    if (!chosen.length) fail(422, 'no-trainees', 'The team has no trainees yet: add some first.');
    const id = crypto.randomUUID();
    const row = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(assignments)
        .values({
          id,
          teamId: team.id,
          storyIds: [...new Set(req.storyIds)],
          dueAt: dueDate(req.dueAt),
          passMark: req.passMark,
          mode: req.mode,
          attemptsAllowed: req.attemptsAllowed,
          counting: req.counting,
          createdBy: user.id,
          createdAt: deps.now(),
        })
        .returning();
      await tx.insert(assignees).values(chosen.map((userId) => ({ assignmentId: id, userId })));
      return created;
    });
    if (!row) return fail(500, 'internal', 'The assignment could not be created.');
    return c.json({ assignment: assignmentOf(row, [...chosen].sort()) }, 201);
  });

  app.get('/assignments/:id', async (c) => {
    const user = signedIn(c);
    const id = pathId(c.req.param('id'), 'assignment');
    const [row] = await db.select({ assignment: assignments, managerId: teams.managerId }).from(assignments).innerJoin(teams, eq(teams.id, assignments.teamId)).where(eq(assignments.id, id));
    if (!row) return notFound('assignment');
    const people = (await assigneesOf(db, [id])).get(id) ?? [];
    const manages = user.role === 'admin' || (user.role === 'manager' && row.managerId === user.id);
    if (!manages && !people.includes(user.id)) return notFound('assignment');
    const own = manages ? eq(attempts.assignmentId, id) : and(eq(attempts.assignmentId, id), eq(attempts.userId, user.id));
    const stored = await db.select().from(attempts).where(own).orderBy(asc(attempts.receivedAt));
    // A trainee sees only themselves among the assignees.
    return c.json({ assignment: assignmentOf(row.assignment, manages ? people : [user.id]), attempts: stored.map(attemptResult) });
  });

  app.get('/me/assignments', async (c) => {
    const user = signedIn(c);
    const rows = await db
      .select({ assignment: assignments })
      .from(assignees)
      .innerJoin(assignments, eq(assignments.id, assignees.assignmentId))
      .where(eq(assignees.userId, user.id))
      .orderBy(asc(assignments.dueAt));
    const mine = rows.length
      ? await db.select().from(attempts).where(and(eq(attempts.userId, user.id), inArray(attempts.assignmentId, rows.map((r) => r.assignment.id))))
      : [];
    const now = deps.now();
    const items: MyAssignment[] = rows.flatMap(({ assignment }) =>
      assignment.storyIds.map((storyId) => {
        const tries = mine.filter((a) => a.assignmentId === assignment.id && a.storyId === storyId).map(attemptResult);
        // Every submission uses up an attempt; only runs in the assignment's mode, not replayed from a moment, can count.
        const counting = countingAttempt(tries.filter((a) => mayCount(a, assignment.mode)), assignment.counting);
        const dueAt = assignment.dueAt.toISOString();
        return {
          assignment: assignmentOf(assignment, [user.id]),
          storyId,
          status: assignmentStatus({ counting, attemptsUsed: tries.length, attemptsAllowed: assignment.attemptsAllowed, dueAt, now }),
          dueAt,
          attemptsUsed: tries.length,
          attemptsAllowed: assignment.attemptsAllowed,
          counting,
        };
      }),
    );
    return c.json({ items });
  });

  return app;
}
