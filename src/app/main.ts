import './styles.css';
import { catalogue } from 'virtual:stories';
import { createI18n } from './i18n';
import { bindHistory, browserHistory, currentRoute } from './history';
import { bindChoiceKeys } from './keyboard';
import type { Locale } from './locale';
import { mountShell } from './shell';
import { createAppStore } from './store';

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
  history: browserHistory,
  route: currentRoute(),
});
const root = document.getElementById('app') as HTMLElement;
mountShell(root, store, catalogue, createI18n(store.getState().locale));
bindChoiceKeys(store);
bindHistory(store, root);
// The saved run is restored first, so a reload on its play or debrief page shows it, not a new one.
void store.getState().resume().then(() => store.getState().arrive(currentRoute()));
