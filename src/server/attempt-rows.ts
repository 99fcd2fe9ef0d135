import type { Assignment, AttemptResult } from '../core/api';
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
