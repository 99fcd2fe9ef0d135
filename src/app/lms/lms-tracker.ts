import type { AppStore } from '../store';
import type { LmsReporter } from './lms-link';

/**
 * Watches the store for the scenario an LMS launched: every new run and every decision goes to
 * the reporter, and the first ending once. A run already finished in the LMS reports nothing.
 */
export function trackRuns(store: AppStore, storyId: string, reporter: LmsReporter, finished: boolean): { finished(): boolean } {
  let done = finished;
  let lastId = store.getState().active?.id ?? null;
  let lastLength = store.getState().active?.path.length ?? -1;
  store.subscribe((state) => {
    const { active, snapshot, review } = state;
    if (done || !active || active.storyId !== storyId || !snapshot) return;
    const length = active.path.length;
    if (active.id !== lastId || length !== lastLength) {
      const decided = active.id === lastId && length === lastLength + 1;
      lastId = active.id;
      lastLength = length;
      reporter.progress(active, snapshot, decided);
    }
    if (active.recorded && review?.run.id === active.id) {
      done = true;
      reporter.ending(active, review);
    }
  });
  return { finished: () => done };
}
