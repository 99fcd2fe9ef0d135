import './styles.css';
import { catalogue, storyProblems } from 'virtual:stories';
import { createApiClient } from './api-client';
import { showStoryProblems } from './dev-overlay';
import { keepForOffline } from './offline';
import { createI18n, loadMessages } from './i18n';
import { bindHistory, browserHistory, currentRoute } from './history';
import { bindChoiceKeys } from './keyboard';
import type { Locale } from './locale';
import { indexedDbOutbox, memoryOutbox } from './outbox';
import { SAVE_KEY } from './saved-state';
import { soonAfterPaint, whenIdle } from './schedule';
import { mountShell } from './shell';
import { createAppStore } from './store';

/**
 * Browser storage, or a memory stand-in where the browser refuses it (blocked by policy). A full
 * quota is not a reason to stand in: what was saved is still read, and failed writes are told.
 */
function browserStorage(): { storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>; refused: boolean } {
  try {
    localStorage.getItem('pitchless');
    return { storage: localStorage, refused: false };
  } catch {
    const memory = new Map<string, string>();
    return {
      storage: {
        getItem: (k) => memory.get(k) ?? null,
        setItem: (k, v) => void memory.set(k, v),
        removeItem: (k) => void memory.delete(k),
      },
      refused: true,
    };
  }
}

const preferred: Locale = navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
const kept = browserStorage();
const store = createAppStore({
  catalogue,
  storage: kept.storage,
  storageRefused: kept.refused,
  random: Math.random,
  now: () => new Date(),
  locale: preferred,
  history: browserHistory,
  route: currentRoute(),
  api: createApiClient((input, init) => fetch(input, init)),
  // Without IndexedDB (some private modes) attempts still go out; they just do not survive a reload.
  outbox: typeof indexedDB === 'undefined' ? memoryOutbox() : indexedDbOutbox(),
  schedule: (run, ms) => void setTimeout(run, ms),
  idle: whenIdle,
  afterPaint: soonAfterPaint,
});
const root = document.getElementById('app') as HTMLElement;
const shown = store.getState().locale;
mountShell(root, store, catalogue, createI18n(shown, await loadMessages(shown)));
// Before the saved run and the session settle: the first screen's likely next story downloads beside its first paint.
store.getState().preloadLikely();
bindChoiceKeys(store);
showStoryProblems(storyProblems);
bindHistory(store, root);
window.addEventListener('online', () => void store.getState().flush());
// The save waits for the frame after each change: a page closed, reloaded or hidden first still keeps it.
window.addEventListener('pagehide', () => store.getState().saveNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') store.getState().saveNow();
});
// Another tab saved: merge what it kept instead of overwriting it with this tab's copy.
window.addEventListener('storage', (e) => {
  if (e.key === SAVE_KEY) store.getState().absorbSaved();
});
// The saved run and the session come first, so a reload on a play, debrief or account page shows it, not a new one.
void Promise.all([store.getState().resume(), store.getState().loadSession()])
  .then(() => store.getState().settle(currentRoute()))
  .then(() => store.getState().flush())
  // Kept scores are re-checked from their paths once the page is idle, off the way to the first choice.
  .then(() =>
    whenIdle(() => {
      void store.getState().verifyKept();
      keepForOffline();
    }),
  );
