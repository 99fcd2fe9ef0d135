import { loadChunk } from '../chunks';
import type { StageHandle, StageSource, StageState } from '../../game/stage-types';
import { jobTitleOf } from '../../core/tags';
import type { AppState, AppStore } from '../store';
import { afterPaint } from '../schedule';

/** What the stage shows, derived from the store: the buyers, their moods, who is speaking. */
export function stageStateOf(state: AppState): StageState | null {
  const snapshot = state.snapshot;
  if (!snapshot) return null;
  return {
    setting: snapshot.header.setting,
    // Only who is in the room: a buyer the story brings in later appears when they arrive.
    buyers: snapshot.header.buyers.filter((b) => snapshot.present.includes(b.id)).map((b) => ({
      id: b.id,
      name: b.name,
      title: jobTitleOf(b.title),
      look: b.look,
      mood: snapshot.moods[b.id] ?? 'neutral',
      speaking: snapshot.speaker === b.id,
    })),
  };
}

/**
 * Owns the Phaser stage's lifecycle: mounts it (loading Phaser's chunk) when the play screen
 * gives it an element, and destroys it when the element goes.
 */
export function stageSlot(store: AppStore) {
  let element: Element | null = null;
  let handle: StageHandle | null = null;
  let pending = 0;

  const source: StageSource = {
    getState: () => stageStateOf(store.getState()) ?? { setting: 'office', buyers: [] },
    // The stage follows the dialogue a frame later: an answer is painted before the room moves.
    subscribe: (listener) => {
      let last = JSON.stringify(source.getState());
      let cancel: (() => void) | null = null;
      const unsubscribe = store.subscribe(() => {
        cancel ??= afterPaint(() => {
          cancel = null;
          const next = source.getState();
          const key = JSON.stringify(next);
          if (key !== last) {
            last = key;
            listener(next);
          }
        });
      });
      return () => {
        cancel?.();
        unsubscribe();
      };
    },
  };

  const detach = (): void => {
    pending += 1;
    handle?.destroy();
    handle = null;
    element = null;
  };

  return {
    attach(el: Element | undefined): void {
      if (!el || el === element) return;
      detach();
      element = el;
      const ticket = ++pending;
      // After the play screen's first paint: the first options never wait for Phaser.
      afterPaint(() =>
        void loadChunk(() => import('../../game/stage'))
          .then(async ({ mountStage }) => {
            if (ticket !== pending || !(el instanceof HTMLElement)) return;
            const mounted = await mountStage(el, source);
            if (ticket !== pending) mounted.destroy();
            else handle = mounted;
          })
          // Offline before the stage was ever loaded: the conversation plays on without the room.
          .catch(() => undefined),
      );
    },
    detach,
  };
}
