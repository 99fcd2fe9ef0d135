import type { AttemptResult } from './api';
import type { ConceptId } from './concepts';
import type { StoryFacts } from './team-review';

/**
 * A trainee's progress over time: each concept's grade across their runs, and what to practise
 * next with a scenario that assesses it. The same for a signed-in trainee (server attempts), their
 * manager, and a self-paced learner (the browser's attempts, graded by replay).
 */

export type ProgressAttempt = Pick<AttemptResult, 'id' | 'storyId' | 'finishedAt' | 'score' | 'passed' | 'mode' | 'replayedFrom' | 'grades'>;

export interface ConceptPoint {
  readonly attemptId: string;
  readonly storyId: string;
  readonly finishedAt: string;
  readonly grade: number;
}

export interface ConceptTrend {
  readonly concept: ConceptId;
  /** Runs that assessed the concept, oldest first. */
  readonly points: readonly ConceptPoint[];
  /** The mean of the latest few grades (what the trainee can do now), null if never assessed. */
  readonly latest: number | null;
  /** latest minus the mean of the first few, null with fewer than two points. */
  readonly change: number | null;
}

export interface PractiseNext {
  readonly concept: ConceptId;
  readonly latest: number | null;
  /** A scenario that assesses the concept: not yet passed first, then not yet played, then played longest ago. */
  readonly storyId: string | null;
}

export interface Progress {
  readonly runs: number;
  readonly trends: Readonly<Record<ConceptId, ConceptTrend>>;
  /** Up to three concepts, weakest first (never assessed ones after the weak ones). */
  readonly next: readonly PractiseNext[];
}

export function progressOf(attempts: readonly ProgressAttempt[], stories: readonly StoryFacts[]): Progress {
  throw new Error(`not implemented yet: ${attempts.length} ${stories.length}`);
}
