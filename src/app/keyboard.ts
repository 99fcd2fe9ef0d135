import type { AppStore } from './store';

/** Keys 1–9 choose an option on the play screen, unless the user is typing or picking in a form field. */
export function bindChoiceKeys(store: AppStore, target: Window = window): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const field = (event.target as HTMLElement | null)?.closest?.('input, select, textarea');
    if (field) return;
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > 9) return;
    const state = store.getState();
    if (state.route.name !== 'play' || !state.snapshot?.choices[n - 1]) return;
    event.preventDefault();
    state.choose(n - 1);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
