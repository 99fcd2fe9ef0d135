import { and, desc, eq, inArray } from 'drizzle-orm';
import * as v from 'valibot';
import type { TrapMap, TrapMapQuerySchema } from '../core/api';
import { mayCount, trapMap, type TrapRun } from '../core/team-review';
import { decisionsOf, type TranscriptEntry } from '../core/transcript';
import type { AppDeps } from './context';
import type { Db } from './db/database';
import { attempts, storyVersions } from './db/schema';
import { notFound } from './http/errors';
import { inTeamScope, teamAssignments, teamTraineesQuery } from './review-data';

/**
 * The trap map of one scenario version for a team: every run that may count, replayed through
 * src/core on the version it was played on (cached), handed to core's trapMap.
 */

type TrapMapQuery = v.InferOutput<typeof TrapMapQuerySchema>;

export const storyVersionsQuery = (db: Db, traineeIds: readonly string[], assignmentIds: readonly string[], storyId: string) =>
  db
    .selectDistinct({ version: attempts.version })
    .from(attempts)
    .where(and(inTeamScope(traineeIds, assignmentIds), eq(attempts.storyId, storyId)))
    .orderBy(desc(attempts.version));

export const trapRunsQuery = (db: Db, traineeIds: readonly string[], assignmentIds: readonly string[], storyId: string, version: number) =>
  db
    .select({
      id: attempts.id,
      userId: attempts.userId,
      storyId: attempts.storyId,
      version: attempts.version,
      seed: attempts.seed,
      path: attempts.path,
      mode: attempts.mode,
      replayedFrom: attempts.replayedFrom,
      assignmentId: attempts.assignmentId,
    })
    .from(attempts)
    .where(and(inTeamScope(traineeIds, assignmentIds), eq(attempts.storyId, storyId), eq(attempts.version, version)));

async function storyKnown(deps: AppDeps, storyId: string): Promise<boolean> {
  if (deps.stories.get(storyId)) return true;
  const [kept] = await deps.db.select({ version: storyVersions.version }).from(storyVersions).where(eq(storyVersions.storyId, storyId)).limit(1);
  return !!kept;
}

export async function teamTrapMap(deps: AppDeps, teamId: string, q: TrapMapQuery): Promise<TrapMap> {
  const { db } = deps;
  if (!(await storyKnown(deps, q.story))) notFound('scenario');
  const [trainees, assigned] = await Promise.all([teamTraineesQuery(db, teamId), teamAssignments(db, teamId)]);
  const modes = new Map(assigned.map((a) => [a.id, a.mode]));
  if (q.assignment && !modes.has(q.assignment)) notFound('assignment');
  const traineeIds = trainees.map((t) => t.id);
  const scope = q.assignment ? [q.assignment] : [...modes.keys()];
  const versions = traineeIds.length ? (await storyVersionsQuery(db, traineeIds, [...modes.keys()], q.story)).map((r) => r.version) : [];
  const version = q.version ?? versions[0] ?? deps.stories.get(q.story)?.version ?? 0;
  const rows = traineeIds.length ? await trapRunsQuery(db, traineeIds, scope, q.story, version) : [];
  const counted = rows.filter((r) => (!q.assignment || r.assignmentId === q.assignment) && mayCount(r, r.assignmentId ? (modes.get(r.assignmentId) ?? null) : null));

  const replayed = await Promise.all(counted.map((r) => deps.archive.replayRun(r, q.locale)));
  // A version kept by no archive (played before archiving began) falls back to the transcript stored with the run.
  const missing = counted.filter((_, i) => !replayed[i]).map((r) => r.id);
  const stored = new Map<string, readonly TranscriptEntry[]>();
  if (missing.length) {
    for (const row of await db.select({ id: attempts.id, transcript: attempts.transcript }).from(attempts).where(inArray(attempts.id, missing))) {
      if (row.transcript) stored.set(row.id, row.transcript as TranscriptEntry[]);
    }
  }
  const names = new Map(trainees.map((t) => [t.id, t.name]));
  // A run neither archive nor row can replay any more has no decisions to show: it is left out, not counted as none.
  const runs: TrapRun[] = counted.flatMap((r, i) => {
    const entries = replayed[i]?.entries ?? stored.get(r.id);
    return entries ? [{ attemptId: r.id, trainee: { id: r.userId, name: names.get(r.userId) ?? '' }, decisions: decisionsOf(entries) }] : [];
  });
  return trapMap(q.story, version, versions, runs);
}
