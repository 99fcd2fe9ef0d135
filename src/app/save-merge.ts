import type { ActiveRun, KeptAttempt, SavedState } from './saved-state';

/**
 * Two tabs (or a backup, or an imported file) share one save: they merge, never overwrite.
 * Attempts are a union by id; unfinished runs are kept one per scenario and assignment, the
 * writer's own run replacing an older one of the same scenario; settings are the writer's.
 */

const runKey = (run: Pick<ActiveRun, 'storyId' | 'assignmentId'>): string => `${run.storyId}\n${run.assignmentId ?? ''}`;

/** Every attempt of both lists once, in the order they finished. */
export function unionAttempts(a: readonly KeptAttempt[], b: readonly KeptAttempt[]): KeptAttempt[] {
  const byId = new Map<string, KeptAttempt>();
  for (const attempt of [...a, ...b]) if (!byId.has(attempt.id)) byId.set(attempt.id, attempt);
  return [...byId.values()].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt));
}

/**
 * Unfinished runs: the stored ones and mine (the writer's list, then its active run, which wins for
 * its scenario and, once finished, takes that scenario's run out).
 */
function mergeRuns(theirs: readonly ActiveRun[], mine: SavedState): ActiveRun[] {
  const byKey = new Map<string, ActiveRun>();
  for (const run of [...theirs, ...mine.runs]) if (!run.recorded) byKey.set(runKey(run), run);
  if (mine.active) {
    if (mine.active.recorded) byKey.delete(runKey(mine.active));
    else byKey.set(runKey(mine.active), mine.active);
  }
  return [...byKey.values()];
}

/** What `mine` writes over `stored`: nothing either side holds is lost. */
export function mergeSaves(stored: SavedState | null, mine: SavedState): SavedState {
  if (!stored) return { ...mine, runs: mergeRuns([], mine) };
  return {
    ...mine,
    runs: mergeRuns(stored.runs, mine),
    attempts: unionAttempts(stored.attempts, mine.attempts),
    claimAnswered: [...new Set([...stored.claimAnswered, ...mine.claimAnswered])],
  };
}

/** The unfinished run of a scenario, if any tab left one. */
export function runOf(runs: readonly ActiveRun[], storyId: string, assignmentId: string | null): ActiveRun | null {
  return runs.find((r) => !r.recorded && runKey(r) === runKey({ storyId, assignmentId })) ?? null;
}
