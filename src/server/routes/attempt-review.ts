import { and, asc, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { AttemptReviewQuerySchema, type AttemptReview } from '../../core/api';
import { DEFAULT_PASS_MARK } from '../../core/scoring';
import type { TranscriptEntry } from '../../core/transcript';
import { managesPerson, pathId, signedIn, withRole } from '../access';
import { attemptResult } from '../attempt-rows';
import { commentsQuery, commentOf } from '../comment-rows';
import type { AppDeps, AppEnv } from '../context';
import { assignments, attempts, comments, users } from '../db/schema';
import { query } from '../http/body';
import { fail, notFound } from '../http/errors';

/** One attempt as its trainee saw it, for them and their manager; a manager may delete one; a person's attempts for their manager. */
export function attemptReviewRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get('/attempts/:id/review', async (c) => {
    const user = signedIn(c);
    const id = pathId(c.req.param('id'), 'attempt');
    const [found] = await db
      .select({ attempt: attempts, trainee: { id: users.id, name: users.name }, passMark: assignments.passMark })
      .from(attempts)
      .innerJoin(users, eq(users.id, attempts.userId))
      .leftJoin(assignments, eq(assignments.id, attempts.assignmentId))
      .where(eq(attempts.id, id));
    if (!found) return notFound('attempt');
    const own = found.attempt.userId === user.id;
    const manages = await managesPerson(db, user, found.attempt.userId);
    if (!own && !manages) return notFound('attempt');
    const { locale } = query(c, AttemptReviewQuerySchema);

    const replayed = await deps.archive.replayRun(found.attempt, locale);
    // Played before versions were archived: the transcript stored with the run is what the trainee saw, in English.
    const header = replayed?.header ?? deps.stories.get(found.attempt.storyId)?.header;
    const entries = replayed?.entries ?? (found.attempt.transcript as TranscriptEntry[] | null);
    if (!header || !entries) return fail(409, 'story-gone', 'The version of the scenario this attempt was played on is no longer on this server, so it cannot be shown.');

    const pinned = await commentsQuery(db).where(eq(comments.attemptId, id)).orderBy(asc(comments.step), asc(comments.createdAt));
    // The trainee has now seen them; the answer still shows which were new to them.
    if (own) await db.update(comments).set({ readAt: deps.now() }).where(and(eq(comments.attemptId, id), isNull(comments.readAt)));
    const review: AttemptReview = {
      attempt: attemptResult(found.attempt),
      trainee: found.trainee,
      header,
      entries: [...entries],
      passMark: found.passMark ?? DEFAULT_PASS_MARK,
      comments: pinned.map(commentOf),
      canComment: manages,
    };
    return c.json(review);
  });

  app.delete('/attempts/:id', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const id = pathId(c.req.param('id'), 'attempt');
    const [row] = await db.select({ userId: attempts.userId }).from(attempts).where(eq(attempts.id, id));
    if (!row || !(await managesPerson(db, user, row.userId))) return notFound('attempt');
    // Its comments go with it (ON DELETE CASCADE); a certificate it earned stays, as issued.
    await db.delete(attempts).where(eq(attempts.id, id));
    return c.body(null, 204);
  });

  app.get('/people/:userId/attempts', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const [person] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, pathId(c.req.param('userId'), 'person')));
    if (!person || !(await managesPerson(db, user, person.id))) return notFound('person');
    const rows = await db.select().from(attempts).where(eq(attempts.userId, person.id)).orderBy(asc(attempts.receivedAt));
    return c.json({ person, attempts: rows.map(attemptResult) });
  });

  return app;
}
