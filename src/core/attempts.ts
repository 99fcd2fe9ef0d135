import * as v from 'valibot';
import { OUTCOMES, type Outcome } from './buying';
import { mayCount } from './assignments';

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

export interface Scores {
  readonly count: number;
  readonly first: number;
  readonly best: number;
  readonly last: number;
  /** Whether any counted attempt passed (a high score alone does not, when a concept was broken). */
  readonly passed: boolean;
}

export interface AttemptSummary {
  /** Complete assessment-mode runs from the start: the only ones a best or a pass is made of. */
  readonly counted: Scores | null;
  /** Coach-mode runs and runs replayed from a moment: practice, shown apart. */
  readonly practice: number;
}

/** First, best and latest score of a story's counted attempts and how much practice, or null when never played. */
/** The scenarios among `storyIds` with a counted run that passed. */
export function passedScenarios(attempts: readonly (Attempt & { readonly replayedFrom?: number | null })[], storyIds: readonly string[]): Set<string> {
  return new Set(storyIds.filter((id) => summariseAttempts(attempts, id)?.counted?.passed));
}

export function summariseAttempts(attempts: readonly (Attempt & { readonly replayedFrom?: number | null })[], storyId: string): AttemptSummary | null {
  const mine = attempts.filter((a) => a.storyId === storyId);
  if (!mine.length) return null;
  const counted = mine.filter((a) => mayCount({ mode: a.mode, replayedFrom: a.replayedFrom ?? null }, null));
  const first = counted[0];
  const last = counted[counted.length - 1];
  return {
    counted:
      first && last
        ? { count: counted.length, first: first.score, best: Math.max(...counted.map((a) => a.score)), last: last.score, passed: counted.some((a) => a.passed) }
        : null,
    practice: mine.length - counted.length,
  };
}
