import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { CommentCreateSchema, CommentEditSchema } from '../../core/api';
import { managesPerson, pathId, signedIn, withRole } from '../access';
import { commentOf, commentsQuery } from '../comment-rows';
import type { AppContext, AppDeps, AppEnv } from '../context';
import { attempts, comments, users } from '../db/schema';
import { body } from '../http/body';
import { fail, notFound } from '../http/errors';

/** Comments a manager pins to one decision of an attempt; plain text, changed only by their author. */
export function commentRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  const authored = async (c: AppContext) => {
    const user = signedIn(c);
    const [found] = await commentsQuery(db).where(eq(comments.id, pathId(c.req.param('id'), 'comment')));
    return found && found.comment.authorId === user.id ? found : notFound('comment');
  };

  app.post('/attempts/:id/comments', async (c) => {
    const user = withRole(c, 'manager', 'admin');
    const [attempt] = await db.select({ id: attempts.id, userId: attempts.userId, path: attempts.path }).from(attempts).where(eq(attempts.id, pathId(c.req.param('id'), 'attempt')));
    if (!attempt || !(await managesPerson(db, user, attempt.userId))) return notFound('attempt');
    const req = await body(c, CommentCreateSchema, 422);
    if (req.step >= attempt.path.length) fail(422, 'no-such-decision', `This attempt has ${attempt.path.length} decisions: pin the comment to one of steps 0–${attempt.path.length - 1}.`);
    const now = deps.now();
    const id = crypto.randomUUID();
    await db.insert(comments).values({ id, attemptId: attempt.id, step: req.step, authorId: user.id, body: req.body, createdAt: now, updatedAt: now });
    const [made] = await commentsQuery(db).where(eq(comments.id, id));
    return made ? c.json({ comment: commentOf(made) }, 201) : fail(500, 'internal', 'The comment could not be stored.');
  });

  app.patch('/comments/:id', async (c) => {
    const found = await authored(c);
    const { body: text } = await body(c, CommentEditSchema, 422);
    const [comment] = await db.update(comments).set({ body: text, updatedAt: deps.now() }).where(eq(comments.id, found.comment.id)).returning();
    return comment ? c.json({ comment: commentOf({ comment, author: found.author }) }) : notFound('comment');
  });

  app.delete('/comments/:id', async (c) => {
    const found = await authored(c);
    await db.delete(comments).where(eq(comments.id, found.comment.id));
    return c.body(null, 204);
  });

  app.get('/me/comments', async (c) => {
    const user = signedIn(c);
    const rows = await db
      .select({ comment: comments, author: { id: users.id, name: users.name }, storyId: attempts.storyId })
      .from(comments)
      .innerJoin(attempts, eq(attempts.id, comments.attemptId))
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(eq(attempts.userId, user.id))
      .orderBy(desc(comments.createdAt));
    return c.json({ comments: rows.map((r) => ({ ...commentOf(r), storyId: r.storyId })), unread: rows.filter((r) => !r.comment.readAt).length });
  });

  return app;
}
