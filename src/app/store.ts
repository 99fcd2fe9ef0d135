import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { passedScenarios, type PlayMode } from '../core/attempts';
import type { Phase, Segment } from '../core/buying';
import { coachNote, type CoachNote } from '../core/coach';
import { nextRecommended } from '../core/onboarding';
import type { ConceptId } from '../core/concepts';
import { resumeRun } from '../core/resume';
import { attemptOf, rescoreRun, reviewRun, type Review } from '../core/review';
import { loadStory, replay, startRun, type CompiledStory, type StoryRun } from '../core/runner';
import { DEFAULT_PASS_MARK } from '../core/scoring';
import type { Difficulty, StoryHeader } from '../core/tags';
import { decisionsOf, finishedSnapshot, variableChange, type RunSnapshot } from '../core/transcript';
import type { AttemptResult } from '../core/api';
import { accountSlice, type AccountActions, type AccountState } from './account-slice';
import { createApiClient, type ApiClient } from './api-client';
import type { Locale } from './locale';
import { manageSlice, type ManageActions, type ManageState } from './manage-slice';
import { memoryOutbox, type Outbox } from './outbox';
import { reviewSlice, type ReviewActions, type ReviewState, type ServedReview } from './review-slice';
import type { Duration } from './catalogue-filter';
import { routePath, type Route } from './routes';
import { keepBackup } from './save-backups';
import { runOf } from './save-merge';
import { saveSlice, type SaveActions, type SaveState } from './save-slice';
import { saveAfterPaint } from './save-later';
import { mergingStorage } from './save-storage';
import { SAVE_KEY, SAVE_VERSION, type ActiveRun, type KeptAttempt, type SavedState, type SaveRead } from './saved-state';

/**
 * The app store: the only place app state lives. Views subscribe and call its intents; the
 * judgement (story flow, scores, debrief) comes from `src/core`, never from here or a view.
 * Where the user is, is a `Route`: the store changes it and the History API mirrors it.
 */

export interface CatalogueEntry {
  readonly header: StoryHeader;
  /** Concepts some choice in the scenario bears on (for the catalogue filter). */
  readonly concepts: readonly ConceptId[];
  readonly load: () => Promise<string>;
  /** Each buyer's portrait (an image URL, drawn at build time), by buyer id; the same in every language. */
  readonly portraits: Readonly<Record<string, string>>;
  /** The same scenario in other languages: a saved path means the same in each (the checker proves it). */
  readonly translations?: Readonly<Partial<Record<Locale, { readonly header: StoryHeader; readonly load: () => Promise<string> }>>>;
}

/** A scenario as shown in a language: its translation where there is one, else the original. */
export function inLocale(entry: CatalogueEntry, locale: Locale): CatalogueEntry {
  const translated = entry.translations?.[locale];
  return translated ? { ...entry, ...translated } : entry;
}

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
  | 'save-partial'
  | 'attempts-set-aside'
  | 'save-imported'
  | 'save-import-failed'
  | 'save-restored'
  | 'save-restore-failed'
  | 'story-missing'
  | 'story-changed'
  | 'path-invalid'
  | 'story-updated'
  | 'load-failed'
  | 'debrief-missing'
  | 'assignment-missing'
  | 'attempt-missing'
  | 'lms-missing'
  | 'lms-lost'
  | 'lms-refused'
  | 'lms-back';

export interface Notice {
  readonly key: NoticeKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** The facts of a run that a review shows: enough to replay it or to start again from a step. */
export interface ReviewedRun {
  readonly id: string;
  readonly storyId: string;
  readonly version: number;
  readonly seed: number;
  readonly path: readonly number[];
  readonly mode: PlayMode;
  readonly assignmentId: string | null;
  readonly passMark: number;
}

/** A finished run as the debrief shows it: the live run just ended, or a kept attempt replayed. */
export interface ShownReview extends Review {
  readonly run: ReviewedRun;
  readonly snapshot: RunSnapshot;
  /** The attempt as the server stored and scored it, when it came from the server. */
  readonly server: AttemptResult | null;
  /** Who played it and the comments on it, when the server replayed it for this review. */
  readonly served: ServedReview | null;
  /** Whether "replay from here" can play on: not when it was played on a version this build does not have. */
  readonly replayable: boolean;
}

export interface AppState extends AccountState, ManageState, SaveState, ReviewState {
  readonly route: Route;
  readonly locale: Locale;
  /** The mode the next attempt starts in. */
  readonly mode: PlayMode;
  readonly filters: Filters;
  readonly active: ActiveRun | null;
  readonly attempts: readonly KeptAttempt[];
  readonly snapshot: RunSnapshot | null;
  readonly coach: CoachNote | null;
  /** How trust, patience and the story's other numbers moved with the last choice. */
  readonly change: Readonly<Record<string, number>> | null;
  readonly review: ShownReview | null;
  readonly notice: Notice | null;
  /** The story being loaded, while its chunk downloads. */
  readonly loading: string | null;
}

export interface AppActions extends AccountActions, ManageActions, SaveActions, ReviewActions {
  /** Writes the save still waiting for its frame, at once: the page is going away. */
  saveNow(): void;
  /** Goes to a place and records it in the browser history (replacing the entry when asked). */
  navigate(route: Route, options?: { replace?: boolean }): Promise<void>;
  /** Shows the place the address bar names (first load, Back, Forward). */
  arrive(route: Route): Promise<void>;
  /**
   * The first arrival, once the saved run and the session are known: the place the page opened
   * at, unless the trainee has gone somewhere since (a quick click on Play), which stands: the
   * address bar may not say so yet, as it is written after the next paint.
   */
  settle(opened: Route): Promise<void>;
  /** Starts a fresh run of a scenario and goes to its play screen. */
  start(storyId: string): Promise<void>;
  /** The trainee may start this scenario soon (pointer over it, focus on it): load it now. */
  prepare(storyId: string): void;
  /**
   * Downloads the scenario this place likely leads to, beside whatever the page is drawing; parsing
   * it waits for an idle moment, so it never holds back a click.
   */
  preloadLikely(): void;
  choose(index: number): void;
  rewind(step: number): Promise<void>;
  restart(): Promise<void>;
  /** Restores the saved run (after a reload), with a notice when it no longer fits its story. */
  resume(): Promise<void>;
  /**
   * Re-scores every kept attempt from its path (a stored score is never trusted); attempts of an
   * unknown scenario or whose path does not fit are set aside, with a notice and a backup.
   */
  verifyKept(): Promise<void>;
  setLocale(locale: Locale): void;
  setMode(mode: PlayMode): void;
  setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void;
  dismissNotice(): void;
  /** Tells the user something found outside the store (an LMS connection). */
  showNotice(notice: Notice): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

/** The browser history as the store uses it; a memory stand-in in tests. */
export interface HistoryPort {
  push(path: string): void;
  replace(path: string): void;
}

export interface StoreDeps {
  readonly catalogue: readonly CatalogueEntry[];
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** The browser refused its storage outright (a memory stand-in is used): say progress is not kept. */
  readonly storageRefused?: boolean;
  /** Seeds each attempt's randomness; a parameter so tests and replays repeat exactly. */
  readonly random: () => number;
  readonly now: () => Date;
  readonly locale?: Locale;
  readonly history?: HistoryPort;
  /** Where the app opens (the address bar on first load). */
  readonly route?: Route;
  readonly newId?: () => string;
  /** The server API; without one (tests of the game alone) every request fails as offline. */
  readonly api?: ApiClient;
  readonly outbox?: Outbox;
  readonly schedule?: (run: () => void, ms: number) => void;
  /** Runs work that can wait until the browser is idle (at once without one). */
  readonly idle?: (run: () => void) => void;
  /** Runs work once the next frame is painted (at once without one). */
  readonly afterPaint?: (run: () => void) => void;
  readonly clipboard?: (text: string) => Promise<void>;
  /** The pass mark of a run not played under an assignment (an LMS's mastery score); DEFAULT_PASS_MARK without one. */
  readonly passMark?: number;
}

/** The run facts of a kept or stored attempt (its stored score is not what a review shows: replaying is). */
function reviewedOf(kept: KeptAttempt | AttemptResult, passMark = DEFAULT_PASS_MARK): ReviewedRun {
  const { id, storyId, version, seed, path, mode, assignmentId } = kept;
  return { id, storyId, version, seed, path, mode, assignmentId, passMark };
}

const NO_FILTERS: Filters = { phase: null, segment: null, concept: null, difficulty: null, duration: null };
const NO_HISTORY: HistoryPort = { push: () => undefined, replace: () => undefined };
const OFFLINE: ApiClient = createApiClient(() => Promise.reject(new Error('no server in this store')));

/** What this tab saves: its own run (other tabs' runs are merged in by the storage), its attempts and settings. */
const savedOf = (state: AppState): SavedState => ({
  locale: state.locale,
  mode: state.mode,
  filters: state.filters,
  active: state.active,
  runs: [],
  attempts: state.attempts,
  claimAnswered: state.claimAnswered,
});

export function createAppStore(deps: StoreDeps): AppStore {
  const stories = new Map<string, CompiledStory>();
  const history = deps.history ?? NO_HISTORY;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let run: StoryRun | null = null;
  let saveRead: { read: SaveRead; backedUp: boolean } | null = null;
  let writeWarned = deps.storageRefused ?? false;
  // Each arrival counts; a slow load that finishes after the user moved on changes nothing.
  let visit = 0;

  const storyKey = (storyId: string, locale: Locale): string => `${locale}:${storyId}`;
  /** Each story's download, once per language; a failed one may succeed on the next try. */
  const downloads = new Map<string, Promise<string>>();
  const download = (storyId: string, locale: Locale): Promise<string> => {
    const key = storyKey(storyId, locale);
    let json = downloads.get(key);
    if (!json) {
      const entry = deps.catalogue.find((e) => e.header.id === storyId);
      if (!entry) return Promise.reject(new Error(`unknown scenario "${storyId}"`));
      json = inLocale(entry, locale).load();
      json.catch(() => downloads.delete(key));
      downloads.set(key, json);
    }
    return json;
  };
  /** The story in a language, fetched and parsed once (a prepared one is already on its way) and kept. */
  const loadingStories = new Map<string, Promise<CompiledStory>>();
  const fetchStory = (storyId: string, locale: Locale): Promise<CompiledStory> => {
    const key = storyKey(storyId, locale);
    let compiled = loadingStories.get(key);
    if (!compiled) {
      compiled = download(storyId, locale).then((json) => {
        const story = loadStory(json);
        stories.set(key, story);
        return story;
      });
      compiled.catch(() => loadingStories.delete(key));
      loadingStories.set(key, compiled);
    }
    return compiled;
  };
  const idle = deps.idle ?? ((run: () => void) => run());
  const afterPaint = deps.afterPaint ?? ((run: () => void) => run());
  const saves = saveAfterPaint(
    mergingStorage(
      deps.storage,
      {
        onRead: (read, backedUp) => {
          saveRead = { read, backedUp };
        },
        // Said once: play goes on, and the learner knows progress is not being kept.
        onWriteFailed: () => {
          if (writeWarned) return;
          writeWarned = true;
          queueMicrotask(() => store.setState({ saveWarning: true }));
        },
      },
      deps.now,
    ),
    deps.storage,
    afterPaint,
  );
  /** Where the trainee is likely to go next from here: the scenario a brief is about, or on the catalogue the next step the onboarding path recommends. */
  const likelyNext = (route: Route, locale: Locale, attempts: readonly KeptAttempt[]): string | null => {
    if (route.name === 'scenario') return route.storyId;
    if (route.name !== 'catalogue') return null;
    const headers = deps.catalogue.map((e) => inLocale(e, locale).header);
    return nextRecommended(headers, passedScenarios(attempts, headers.map((h) => h.id)))?.id ?? null;
  };

  const reviewOf = (reviewed: ReviewedRun, snapshot: RunSnapshot, server: AttemptResult | null = null, served: ServedReview | null = null, replayable = true): ShownReview => ({
    run: reviewed,
    snapshot,
    server,
    served,
    replayable,
    ...reviewRun(snapshot, reviewed.passMark),
  });

  const store = createStore<AppState & AppActions>()(
    persist(
      (set, get) => {
        /**
         * Shows the run's current state. On an ending, the last line is drawn first: scoring the
         * run and recording its attempt (once) follow its paint, off the way of the key press.
         */
        const show = (active: ActiveRun, coach: CoachNote | null, snapshot = run?.snapshot(), change: Readonly<Record<string, number>> | null = null): void => {
          if (!run || !snapshot) return;
          set({ active, snapshot, coach, change, review: null });
          if (snapshot.ended) afterPaint(() => finish(active, snapshot));
        };
        const finish = (active: ActiveRun, snapshot: RunSnapshot): void => {
          const review = reviewOf(active, snapshot);
          const finishedAt = deps.now().toISOString();
          const kept = get().attempts;
          const recorded: KeptAttempt | null =
            active.recorded || kept.some((a) => a.id === active.id)
              ? null
              : {
                  ...attemptOf({ ...active, path: snapshot.path }, review.score, finishedAt),
                  id: active.id,
                  assignmentId: active.assignmentId,
                  replayedFrom: active.replayedFrom,
                  startedAt: active.startedAt || finishedAt,
                  owner: null,
                  passMark: active.passMark,
                };
          // The trainee may have moved on (Restart) before this ran: the attempt still counts, but the screen is theirs.
          const current = get().active?.id === active.id;
          set({ ...(current ? { active: { ...active, recorded: true }, review } : {}), ...(recorded ? { attempts: [...kept, recorded] } : {}) });
          if (recorded) void get().deliver(recorded);
        };

        /** The coach's note on the latest decision, in coach mode (also after a reload). */
        const coachFor = (mode: PlayMode, snapshot: RunSnapshot): CoachNote | null => {
          const decision = decisionsOf(snapshot.entries).at(-1);
          return mode === 'coach' && decision ? coachNote(decision) : null;
        };

        /** A fresh run; false (with a notice) when the story could not be loaded. */
        const begin = async (storyId: string, assignmentId: string | null = null): Promise<boolean> => {
          set({ loading: storyId });
          // Under an assignment, its mode and pass mark apply, whatever the mode switch says.
          const assignment = assignmentId ? await get().assignmentFor(assignmentId) : null;
          if (assignmentId && !assignment) {
            set({ loading: null, notice: { key: 'assignment-missing' } });
            return false;
          }
          try {
            const compiled = await fetchStory(storyId, get().locale);
            const seed = Math.floor(deps.random() * 2 ** 31);
            run = startRun(compiled, seed);
            const active: ActiveRun = {
              id: newId(),
              storyId,
              version: compiled.header.version,
              seed,
              path: [],
              mode: assignment?.mode ?? get().mode,
              recorded: false,
              assignmentId,
              passMark: assignment?.passMark ?? deps.passMark ?? DEFAULT_PASS_MARK,
              replayedFrom: null,
              startedAt: deps.now().toISOString(),
            };
            set({ loading: null, notice: null });
            show(active, null);
            return true;
          } catch {
            set({ loading: null, notice: { key: 'load-failed', params: { id: storyId } } });
            return false;
          }
        };

        /**
         * The same scenario in another language: the live run and the debrief are replayed from
         * their path in it, so the place, the transcript and the score stay, in the words now shown.
         */
        const showIn = async (locale: Locale): Promise<void> => {
          const { active, review } = get();
          try {
            if (run && active) {
              const compiled = await fetchStory(active.storyId, locale);
              if (get().locale !== locale) return;
              run = replay(compiled, active.seed, active.path);
              // A finished run keeps its recorded attempt (and the server's score): only the words change.
              if (active.recorded) set({ snapshot: run.snapshot() });
              else show(active, coachFor(active.mode, run.snapshot()));
            }
            if (review?.served) await showServed(review.run.id);
            else if (review) await reviewKept(review.run, review.server);
          } catch {
            set({ notice: { key: 'load-failed', params: { id: active?.storyId ?? review?.run.storyId ?? '' } } });
          }
        };

        /** Replays a kept run into the debrief, leaving the live run alone. */
        const reviewKept = async (kept: ReviewedRun, server: AttemptResult | null = null): Promise<boolean> => {
          try {
            const compiled = await fetchStory(kept.storyId, get().locale);
            const snapshot = replay(compiled, kept.seed, kept.path).snapshot();
            if (!snapshot.ended) return false;
            set({ review: reviewOf(kept, snapshot, server) });
            return true;
          } catch {
            return false;
          }
        };

        // Coming back to a play page whose run has finished starts the next attempt.
        /**
         * The run that "play again" and "replay from here" start from. Someone else's attempt (a
         * manager reading a trainee's) is replayed freely, not under the trainee's assignment.
         */
        const replayBase = (): ReviewedRun | ActiveRun | null => {
          const { review, active, user } = get();
          if (!review) return active;
          const theirs = review.server !== null && review.server.userId !== user?.id;
          return theirs ? { ...review.run, assignmentId: null, passMark: DEFAULT_PASS_MARK } : review.run;
        };

        const playing = (storyId: string, assignmentId: string | null): boolean => {
          const { active } = get();
          return !!run && !!active && !active.recorded && active.storyId === storyId && active.assignmentId === assignmentId;
        };

        const openPlay = async (storyId: string, assignmentId: string | null, at: number): Promise<void> => {
          if (playing(storyId, assignmentId)) return;
          // A run of this scenario left unfinished (here, before another was started, or in another tab) resumes.
          get().absorbSaved();
          const left = runOf(get().runs, storyId, assignmentId);
          if (left && left.id !== get().active?.id) {
            run = null;
            set({ active: left });
          }
          const { active } = get();
          if (!run && active && !active.recorded && active.storyId === storyId && active.assignmentId === assignmentId) await get().resume();
          if (at !== visit || playing(storyId, assignmentId)) return;
          if (!(await begin(storyId, assignmentId)) && at === visit) await get().navigate(assignmentId ? { name: 'home' } : { name: 'catalogue' }, { replace: true });
        };

        const openDebrief = async (storyId: string, at: number): Promise<void> => {
          const { review, active, attempts } = get();
          if (review?.run.storyId === storyId) return;
          if (active?.storyId === storyId && active.recorded && !run) await get().resume();
          if (get().review?.run.storyId === storyId) return;
          const last = attempts.filter((a) => a.storyId === storyId).at(-1);
          const shown = last && (await reviewKept(reviewedOf(last, await passMarkOf(last.assignmentId))));
          if (shown || at !== visit) return;
          set({ notice: { key: 'debrief-missing' } });
          await get().navigate({ name: 'scenario', storyId }, { replace: true });
        };

        /** An assignment's pass mark: from what this page already shows (home, team), else asked of the server. */
        const passMarkOf = async (assignmentId: string | null): Promise<number> => {
          if (!assignmentId) return DEFAULT_PASS_MARK;
          const { home, team } = get();
          const known = [...(home ?? []).map((i) => i.assignment), ...(team?.assignments ?? [])].find((a) => a.id === assignmentId);
          return (known ?? (await get().assignmentFor(assignmentId)))?.passMark ?? DEFAULT_PASS_MARK;
        };

        /**
         * An attempt as the server replayed it on the version it was played on, with the comments
         * on it. "Replay from here" plays the scenario as it is now, so it is offered on that version only.
         */
        const showServed = async (attemptId: string): Promise<boolean> => {
          const answer = await get().fetchAttemptReview(attemptId);
          if (!answer) return false;
          const { attempt, header, entries, passMark, trainee, comments, canComment } = answer;
          const here = deps.catalogue.find((e) => e.header.id === attempt.storyId);
          const replayable = here?.header.version === attempt.version && !!(await fetchStory(attempt.storyId, get().locale).catch(() => null));
          const snapshot = finishedSnapshot(header, attempt.seed, attempt.path, entries);
          set({ review: reviewOf(reviewedOf(attempt, passMark), snapshot, attempt, { trainee, comments, canComment }, replayable) });
          return true;
        };

        const openAttempt = async (attemptId: string, at: number): Promise<void> => {
          const shownNow = get().review;
          // A stored attempt is asked for again each time: a comment may have come since.
          if (shownNow?.run.id === attemptId && !shownNow.served) return;
          const kept = get().attempts.find((a) => a.id === attemptId);
          // One this browser sent to an account is read from the server, where its comments are.
          const served = (!kept || kept.owner !== null) && (await showServed(attemptId));
          const shown = served || (kept && (await reviewKept(reviewedOf(kept, await passMarkOf(kept.assignmentId)))));
          if (shown || at !== visit) return;
          set({ notice: { key: 'attempt-missing' } });
          await get().navigate({ name: 'catalogue' }, { replace: true });
        };

        const enter = async (route: Route): Promise<void> => {
          // Only a move to another place counts: arriving again where we are (the first load
          // settling, a reload) must not cancel a scenario the trainee has just started.
          const at = routePath(route) === routePath(get().route) ? visit : ++visit;
          set({ route, copied: null, reviewProblem: null, confirmDelete: null, ...(route.name === 'play' ? {} : { coach: null }) });
          get().preloadLikely();
          switch (route.name) {
            case 'scenario':
              if (!deps.catalogue.some((e) => e.header.id === route.storyId)) {
                set({ notice: { key: 'story-missing', params: { id: route.storyId } } });
                await get().navigate({ name: 'catalogue' }, { replace: true });
              }
              return;
            case 'play':
              return openPlay(route.storyId, route.assignmentId, at);
            case 'debrief':
              return openDebrief(route.storyId, at);
            case 'attempt':
              return openAttempt(route.attemptId, at);
            default:
              return get().loadAccountPage(route);
          }
        };

        const api = deps.api ?? OFFLINE;
        return {
          ...accountSlice(set, get, { api, outbox: deps.outbox ?? memoryOutbox(), schedule: deps.schedule ?? ((run, ms) => void setTimeout(run, ms)), clipboard: deps.clipboard }),
          ...manageSlice(set, get, api),
          ...saveSlice(set, get, saves.reads, () => savedOf(get()), deps.now),
          saveNow: saves.flush,
          saveWarning: deps.storageRefused ?? false,
          ...reviewSlice(set, get, { api, catalogue: deps.catalogue, story: (storyId) => fetchStory(storyId, get().locale) }),
          route: deps.route ?? { name: 'catalogue' },
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

          navigate: async (route, options) => {
            const path = routePath(route);
            if (path !== routePath(get().route)) (options?.replace ? history.replace : history.push)(path);
            await enter(route);
          },
          arrive: enter,
          settle: async (opened) => {
            if (visit === 0) await enter(opened);
          },
          prepare: (storyId) => void fetchStory(storyId, get().locale).catch(() => undefined),
          preloadLikely: () => {
            const { route, locale, attempts } = get();
            const storyId = likelyNext(route, locale, attempts);
            if (storyId) void download(storyId, locale).then(() => idle(() => get().prepare(storyId)), () => undefined);
          },
          start: async (storyId) => {
            const at = visit;
            if ((await begin(storyId)) && at === visit) await get().navigate({ name: 'play', storyId, assignmentId: null });
          },
          restart: async () => {
            const last = replayBase();
            if (!last) return;
            const at = visit;
            if ((await begin(last.storyId, last.assignmentId)) && at === visit) {
              await get().navigate({ name: 'play', storyId: last.storyId, assignmentId: last.assignmentId });
            }
          },
          choose: (index) => {
            const { active, snapshot } = get();
            if (!run || !active || !snapshot || snapshot.ended) return;
            if (!snapshot.choices[index]) return;
            run.choose(index);
            const after = run.snapshot();
            show({ ...active, path: after.path, recorded: false }, coachFor(active.mode, after), after, variableChange(snapshot.variables, after.variables));
          },
          rewind: async (step) => {
            const from = replayBase();
            const compiled = from && stories.get(storyKey(from.storyId, get().locale));
            if (!from || !compiled) return;
            const path = from.path.slice(0, Math.max(0, step));
            run = replay(compiled, from.seed, path);
            // Playing on from a cited moment is a new attempt: a new id, and the step it left from.
            const { storyId, version, seed, mode, assignmentId, passMark } = from;
            const active: ActiveRun = {
              ...{ storyId, version, seed, mode, assignmentId, passMark },
              id: newId(),
              path,
              recorded: false,
              replayedFrom: path.length,
              startedAt: deps.now().toISOString(),
            };
            show(active, null);
            await get().navigate({ name: 'play', storyId: from.storyId, assignmentId: from.assignmentId });
          },
          resume: async () => {
            const problem = saveRead?.read.problem;
            if (saveRead && problem) set({ notice: { key: `save-${problem}`, params: { ...saveRead.read.dropped, backup: saveRead.backedUp ? 'kept' : 'failed' } } });
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
              compiled = await fetchStory(active.storyId, get().locale);
            } catch {
              set({ loading: null, notice: { key: 'load-failed', params: { id: active.storyId } } });
              return;
            }
            set({ loading: null });
            const { title } = compiled.header;
            const resumed = resumeRun(compiled, active);
            if (resumed.kind !== 'resumed') {
              run = null;
              const notice: Notice =
                resumed.kind === 'path-invalid'
                  ? { key: 'path-invalid', params: { title } }
                  : { key: 'story-changed', params: { title, from: resumed.from, to: resumed.to } };
              set({ active: null, notice });
              return;
            }
            run = resumed.run;
            if (resumed.updatedFrom !== null) {
              set({ notice: { key: 'story-updated', params: { title, from: resumed.updatedFrom, to: resumed.version } } });
            }
            show({ ...active, version: resumed.version }, coachFor(active.mode, run.snapshot()));
          },
          verifyKept: async () => {
            const checked = new Map<string, KeptAttempt | null>();
            for (const storyId of new Set(get().attempts.map((a) => a.storyId))) {
              const mine = get().attempts.filter((a) => a.storyId === storyId);
              let compiled: CompiledStory | null = null;
              if (deps.catalogue.some((e) => e.header.id === storyId)) {
                try {
                  compiled = await fetchStory(storyId, get().locale);
                } catch {
                  continue; // offline: checked on a later visit
                }
              }
              for (const attempt of mine) {
                const rescored = compiled ? rescoreRun(compiled, attempt, attempt.passMark) : null;
                const score = rescored?.ok ? rescored.score : null;
                checked.set(attempt.id, score && { ...attempt, score: score.overall, passed: score.passed, outcome: score.outcome });
              }
            }
            const unfit = [...checked.values()].filter((a) => a === null).length;
            const changed = get().attempts.some((a) => checked.has(a.id) && JSON.stringify(checked.get(a.id)) !== JSON.stringify(a));
            if (!changed) return;
            if (unfit) {
              const raw = saves.reads.getItem(SAVE_KEY);
              if (raw !== null) keepBackup(saves.reads, raw, 'attempts set aside', deps.now());
            }
            // Attempts finished meanwhile are kept as they are.
            const attempts = get().attempts.flatMap((a) => (checked.has(a.id) ? (checked.get(a.id) ?? []) : [a]));
            set(unfit ? { attempts, notice: { key: 'attempts-set-aside', params: { count: unfit } } } : { attempts });
          },
          setLocale: (locale) => {
            set({ locale });
            void showIn(locale);
          },
          setMode: (mode) => set({ mode }),
          setFilter: (key, value) => set({ filters: { ...get().filters, [key]: value } }),
          dismissNotice: () => set({ notice: null }),
          showNotice: (notice) => set({ notice }),
        };
      },
      {
        name: SAVE_KEY,
        version: SAVE_VERSION,
        storage: saves.storage,
        partialize: (state) => savedOf(state),
        // Saved state is validated by the storage; a field added later keeps its default.
        merge: (saved, current) => ({ ...current, ...(saved as Partial<SavedState>) }),
      },
    ),
  );
  return store;
}
