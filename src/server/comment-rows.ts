import { eq } from 'drizzle-orm';
import type { Comment } from '../core/api';
import type { Db } from './db/database';
import { comments, users } from './db/schema';

/** Comments with their author, as the API answers them. */
export const commentsQuery = (db: Db) =>
  db.select({ comment: comments, author: { id: users.id, name: users.name } }).from(comments).innerJoin(users, eq(users.id, comments.authorId));

export const commentOf = ({ comment, author }: { comment: typeof comments.$inferSelect; author: { id: string; name: string } }): Comment => ({
  id: comment.id,
  attemptId: comment.attemptId,
  step: comment.step,
  body: comment.body,
  author,
  createdAt: comment.createdAt.toISOString(),
  updatedAt: comment.updatedAt.toISOString(),
  readAt: comment.readAt?.toISOString() ?? null,
});
