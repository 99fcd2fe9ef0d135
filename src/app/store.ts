import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import type { Attempt, PlayMode } from '../core/attempts';
import type { Phase, Segment } from '../core/buying';
import type { CoachNote } from '../core/coach';
import type { ConceptId } from '../core/concepts';
import type { Debrief } from '../core/debrief';
import type { CompiledStory, StoryRun } from '../core/runner';
import type { Score } from '../core/scoring';
import type { Difficulty, StoryHeader } from '../core/tags';
import type { RunSnapshot } from '../core/transcript';
import type { Locale } from './locale';
import type { Duration } from './catalogue-filter';
import { SAVE_KEY, SAVE_VERSION, validatedStorage, type ActiveRun, type SavedState, type SaveProblem } from './saved-state';

/**
 * The app store: the only place app state lives. Views subscribe and call its intents; the
 * judgement (story flow, scores, debrief) comes from `src/core`, never from here or a view.
 */

export interface CatalogueEntry {
  readonly header: StoryHeader;
  /** Concepts some choice in the scenario bears on (for the catalogue filter). */
  readonly concepts: readonly ConceptId[];
  readonly load: () => Promise<string>;
}

export type Screen = 'catalogue' | 'play' | 'debrief';

export interface Filters {
  readonly phase: Phase | null;
  readonly segment: Segment | null;
  readonly concept: ConceptId | null;
  readonly difficulty: Difficulty | null;
  readonly duration: Duration | null;
}

export type NoticeKey =
  | 'save-unreadable'
  | 'save-invalid'
  | 'save-newer-version'
  | 'story-missing'
  | 'story-changed'
  | 'path-invalid'
  | 'story-updated'
  | 'load-failed';

export interface Notice {
  readonly key: NoticeKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Review {
  readonly score: Score;
  readonly debrief: Debrief;
}

export interface AppState {
  readonly screen: Screen;
  readonly locale: Locale;
  /** The mode the next attempt starts in. */
  readonly mode: PlayMode;
  readonly filters: Filters;
  readonly active: ActiveRun | null;
  readonly attempts: readonly Attempt[];
  readonly snapshot: RunSnapshot | null;
  readonly coach: CoachNote | null;
  /** How trust, patience and the story's other numbers moved with the last choice. */
  readonly change: Readonly<Record<string, number>> | null;
  readonly review: Review | null;
  readonly notice: Notice | null;
  /** The story being loaded, while its chunk downloads. */
  readonly loading: string | null;
}

export interface AppActions {
  start(storyId: string): Promise<void>;
  /** The trainee may start this scenario soon (pointer over it, focus on it): load it now. */
  prepare(storyId: string): void;
  choose(index: number): void;
  rewind(step: number): void;
  restart(): Promise<void>;
  openCatalogue(): void;
  openDebrief(): void;
  resume(): Promise<void>;
  setLocale(locale: Locale): void;
  setMode(mode: PlayMode): void;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  dismissNotice(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export interface StoreDeps {
  readonly catalogue: readonly CatalogueEntry[];
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Seeds each attempt's randomness; a parameter so tests and replays repeat exactly. */
  readonly random: () => number;
  readonly now: () => Date;
  readonly locale?: Locale;
}

const NO_FILTERS: Filters = { phase: null, segment: null, concept: null, difficulty: null, duration: null };

type PlayEngine = typeof import('./play-engine');
/** Shared by every store: the module is the same, and loads once (again after a failed download). */
let engineLoading: Promise<PlayEngine> | null = null;
export function loadPlayEngine(): Promise<PlayEngine> {
  engineLoading ??= import('./play-engine').catch((error: unknown) => {
    engineLoading = null;
    throw error;
  });
  return engineLoading;
}

export function createAppStore(deps: StoreDeps): AppStore {
  const stories = new Map<string, Promise<CompiledStory>>();
  /** Stories already parsed, for intents that cannot wait (rewinding). */
  const parsed = new Map<string, CompiledStory>();
  // Set once a story has been fetched: every intent that plays comes after that.
  let engine: PlayEngine | null = null;
  const play = (): PlayEngine => {
    if (!engine) throw new Error('the play engine is used before any story was loaded');
    return engine;
  };
  let run: StoryRun | null = null;
  let saveProblem: SaveProblem | null = null;

  /** The story, parsed once (with the engine, downloaded in parallel) and kept. */
  const fetchStory = (storyId: string): Promise<CompiledStory> => {
    let compiled = stories.get(storyId);
    if (!compiled) {
      const entry = deps.catalogue.find((e) => e.header.id === storyId);
      if (!entry) return Promise.reject(new Error(`unknown scenario "${storyId}"`));
      compiled = Promise.all([loadPlayEngine(), entry.load()]).then(([loaded, json]) => {
        engine = loaded;
        const story = loaded.loadStory(json);
        parsed.set(storyId, story);
        return story;
      });
      // A failed download may succeed on the next try.
      compiled.catch(() => stories.delete(storyId));
      stories.set(storyId, compiled);
    }
    return compiled;
  };

  const store = createStore<AppState & AppActions>()(
    persist(
      (set, get) => {
        /** Shows the run's current state; on an ending, scores it and records the attempt once. */
        const show = (active: ActiveRun, coach: CoachNote | null, endScreen: Screen = 'play'): void => {
          if (!run) return;
          const snapshot = run.snapshot();
          if (!snapshot.ended) {
            set({ active, snapshot, coach, change: null, review: null, screen: 'play' });
            return;
          }
          const { scoreTranscript, buildDebrief } = play();
          const score = scoreTranscript(snapshot.entries);
          const review = { score, debrief: buildDebrief(snapshot.entries, score, snapshot.header) };
          const attempts = active.recorded
            ? get().attempts
            : [
                ...get().attempts,
                {
                  storyId: active.storyId,
                  version: active.version,
                  mode: active.mode,
                  seed: active.seed,
                  path: snapshot.path,
                  score: score.overall,
                  passed: score.passed,
                  outcome: score.outcome,
                  finishedAt: deps.now().toISOString(),
                },
              ];
          set({ active: { ...active, recorded: true }, snapshot, coach, change: null, review, attempts, screen: endScreen });
        };

        /** The coach's note on the latest decision, in coach mode (also after a reload). */
        const coachFor = (mode: PlayMode, snapshot: RunSnapshot): CoachNote | null => {
          const decision = play().decisionsOf(snapshot.entries).at(-1);
          return mode === 'coach' && decision ? play().coachNote(decision) : null;
        };

        const begin = async (storyId: string): Promise<void> => {
          set({ loading: storyId });
          try {
            const compiled = await fetchStory(storyId);
            const seed = Math.floor(deps.random() * 2 ** 31);
            run = play().startRun(compiled, seed);
            const active = { storyId, version: compiled.header.version, seed, path: [], mode: get().mode, recorded: false };
            set({ loading: null, notice: null });
            show(active, null);
          } catch {
            set({ loading: null, notice: { key: 'load-failed', params: { id: storyId } } });
          }
        };

        return {
          screen: 'catalogue',
          locale: deps.locale ?? 'en',
          mode: 'coach',
          filters: NO_FILTERS,
          active: null,
          attempts: [],
          snapshot: null,
          coach: null,
          change: null,
          review: null,
          notice: null,
          loading: null,

          start: begin,
          prepare: (storyId) => void fetchStory(storyId).catch(() => undefined),
          restart: async () => {
            const id = get().active?.storyId;
            if (id) await begin(id);
          },
          choose: (index) => {
            const { active, snapshot } = get();
            if (!run || !active || !snapshot || snapshot.ended) return;
            if (!snapshot.choices[index]) return;
            run.choose(index);
            const after = run.snapshot();
            show({ ...active, path: after.path, recorded: false }, coachFor(active.mode, after));
            set({ change: play().variableChange(snapshot.variables, after.variables) });
          },
          rewind: (step) => {
            const { active } = get();
            const compiled = active && parsed.get(active.storyId);
            if (!active || !compiled) return;
            const path = active.path.slice(0, Math.max(0, step));
            run = play().replay(compiled, active.seed, path);
            show({ ...active, path, recorded: false }, null);
          },
          openCatalogue: () => {
            const { active, snapshot } = get();
            const finished = !!snapshot?.ended || !!active?.recorded;
            set({ screen: 'catalogue', coach: null, ...(finished ? { active: null, snapshot: null, review: null } : {}) });
            if (finished) run = null;
          },
          resume: async () => {
            if (saveProblem) set({ notice: { key: `save-${saveProblem}` } });
            const { active } = get();
            if (!active) return;
            const entry = deps.catalogue.find((e) => e.header.id === active.storyId);
            if (!entry) {
              set({ active: null, notice: { key: 'story-missing', params: { id: active.storyId } } });
              return;
            }
            set({ loading: active.storyId });
            let compiled: CompiledStory;
            try {
              compiled = await fetchStory(active.storyId);
            } catch {
              set({ loading: null, notice: { key: 'load-failed', params: { id: active.storyId } } });
              return;
            }
            set({ loading: null });
            const { title, version } = compiled.header;
            try {
              run = play().replay(compiled, active.seed, active.path);
            } catch (error) {
              if (!(error instanceof play().PathMismatchError)) throw error;
              run = null;
              const notice: Notice =
                version === active.version
                  ? { key: 'path-invalid', params: { title } }
                  : { key: 'story-changed', params: { title, from: active.version, to: version } };
              set({ active: null, notice });
              return;
            }
            if (version !== active.version) {
              set({ notice: { key: 'story-updated', params: { title, from: active.version, to: version } } });
            }
            show({ ...active, version }, coachFor(active.mode, run.snapshot()), 'debrief');
          },
          openDebrief: () => {
            if (get().review) set({ screen: 'debrief' });
          },
          setLocale: (locale) => set({ locale }),
          setMode: (mode) => set({ mode }),
          setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value } }),
          dismissNotice: () => set({ notice: null }),
        };
      },
      {
        name: SAVE_KEY,
        version: SAVE_VERSION,
        storage: validatedStorage(deps.storage, (problem) => {
          saveProblem = problem;
        }),
        partialize: (state): SavedState => ({
          locale: state.locale,
          mode: state.mode,
          filters: state.filters,
          active: state.active,
          attempts: state.attempts,
        }),
        // Saved state is validated by the storage; a field added later keeps its default.
        merge: (saved, current) => ({ ...current, ...(saved as Partial<SavedState>) }),
      },
    ),
  );
  return store;
}
