import { CONCEPT_IDS } from '../../core/concepts';
import type { AppStore } from '../store';
import { loadChunk } from '../chunks';
import { conceptName } from './labels';

/** Owns the debrief chart: loads the chart library's chunk and redraws when the debrief or language changes. */
export function chartSlot(store: AppStore) {
  let canvas: HTMLCanvasElement | null = null;
  let remove: (() => void) | null = null;
  let drawnFor = '';
  let ticket = 0;

  const detach = (): void => {
    ticket += 1;
    remove?.();
    remove = null;
    canvas = null;
    drawnFor = '';
  };

  return {
    attach(el: Element | undefined, notAssessed: string): void {
      if (!(el instanceof HTMLCanvasElement)) return;
      const state = store.getState();
      const review = state.review;
      if (!review) return;
      const key = `${JSON.stringify(review.debrief.grades)}|${state.locale}`;
      if (el === canvas && key === drawnFor) return;
      detach();
      canvas = el;
      drawnFor = key;
      const mine = ticket;
      void loadChunk(() => import('./concept-chart'))
        .then(({ drawConceptChart }) => {
          if (mine !== ticket || !canvas) return;
          remove = drawConceptChart(canvas, {
            labels: [...CONCEPT_IDS],
            names: CONCEPT_IDS.map((c) => conceptName(c, state.locale)),
            grades: review.debrief.grades.map((g) => g.grade),
            notAssessed,
          });
        })
        // The grades table below the chart says the same; drawing is tried again on the next debrief.
        .catch(() => {
          drawnFor = '';
        });
    },
    detach,
  };
}
