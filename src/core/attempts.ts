import type { Outcome } from './buying';

/** A finished attempt at a scenario, as kept in progress and sent to the server. */
export interface Attempt {
  /** Made by the browser when the run starts, so the server stores a resent attempt once. */
  readonly id: string;
  readonly storyId: string;
  readonly version: number;
  readonly mode: PlayMode;
  readonly seed: number;
  /** The choice path: the server re-scores an attempt by replaying it. */
  readonly path: readonly number[];
  readonly score: number;
  readonly passed: boolean;
  readonly outcome: Outcome | null;
  /** The assignment it was played under, or null when played freely. */
  readonly assignmentId: string | null;
  /** The decision a replay started from (the earlier steps were replayed), or null. */
  readonly replayedFrom: number | null;
  /** ISO times the attempt started and ended. */
  readonly startedAt: string;
  readonly finishedAt: string;
}

/** coach: a note after every choice; assessment: no hints until the debrief. */
export const PLAY_MODES = ['coach', 'assessment'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

export interface AttemptSummary {
  readonly count: number;
  readonly first: number;
  readonly best: number;
  readonly last: number;
  /** Whether any attempt passed (a high score alone does not, when a concept was broken). */
  readonly passed: boolean;
}

/** First, best and latest score of a story's attempts, or null when there are none. */
export function summariseAttempts(attempts: readonly Attempt[], storyId: string): AttemptSummary | null {
  const mine = attempts.filter((a) => a.storyId === storyId);
  const first = mine[0];
  const last = mine[mine.length - 1];
  if (!first || !last) return null;
  return {
    count: mine.length,
    first: first.score,
    best: Math.max(...mine.map((a) => a.score)),
    last: last.score,
    passed: mine.some((a) => a.passed),
  };
}
