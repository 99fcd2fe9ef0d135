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

/** How long an idle task may wait for the browser to be idle before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Runs `task` when the browser has nothing better to do (after the first paint at the earliest).
 * `task` gets the time left in this idle period, to split its work into slices that fit.
 */
export function whenIdle(task: (timeLeft: () => number) => void): void {
  afterPaint(() => {
    if ('requestIdleCallback' in window) requestIdleCallback((deadline) => task(() => deadline.timeRemaining()), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(() => {
      const until = performance.now() + 10;
      task(() => until - performance.now());
    }, 50);
  });
}
