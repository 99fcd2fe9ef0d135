import type { SuspendedRun } from '../../core/lms-suspend';
import type { Notice } from '../store';
import type { ActiveRun } from '../saved-state';
import type { RunSnapshot } from '../../core/transcript';
import type { ShownReview } from '../store';

/**
 * What the game needs from an LMS, whichever format launched it: who the learner is, what the
 * LMS kept (the choice path, whether the run was already finished and reported), the mastery
 * score, and where to report progress and the ending.
 */
export interface LmsReporter {
  /** A run started or a decision was taken (`snapshot` holds it as the last decision). */
  progress(run: ActiveRun, snapshot: RunSnapshot, decided: boolean): void;
  /** The run ended: report completion, success and score, once. */
  ending(run: ActiveRun, review: ShownReview): void;
}

export interface LmsLink {
  /** Names the learner in this browser's fallback copy of the run. */
  readonly learnerKey: string;
  readonly language: string | null;
  /** 0–1, or null when the LMS sets none. */
  readonly masteryScore: number | null;
  readonly suspended: SuspendedRun | null;
  /** The LMS already holds this run's ending: it is shown, not reported again. */
  readonly finished: boolean;
  /** The attempt id the run is reported under, when the format fixes one (cmi5). */
  readonly attemptId: string | null;
  readonly reporter: LmsReporter;
  /** The learner leaves (the page is hidden for good): the session time, and the LMS session closed. */
  leave(finished: boolean): void;
}

/** How a link tells the learner about a lost or refusing LMS. */
export type Tell = (notice: Notice) => void;
