import type { User } from '../../core/api';
import type { Score } from '../../core/scoring';
import type { StoryHeader } from '../../core/tags';
import type { TranscriptEntry } from '../../core/transcript';
import { attemptStatements, type XapiAgent, type XapiStatement } from '../../core/xapi';
import type { Db } from '../db/database';
import { lrsOutbox } from '../db/schema';

/**
 * The statements the server forwards for an attempt it stored: core's, for the replay it scored,
 * with the trainee as an account on the server's address (the email address never leaves).
 * The replay is of the English story, so the options are in English.
 */

export const traineeActor = (homePage: string, user: Pick<User, 'id' | 'name'>): XapiAgent => ({
  objectType: 'Agent',
  name: user.name,
  account: { homePage, name: user.id },
});

export interface StoredRun {
  readonly id: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
}

export function forwardedStatements(
  homePage: string,
  user: Pick<User, 'id' | 'name'>,
  run: StoredRun,
  header: StoryHeader,
  entries: readonly TranscriptEntry[],
  score: Score,
): XapiStatement[] {
  const context = {
    attemptId: run.id,
    actor: traineeActor(homePage, user),
    header,
    language: 'en',
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
  };
  return attemptStatements(context, entries, score);
}

/** Queues an attempt's statements in the caller's transaction (the attempt's own), in sending order. */
export async function queueStatements(tx: Db, attemptId: string, statements: readonly XapiStatement[], now: Date): Promise<void> {
  if (!statements.length) return;
  await tx
    .insert(lrsOutbox)
    .values(statements.map((statement) => ({ statementId: statement.id, attemptId, statement, dueAt: now, createdAt: now })))
    .onConflictDoNothing();
}
