import '../styles.css';
import { catalogue } from 'virtual:stories';
import { passMarkFrom } from '../../core/lms-report';
import { encodeSuspendData, furthestRun } from '../../core/lms-suspend';
import { DEFAULT_PASS_MARK } from '../../core/scoring';
import { bindHistory } from '../history';
import { createI18n, loadMessages } from '../i18n';
import { bindChoiceKeys } from '../keyboard';
import { LOCALES, type Locale } from '../locale';
import type { Route } from '../routes';
import { SAVE_KEY, SAVE_VERSION, type ActiveRun, type SavedState } from '../saved-state';
import { mountShell } from '../shell';
import { createAppStore, type AppStore, type Notice } from '../store';
import { connectCmi5 } from './cmi5-session';
import type { LmsLink, LmsReporter, Tell } from './lms-link';
import { trackRuns } from './lms-tracker';
import { localCopy } from './local-copy';
import { connectScorm } from './scorm-session';
import { indexedDbQueueStore, memoryQueueStore } from './statement-queue';

/**
 * The game inside an LMS package (`index.html?scenario=<id>&format=<format>&passMark=<n>`): no
 * server and no accounts; the LMS holds the learner's place and receives the results. Without
 * an LMS it still plays, keeping its place in this browser, and says that nothing is reported.
 */

const query = new URLSearchParams(window.location.search);
const scenario = query.get('scenario') ?? catalogue[0]?.header.id ?? '';
const format = query.get('format');
const packagedPassMark = Number(query.get('passMark')) || DEFAULT_PASS_MARK;
const now = (): Date => new Date();

let store: AppStore | null = null;
let pending: Notice | null = null;
const tell: Tell = (notice) => {
  if (store) store.getState().showNotice(notice);
  else pending = notice;
};

async function connect(): Promise<LmsLink | null> {
  if (format === 'scorm12' || format === 'scorm2004') return connectScorm(window, format, now, tell);
  if (format !== 'cmi5') return null;
  return connectCmi5(scenario, {
    header: (id) => catalogue.find((e) => e.header.id === id)?.header ?? null,
    locale: () => store?.getState().locale ?? 'en',
    queueStore: typeof indexedDB === 'undefined' ? memoryQueueStore() : indexedDbQueueStore(),
    now,
    tell,
    schedule: (run, ms) => void setTimeout(run, ms),
  });
}

/** This browser's storage; blocked (private mode, policy) or full, it keeps nothing and play goes on. */
const safeStorage: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  setItem: (key, value) => {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // nothing to keep it in: the LMS's copy is the one that counts
    }
  },
};

/** The store's saved state, made from what the LMS kept: the app resumes it as after a reload. */
function seeded(state: SavedState): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const memory = new Map([[SAVE_KEY, JSON.stringify({ state, version: SAVE_VERSION })]]);
  return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
}

// Whatever goes wrong reaching the LMS, the game still opens, and says so.
const link = await connect().catch((): null => {
  tell({ key: 'lms-lost' });
  return null;
});
if (!link && !pending) pending = { key: 'lms-missing' };
const copy = localCopy(safeStorage, link?.learnerKey ?? 'no-lms', scenario);
const kept = furthestRun(link?.suspended ?? null, copy.read());
const finished = link?.finished ?? false;
const passMark = passMarkFrom(link?.masteryScore ?? null, packagedPassMark);
const active: ActiveRun | null =
  kept && kept.storyId === scenario
    ? { ...kept, id: link?.attemptId ?? crypto.randomUUID(), recorded: finished, assignmentId: null, passMark, replayedFrom: null, startedAt: now().toISOString() }
    : null;
// The language the learner chose here last, else the LMS's preference, else the browser's.
const LOCALE_KEY = 'pitchless-lms-locale';
const chosen = LOCALES.find((l) => l === safeStorage.getItem(LOCALE_KEY));
const locale: Locale = chosen ?? ((link?.language ?? navigator.language).toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
const route: Route = { name: 'play', storyId: scenario, assignmentId: null };

store = createAppStore({
  catalogue,
  storage: seeded({ locale, mode: active?.mode ?? 'coach', active, runs: [], attempts: [], claimAnswered: [] }),
  random: Math.random,
  now,
  locale,
  route,
  passMark,
});
const root = document.getElementById('app') as HTMLElement;
mountShell(root, store, catalogue, createI18n(locale, await loadMessages(locale)));
bindChoiceKeys(store);
bindHistory(store, root, { backForward: false });
store.subscribe((state, before) => {
  if (state.locale !== before.locale) safeStorage.setItem(LOCALE_KEY, state.locale);
});

// This browser keeps its own copy of every step, whether or not the LMS took it.
const reporter: LmsReporter = {
  progress: (run, snapshot, decided) => {
    copy.write(encodeSuspendData(run));
    link?.reporter.progress(run, snapshot, decided);
  },
  ending: (run, review) => link?.reporter.ending(run, review),
};
// Watching from before the resume: a kept path that ends, but whose ending the LMS never got, is reported now.
const tracker = trackRuns(store, scenario, reporter, finished);
window.addEventListener('pagehide', () => link?.leave(tracker.finished()));
await store.getState().resume();
const resumed = store.getState();
const ended = !!resumed.active?.recorded && resumed.review?.run.id === resumed.active.id;
await store.getState().arrive(ended ? { name: 'debrief', storyId: scenario } : route);
// After the run opened: starting a run clears the notices of the page before.
if (pending) store.getState().showNotice(pending);
