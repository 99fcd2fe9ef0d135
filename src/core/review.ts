import type { Attempt, RunFacts } from './attempts';
import type { ConceptId } from './concepts';
import { buildDebrief, type Debrief } from './debrief';
import { PathMismatchError, replay, type CompiledStory } from './runner';
import { DEFAULT_PASS_MARK, scoreTranscript, type Score } from './scoring';
import type { RunSnapshot } from './transcript';

/**
 * A finished run judged: its score and debrief, and the attempt it records. The browser reviews
 * the run it just played; a submitted path is replayed and scored the same way (rescoreRun).
 */

export interface Review {
  readonly score: Score;
  readonly debrief: Debrief;
}

export function reviewRun(snapshot: RunSnapshot, passMark = DEFAULT_PASS_MARK): Review {
  const score = scoreTranscript(snapshot.entries, passMark);
  return { score, debrief: buildDebrief(snapshot.entries, score, snapshot.header) };
}

/** The attempt a reviewed run records; its score is this code's, never a caller's. */
export function attemptOf(facts: RunFacts, score: Score, finishedAt: string): Attempt {
  return {
    storyId: facts.storyId,
    version: facts.version,
    mode: facts.mode,
    seed: facts.seed,
    path: facts.path,
    score: score.overall,
    passed: score.passed,
    outcome: score.outcome,
    finishedAt,
  };
}

/** Each concept's 0–100 grade, null where the run did not assess it. */
export function gradesOf(score: Score): Record<ConceptId, number | null> {
  return Object.fromEntries(Object.values(score.concepts).map((g) => [g.concept, g.grade])) as Record<ConceptId, number | null>;
}

export type Rescored =
  | { readonly ok: true; readonly snapshot: RunSnapshot; readonly score: Score }
  | { readonly ok: false; readonly problem: 'illegal-path' | 'not-finished'; readonly message: string };

/**
 * Replays a submitted path and scores it; a path the story does not offer, or that stops early, is
 * refused. Only the score: whoever stores or lists attempts needs no debrief, and it is a sixth of the work.
 */
export function rescoreRun(compiled: CompiledStory, facts: Pick<RunFacts, 'seed' | 'path'>, passMark = DEFAULT_PASS_MARK): Rescored {
  let snapshot: RunSnapshot;
  try {
    snapshot = replay(compiled, facts.seed, facts.path).snapshot();
  } catch (error) {
    if (error instanceof PathMismatchError) return { ok: false, problem: 'illegal-path', message: `The choice path does not fit the story: ${error.message}.` };
    throw error;
  }
  if (!snapshot.ended) {
    return { ok: false, problem: 'not-finished', message: `The choice path stops after ${facts.path.length} choices, before the conversation ends.` };
  }
  return { ok: true, snapshot, score: scoreTranscript(snapshot.entries, passMark) };
}
