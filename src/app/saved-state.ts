import * as v from 'valibot';
import { PHASE_IDS, SEGMENT_IDS } from '../core/buying';
import { CONCEPT_IDS } from '../core/concepts';
import { DIFFICULTIES } from '../core/tags';
import { AttemptSchema, PlayModeSchema, RunFactsSchema } from '../core/attempts';
import { IdSchema } from '../core/api';
import { DEFAULT_PASS_MARK } from '../core/scoring';
import { DURATIONS } from './catalogue-filter';
import { LOCALES } from './locale';
import { migrateSave } from './save-migrations';

/**
 * What Pitchless keeps in the browser, and how a damaged copy is handled: it is never trusted.
 * A save is read record by record; whatever does not validate is dropped, after the whole save
 * was copied aside (save-backups.ts), and the user is told.
 */

export const SAVE_KEY = 'pitchless';
/** 2: unfinished runs of every tab are kept (`runs`), not only the last tab's. Older saves are migrated (save-migrations.ts). */
export const SAVE_VERSION = 2;

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
    /** The pass mark it was played against (its assignment's), so a re-check grades it the same. */
    passMark: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(100)), DEFAULT_PASS_MARK),
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
  filters: v.optional(FiltersSchema),
  /** This tab's run (the one it shows after a reload). */
  active: v.nullable(ActiveRunSchema),
  /** Every unfinished run, one per scenario (and assignment), from every tab: none replaces another. */
  runs: v.pipe(v.array(ActiveRunSchema), v.readonly()),
  attempts: v.pipe(v.array(KeptAttemptSchema), v.readonly()),
  claimAnswered: v.pipe(v.array(IdSchema), v.readonly()),
});

export type SavedState = v.InferOutput<typeof SavedStateSchema>;
export type ActiveRun = v.InferOutput<typeof ActiveRunSchema>;
export type KeptAttempt = v.InferOutput<typeof KeptAttemptSchema>;

/** Why a save could not be used whole: unreadable or newer (kept aside), or some records dropped. */
export type SaveProblem = 'unreadable' | 'invalid' | 'newer-version' | 'partial';

export interface SaveRead {
  readonly state: SavedState | null;
  readonly problem: SaveProblem | null;
  /** Records left out because they did not validate (the whole save is backed up first). */
  readonly dropped: { readonly attempts: number; readonly runs: number; readonly settings: number };
}

const DEFAULTS = { locale: 'en', mode: 'coach', filters: undefined } as const;
const NONE = { attempts: 0, runs: 0, settings: 0 };

/** Each record on its own: a bad one is dropped and counted, the others are kept. */
function eachValid<S extends v.GenericSchema>(schema: S, items: unknown): { kept: v.InferOutput<S>[]; dropped: number } {
  const list = Array.isArray(items) ? items : [];
  const kept = list.flatMap((item) => {
    const r = v.safeParse(schema, item);
    return r.success ? [r.output] : [];
  });
  return { kept, dropped: list.length - kept.length + (items === undefined || Array.isArray(items) ? 0 : 1) };
}

function field<S extends v.GenericSchema>(schema: S, value: unknown, fallback: v.InferOutput<S>): { value: v.InferOutput<S>; bad: boolean } {
  const r = v.safeParse(schema, value);
  return r.success ? { value: r.output, bad: false } : { value: fallback, bad: value !== undefined };
}

/**
 * Reads a save of any version this app knows: migrated to the current format, then validated
 * record by record, so one bad attempt or run costs only itself. Never throws.
 */
export function readSave(raw: string): SaveRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { state: null, problem: 'unreadable', dropped: NONE };
  }
  const envelope = v.safeParse(v.object({ state: v.record(v.string(), v.unknown()), version: v.optional(v.number(), 0) }), parsed);
  if (!envelope.success) return { state: null, problem: 'invalid', dropped: NONE };
  if (envelope.output.version > SAVE_VERSION) return { state: null, problem: 'newer-version', dropped: NONE };
  const old = migrateSave(envelope.output.state, envelope.output.version);
  const locale = field(v.picklist(LOCALES), old.locale, DEFAULTS.locale);
  const mode = field(PlayModeSchema, old.mode, DEFAULTS.mode);
  const filters = field(v.optional(FiltersSchema), old.filters, DEFAULTS.filters);
  const active = field(v.nullable(ActiveRunSchema), old.active ?? null, null);
  const runs = eachValid(ActiveRunSchema, old.runs);
  const attempts = eachValid(KeptAttemptSchema, old.attempts);
  const claims = eachValid(IdSchema, old.claimAnswered);
  const dropped = {
    attempts: attempts.dropped,
    runs: runs.dropped + (active.bad ? 1 : 0),
    settings: [locale, mode, filters].filter((f) => f.bad).length + claims.dropped,
  };
  const state: SavedState = {
    locale: locale.value,
    mode: mode.value,
    // Left out when absent, so the app's defaults stay (saves from before filters were kept).
    ...(filters.value ? { filters: filters.value } : {}),
    active: active.value,
    runs: runs.kept,
    attempts: attempts.kept,
    claimAnswered: claims.kept,
  };
  const partial = dropped.attempts + dropped.runs + dropped.settings > 0;
  return { state, problem: partial ? 'partial' : null, dropped };
}
