import * as v from 'valibot';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { PHASE_IDS, SEGMENT_IDS } from '../core/buying';
import { CONCEPT_IDS } from '../core/concepts';
import { DIFFICULTIES } from '../core/tags';
import { AttemptSchema, PlayModeSchema, RunFactsSchema } from '../core/attempts';
import { IdSchema } from '../core/api';
import { DEFAULT_PASS_MARK } from '../core/scoring';
import { DURATIONS } from './catalogue-filter';
import { LOCALES } from './locale';

/**
 * What Pitchless keeps in the browser, and how a damaged copy is handled: it is never trusted.
 * A save that does not parse or validate is copied aside (nothing is lost) and the app starts
 * clean with a notice.
 */

export const SAVE_KEY = 'pitchless';
export const BACKUP_KEY = 'pitchless-backup';
export const SAVE_VERSION = 1;

// Fields added after the first release are optional with a default, so older saves stay valid.
const newId = (): string => crypto.randomUUID();
const StepSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** The run in progress: its facts, whether its attempt was already recorded, and what it is played for. */
export const ActiveRunSchema = v.object({
  ...RunFactsSchema.entries,
  recorded: v.boolean(),
  /** The attempt id, made when the run starts: the server stores a resent attempt once. */
  id: v.optional(IdSchema, newId),
  assignmentId: v.optional(v.nullable(IdSchema), null),
  passMark: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(100)), DEFAULT_PASS_MARK),
  replayedFrom: v.optional(v.nullable(StepSchema), null),
  startedAt: v.optional(v.string(), ''),
});

/** A finished attempt as this browser keeps it: core's attempt, plus what sending it needs. */
export const KeptAttemptSchema = v.pipe(
  v.object({
    ...AttemptSchema.entries,
    id: v.optional(IdSchema, newId),
    assignmentId: v.optional(v.nullable(IdSchema), null),
    replayedFrom: v.optional(v.nullable(StepSchema), null),
    startedAt: v.optional(v.string()),
    /** The account it was played under, or null when played without one (it can be added to one later). */
    owner: v.optional(v.nullable(IdSchema), null),
  }),
  v.transform((a) => ({ ...a, startedAt: a.startedAt ?? a.finishedAt })),
);

const FiltersSchema = v.object({
  phase: v.nullable(v.picklist(PHASE_IDS)),
  segment: v.nullable(v.picklist(SEGMENT_IDS)),
  concept: v.nullable(v.picklist(CONCEPT_IDS)),
  difficulty: v.nullable(v.picklist(DIFFICULTIES)),
  duration: v.nullable(v.picklist(DURATIONS)),
});

export const SavedStateSchema = v.object({
  locale: v.picklist(LOCALES),
  mode: PlayModeSchema,
  // Optional: saves from before filters were kept are still valid.
  filters: v.optional(FiltersSchema),
  active: v.nullable(ActiveRunSchema),
  attempts: v.pipe(v.array(KeptAttemptSchema), v.readonly()),
  claimAnswered: v.optional(v.pipe(v.array(IdSchema), v.readonly()), []),
});

export type SavedState = v.InferOutput<typeof SavedStateSchema>;
export type ActiveRun = v.InferOutput<typeof ActiveRunSchema>;
export type KeptAttempt = v.InferOutput<typeof KeptAttemptSchema>;

export type SaveProblem = 'unreadable' | 'invalid' | 'newer-version';

/**
 * A zustand `persist` storage over `localStorage` that validates what it reads. On a problem it
 * keeps the raw text under BACKUP_KEY, reports it through `onProblem`, and acts as if empty.
 */
export function validatedStorage(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  onProblem: (problem: SaveProblem) => void,
): PersistStorage<SavedState> {
  const reject = (raw: string, problem: SaveProblem): null => {
    try {
      storage.setItem(BACKUP_KEY, raw);
    } catch {
      // storage full or blocked: the notice still tells the user; nothing else to save into
    }
    onProblem(problem);
    return null;
  };
  return {
    getItem: (name) => {
      const raw = storage.getItem(name);
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return reject(raw, 'unreadable');
      }
      const envelope = v.safeParse(v.object({ state: v.unknown(), version: v.number() }), parsed);
      if (!envelope.success) return reject(raw, 'invalid');
      if (envelope.output.version > SAVE_VERSION) return reject(raw, 'newer-version');
      const state = v.safeParse(SavedStateSchema, envelope.output.state);
      if (!state.success) return reject(raw, 'invalid');
      return { state: state.output, version: envelope.output.version } satisfies StorageValue<SavedState>;
    },
    setItem: (name, value) => {
      try {
        storage.setItem(name, JSON.stringify(value));
      } catch {
        // quota exceeded or private mode: play goes on; progress simply is not kept
      }
    },
    removeItem: (name) => storage.removeItem(name),
  };
}
