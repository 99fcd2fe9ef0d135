/** The Prioritized Task Scheduling API (Chromium, Firefox); TypeScript's DOM library does not have it yet. */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}
const taskScheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;

/**
 * Runs `task` once the browser has painted the next frame, so work that can wait (the stage,
 * portraits) never holds back what the user is looking at. Where the browser can, it runs at
 * background priority: the next key press, and any other task of the page, goes first (the
 * stage catching up would otherwise hold the main thread right after every answer's frame).
 * Returns a cancel function.
 */
export function afterPaint(task: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    if (!cancelled) task();
  };
  const frame = requestAnimationFrame(() => {
    if (taskScheduler) void taskScheduler.postTask(run, { priority: 'background' });
    else timer = setTimeout(run);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `task` once, a frame's time after the next frame is painted, at normal priority: for work
 * that must not starve behind a busy page (recording a finished attempt, writing the address).
 * The frame's time lets the frame just drawn be rastered and shown first: on two cores the
 * raster threads and this task would share them. Where no frame comes (a hidden tab), after 100 ms.
 */
export function soonAfterPaint(task: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, 100);
  requestAnimationFrame(() => void setTimeout(run, ONE_FRAME_MS));
}

const ONE_FRAME_MS = 16;

/** Runs work that can wait until the browser is idle (after a second where it cannot tell). */
export const whenIdle = (run: () => void): void => void (window.requestIdleCallback ?? ((then: () => void) => setTimeout(then, 1000)))(() => run());
