/**
 * Runs `task` once the browser has painted the next frame, so work that can wait (the stage,
 * portraits) never holds back what the user is looking at. Returns a cancel function.
 */
export function afterPaint(task: () => void): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      if (!cancelled) task();
    });
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
