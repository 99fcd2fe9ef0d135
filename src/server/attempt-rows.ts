import type { Assignment, AttemptResult, AttemptSubmission } from '../core/api';
import { gradesOf, type Rescored } from '../core/review';
import { assignments, attempts } from './db/schema';

/** Database rows as the API's answers (src/core/api.ts). */

export const attemptResult = (row: typeof attempts.$inferSelect): AttemptResult => ({
  id: row.id,
  userId: row.userId,
  storyId: row.storyId,
  version: row.version,
  seed: row.seed,
  path: row.path,
  mode: row.mode,
  assignmentId: row.assignmentId,
  replayedFrom: row.replayedFrom,
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt.toISOString(),
  receivedAt: row.receivedAt.toISOString(),
  score: row.score,
  passed: row.passed,
  outcome: row.outcome,
  grades: row.grades,
});

export const assignmentOf = (row: typeof assignments.$inferSelect, userIds: readonly string[]): Assignment => ({
  id: row.id,
  teamId: row.teamId,
  userIds: [...userIds],
  storyIds: row.storyIds,
  dueAt: row.dueAt.toISOString(),
  passMark: row.passMark,
  mode: row.mode,
  attemptsAllowed: row.attemptsAllowed,
  counting: row.counting,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
});

/** A due date without a time means the end of that day (UTC). */
export const dueDate = (text: string): Date => new Date(/T/.test(text) ? text : `${text}T23:59:59.999Z`);

/** The row a re-scored submission is stored as (POST /attempts, and `npm run seed` the same way). */
export function attemptValues(
  userId: string,
  sub: AttemptSubmission,
  rescored: Extract<Rescored, { ok: true }>,
  receivedAt: Date,
): typeof attempts.$inferInsert {
  const { score } = rescored;
  return {
    id: sub.id,
    userId,
    storyId: sub.storyId,
    version: sub.version,
    seed: sub.seed,
    path: [...sub.path],
    mode: sub.mode,
    assignmentId: sub.assignmentId,
    replayedFrom: sub.replayedFrom,
    startedAt: new Date(sub.startedAt),
    finishedAt: new Date(sub.finishedAt),
    receivedAt,
    score: score.overall,
    passed: score.passed,
    outcome: score.outcome,
    grades: gradesOf(score),
  };
}
