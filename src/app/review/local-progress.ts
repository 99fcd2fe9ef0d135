import type { ProgressAttempt } from '../../core/progress';
import { gradesOf, rescoreRun } from '../../core/review';
import type { CompiledStory } from '../../core/runner';
import type { KeptAttempt } from '../saved-state';

/**
 * The progress of a learner without an account: this browser keeps each attempt's path, not its
 * grades, so each is replayed through src/core on the scenario as it is here. An attempt whose
 * path no longer fits (its scenario changed since) is counted apart, never guessed at.
 */
export async function replayedProgress(
  attempts: readonly KeptAttempt[],
  story: (storyId: string) => Promise<CompiledStory>,
): Promise<{ attempts: ProgressAttempt[]; unreadable: number }> {
  const graded: ProgressAttempt[] = [];
  let unreadable = 0;
  for (const attempt of attempts) {
    const compiled = await story(attempt.storyId).catch(() => null);
    const rescored = compiled && rescoreRun(compiled, attempt);
    if (!rescored?.ok) {
      unreadable += 1;
      continue;
    }
    const { id, storyId, finishedAt, score, passed, mode, replayedFrom } = attempt;
    graded.push({ id, storyId, finishedAt, score, passed, mode, replayedFrom, grades: gradesOf(rescored.score) });
  }
  return { attempts: graded, unreadable };
}
