import { and, asc, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { AttemptSubmissionSchema, type AttemptSubmission, type User } from '../../core/api';
import { attemptsLeft } from '../../core/assignments';
import { rescoreRun } from '../../core/review';
import { DEFAULT_PASS_MARK } from '../../core/scoring';
import { managesPerson, pathId, signedIn } from '../access';
import { attemptResult, attemptValues, insertAttempts, type AttemptRow, type NewAttempt } from '../attempt-rows';
import { issueCertificateIfEarned } from '../certificates';
import type { AppDeps, AppEnv } from '../context';
import type { Db } from '../db/database';
import { assignees, assignments, attempts } from '../db/schema';
import { batched } from '../db/batched';
import { body } from '../http/body';
import { fail, HttpError, notFound } from '../http/errors';
import { forwardedStatements, queueStatements } from '../lrs/statements';

/**
 * Attempts: the browser sends the run's facts; the server replays the path through src/core and
 * stores its own verdict. A score in the request is never read (the schema drops unknown keys).
 */

/** The same id again answers with what was stored; another person's id is refused. */
async function alreadyStored(db: Db, user: User, id: string) {
  const [row] = await db.select().from(attempts).where(eq(attempts.id, id));
  if (row && row.userId !== user.id) fail(409, 'id-taken', 'This attempt id is already used. Send the attempt again with a new id.');
  return row ?? null;
}

async function assignmentFor(db: Db, user: User, sub: AttemptSubmission) {
  if (!sub.assignmentId) return null;
  const [row] = await db
    .select({ assignment: assignments })
    .from(assignees)
    .innerJoin(assignments, eq(assignments.id, assignees.assignmentId))
    .where(and(eq(assignees.assignmentId, sub.assignmentId), eq(assignees.userId, user.id)));
  if (!row) return fail(403, 'not-your-assignment', 'This assignment is not yours: the attempt was not stored.');
  const { assignment } = row;
  if (!assignment.storyIds.includes(sub.storyId)) fail(403, 'not-your-assignment', 'That scenario is not part of this assignment.');
  if (assignment.mode !== sub.mode) fail(422, 'wrong-mode', `This assignment is played in ${assignment.mode} mode, not ${sub.mode}.`);
  return assignment;
}

export function attemptRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  // Attempts that need nothing but their own row, submitted together, go in one insert (db/batched.ts).
  const insertAlone = batched((rows: readonly NewAttempt[]) => insertAttempts(db, rows));

  /** Scores a submission and stores it: the row, or null when its id was already stored. */
  const scoreAndStore = async (user: User, sub: AttemptSubmission) => {
    const story = deps.stories.get(sub.storyId);
    if (!story) return fail(404, 'unknown-story', `There is no scenario "${sub.storyId}".`);
    if (story.version !== sub.version) {
      fail(409, 'stale-version', `This attempt was played on version ${sub.version} of “${story.header.title}”, which is now version ${story.version}; its choices may not mean the same any more, so it cannot be scored. Play it again.`);
    }
    const assignment = await assignmentFor(db, user, sub);
    const rescored = rescoreRun(story.compiled, sub, assignment?.passMark ?? DEFAULT_PASS_MARK);
    if (!rescored.ok) return fail(422, 'illegal-path', rescored.message);
    // The version scored against is kept, so this attempt can be replayed after the story changes.
    await deps.archive.keep(story.id);
    const values = attemptValues(user.id, { ...sub, assignmentId: assignment?.id ?? null }, rescored, deps.now());
    const statements = deps.lrs ? forwardedStatements(deps.lrs.homePage, user, values, story.header, rescored.snapshot.entries, rescored.score) : [];

    const store = async (tx: Db) => {
      if (assignment) {
        // Holding the assignee's row serialises one trainee's submissions, so the limit holds under races.
        await tx.select().from(assignees).where(and(eq(assignees.assignmentId, assignment.id), eq(assignees.userId, user.id))).for('update');
        const [used] = await tx
          .select({ n: count() })
          .from(attempts)
          .where(and(eq(attempts.assignmentId, assignment.id), eq(attempts.userId, user.id), eq(attempts.storyId, sub.storyId)));
        if (!attemptsLeft(used?.n ?? 0, assignment.attemptsAllowed)) {
          fail(409, 'attempts-exhausted', `You have used all ${assignment.attemptsAllowed} attempts this assignment allows for “${story.header.title}”.`);
        }
      }
      const [inserted] = await tx.insert(attempts).values(values).onConflictDoNothing().returning();
      if (inserted && assignment) await issueCertificateIfEarned(tx, deps.stories, assignment, user.id, deps.now());
      // In the attempt's transaction: a stored attempt always has its statements queued.
      if (inserted) await queueStatements(tx, inserted.id, statements, deps.now());
      return inserted ?? null;
    };
    // A self-paced run with no statements to queue is one row, atomic on its own: it goes without a transaction's two round trips.
    return assignment || statements.length ? await db.transaction(store) : await insertAlone(values);
  };

  app.post('/attempts', async (c) => {
    const user = signedIn(c);
    const sub = await body(c, AttemptSubmissionSchema);
    // Nearly every submission is new, so it is scored and stored first. An id stored before (a
    // resend after a dropped answer) answers with what was stored, even where the attempt would
    // now be refused (a story changed since, an assignment's attempts used up).
    let row: AttemptRow | null;
    try {
      row = await scoreAndStore(user, sub);
    } catch (error) {
      const stored = error instanceof HttpError ? await alreadyStored(db, user, sub.id) : null;
      if (stored) return c.json({ attempt: attemptResult(stored) }, 200);
      throw error;
    }
    if (row) return c.json({ attempt: attemptResult(row) }, 201);
    const again = await alreadyStored(db, user, sub.id);
    return again ? c.json({ attempt: attemptResult(again) }, 200) : fail(500, 'internal', 'The attempt could not be stored.');
  });

  app.get('/attempts/:id', async (c) => {
    const user = signedIn(c);
    const [row] = await db.select().from(attempts).where(eq(attempts.id, pathId(c.req.param('id'), 'attempt')));
    if (!row || (row.userId !== user.id && !(await managesPerson(db, user, row.userId)))) return notFound('attempt');
    return c.json({ attempt: attemptResult(row) });
  });

  app.get('/me/attempts', async (c) => {
    const user = signedIn(c);
    const rows = await db.select().from(attempts).where(eq(attempts.userId, user.id)).orderBy(asc(attempts.receivedAt));
    return c.json({ attempts: rows.map(attemptResult) });
  });

  return app;
}
