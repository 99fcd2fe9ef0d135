import * as v from 'valibot';
import { OUTCOMES, type Outcome } from './buying';

/**
 * The one attempt contract: what a run is (story, version, seed, mode, choice path) and what a
 * finished attempt adds (its score). The browser keeps attempts in this shape and the server's
 * API builds its payloads from the same pieces, so both validate with the same rules.
 */

/** coach: a note after every choice; assessment: no hints until the debrief. */
export const PLAY_MODES = ['coach', 'assessment'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

/** No scenario comes close (they have 12–30 decisions); the bound keeps hostile payloads small. */
export const MAX_PATH_LENGTH = 500;
/** Ink never offers this many options at once; larger indices are malformed, not merely illegal. */
export const MAX_CHOICE_INDEX = 99;

export const StoryIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
export const PlayModeSchema = v.picklist(PLAY_MODES);
/** The largest seed: runs are seeded with 31 bits. */
export const SEED_MAX = 2 ** 31 - 1;
export const SeedSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SEED_MAX));
export const ChoicePathSchema = v.pipe(
  v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_CHOICE_INDEX))),
  v.maxLength(MAX_PATH_LENGTH),
  v.readonly(),
);
export const OutcomeSchema = v.picklist(Object.keys(OUTCOMES) as Outcome[]);

/** The facts that determine a run: replaying them gives the same transcript anywhere. */
export const RunFactsSchema = v.object({
  storyId: StoryIdSchema,
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  mode: PlayModeSchema,
  seed: SeedSchema,
  /** The choice path: the server re-scores an attempt by replaying it. */
  path: ChoicePathSchema,
});
export type RunFacts = v.InferOutput<typeof RunFactsSchema>;

/** A finished attempt at a scenario, as kept in the browser's progress. */
export const AttemptSchema = v.object({
  ...RunFactsSchema.entries,
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  passed: v.boolean(),
  outcome: v.nullable(OutcomeSchema),
  /** ISO time the attempt ended. */
  finishedAt: v.string(),
});
export type Attempt = v.InferOutput<typeof AttemptSchema>;

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
