import './styles.css';
import { catalogue } from 'virtual:stories';
import { createI18n } from './i18n';
import { bindChoiceKeys } from './keyboard';
import type { Locale } from './locale';
import { mountShell } from './shell';
import { createAppStore, loadPlayEngine } from './store';

/** Browser storage, or a memory stand-in where the browser refuses it (private mode, policy). */
function browserStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const probe = '__pitchless_probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (k) => memory.get(k) ?? null,
      setItem: (k, v) => void memory.set(k, v),
      removeItem: (k) => void memory.delete(k),
    };
  }
}

const preferred: Locale = navigator.languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
const store = createAppStore({
  catalogue,
  storage: browserStorage(),
  random: Math.random,
  now: () => new Date(),
  locale: preferred,
});
// Any scenario needs the story engine: fetch it now, beside the catalogue (the browser compiles
// it off the main thread), so a click never waits for it.
loadPlayEngine().catch(() => undefined); // a click tries again and says so if it fails
const root = document.getElementById('app') as HTMLElement;
mountShell(root, store, catalogue, createI18n(store.getState().locale));
bindChoiceKeys(store);
void store.getState().resume();
