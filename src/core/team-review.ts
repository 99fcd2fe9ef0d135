import type { Assignment, AttemptBrief, AttemptResult, HeatMap, OverviewRow, Person, ReviewFilter, TrapMap } from './api';
import type { Phase, Segment } from './buying';
import type { ConceptId } from './concepts';
import type { Decision } from './transcript';

/**
 * The manager's review, computed from stored attempts: which run counts, where each trainee
 * stands, the team × concept heat map and the trap map of one scenario. The server fetches the
 * rows and calls these; nothing here knows about databases or HTTP.
 */

/** What the review needs to know of a scenario (from the story manifest). */
export interface StoryFacts {
  readonly id: string;
  readonly phase: Phase;
  readonly segment: Segment;
  readonly concepts: readonly ConceptId[];
}

/** A stored attempt without its path (what the overview and heat map read). */
export type StoredAttempt = AttemptBrief & Pick<AttemptResult, 'userId' | 'grades'>;

export interface ReviewInput {
  readonly trainees: readonly Person[];
  readonly assignments: readonly Assignment[];
  readonly attempts: readonly StoredAttempt[];
  readonly stories: readonly StoryFacts[];
  readonly filter: ReviewFilter;
  readonly now: Date;
}

/**
 * Whether a run may count towards passing: played in the assignment's mode (assessment for
 * self-paced play) and not replayed from a moment of an earlier run.
 */
export function mayCount(attempt: Pick<AttemptBrief, 'mode' | 'replayedFrom'>, mode: Assignment['mode'] | null): boolean {
  throw new Error(`not implemented yet: ${attempt.mode} ${mode}`);
}

/** The overview rows, overdue first, then failed, in progress, not started, passed; by name within. */
export function teamOverview(input: ReviewInput): OverviewRow[] {
  throw new Error(`not implemented yet: ${input.trainees.length}`);
}

/** The heat map of the counting attempts of the overview's rows. */
export function heatMap(input: ReviewInput): HeatMap {
  throw new Error(`not implemented yet: ${input.trainees.length}`);
}

/** One replayed run for the trap map: who played it and the decisions replay found. */
export interface TrapRun {
  readonly attemptId: string;
  readonly trainee: Person;
  readonly decisions: readonly Decision[];
}

/** The forks of one scenario version in order, with the share of runs that took each option. */
export function trapMap(storyId: string, version: number, versions: readonly number[], runs: readonly TrapRun[]): TrapMap {
  throw new Error(`not implemented yet: ${storyId} ${version} ${versions.length} ${runs.length}`);
}
