import type { Assignment, AttemptResult, AttemptSubmission } from '../core/api';
import { gradesOf, type Rescored } from '../core/review';
import type { Db } from './db/database';
import { assignments, attempts } from './db/schema';

/** Database rows as the API's answers (src/core/api.ts), and attempts' rows stored. */

export type AttemptRow = typeof attempts.$inferSelect;
/** An attempt's values as this server writes them: the time it was received always set. */
export type NewAttempt = typeof attempts.$inferInsert & Pick<AttemptRow, 'receivedAt'>;

export const attemptResult = (row: AttemptRow): AttemptResult => ({
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
): NewAttempt {
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

const asStored = (row: NewAttempt): AttemptRow => ({
  ...row,
  assignmentId: row.assignmentId ?? null,
  replayedFrom: row.replayedFrom ?? null,
  outcome: row.outcome ?? null,
  transcript: row.transcript ?? null,
});

const insertOne = async (db: Db, row: NewAttempt): Promise<AttemptRow | null> => (await db.insert(attempts).values(row).onConflictDoNothing().returning())[0] ?? null;

/**
 * Stores attempts in one insert. Each answer is the stored row; null where the id was taken
 * already, or earlier in the same call (as two inserts one after the other would find); or an
 * Error for a row the database refused, which then goes alone so it takes no other with it.
 */
export async function insertAttempts(db: Db, rows: readonly NewAttempt[]): Promise<(AttemptRow | null | Error)[]> {
  const firsts = new Map<string, NewAttempt>();
  for (const row of rows) if (!firsts.has(row.id)) firsts.set(row.id, row);
  try {
    // Only the ids come back: a stored row holds what was written, and reading it all back is most of an insert's answer.
    const stored = new Set((await db.insert(attempts).values([...firsts.values()]).onConflictDoNothing().returning({ id: attempts.id })).map((row) => row.id));
    return rows.map((row) => (firsts.get(row.id) === row && stored.has(row.id) ? asStored(row) : null));
  } catch {
    const alone: (AttemptRow | null | Error)[] = [];
    // One after the other: a later row with the same id finds the first stored.
    for (const row of rows) alone.push(await insertOne(db, row).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
    return alone;
  }
}
