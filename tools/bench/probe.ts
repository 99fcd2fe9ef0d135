/**
 * Runs in the page before any of its scripts (`page.addInitScript`) and records, on the page's
 * own clock (ms since navigation started):
 * - `usable`: the first frame with the scenario's button on screen; the probe then clicks it,
 *   as a user would as soon as they see it (after that frame is painted);
 * - `firstChoice`: the first frame with options to answer (both marks: when that frame began,
 *   so what is requested after it counts as after the first choice);
 * - per answer key press, the time from the key event to the first frame painted after the
 *   page changed in response (the next line and options on screen);
 * - every long task (> 50 ms) the browser reports.
 * Self-contained: Playwright sends this function's source to the page.
 */
export interface ProbeOptions {
  /** The button that opens the scenario, or null when the page shows the story at once. */
  readonly card: string | null;
  readonly choice: string;
}

export interface ProbeResults {
  readonly marks: { usable?: number; clicked?: number; firstChoice?: number };
  readonly latencies: number[];
  readonly longTasks: { start: number; duration: number }[];
}

export function probe({ card, choice }: ProbeOptions): void {
  const results: ProbeResults = { marks: {}, latencies: [], longTasks: [] };
  (window as unknown as { __bench: ProbeResults }).__bench = results;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) results.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // `then` gets when the next frame began and the first moment after it was painted (a task
  // queued from requestAnimationFrame).
  const afterPaint = (then: (painted: number, frame: number) => void): void => {
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now(), frame);
      channel.port2.postMessage(null);
    });
  };

  let keyAt: number | null = null;
  addEventListener('keydown', (event) => {
    if (/^[1-9]$/.test(event.key)) keyAt = event.timeStamp;
  }, true);

  let waitingFor: 'usable' | 'firstChoice' | null = null;
  new MutationObserver(() => {
    const marks = results.marks;
    if (keyAt !== null) {
      const start = keyAt;
      keyAt = null;
      afterPaint((time) => results.latencies.push(time - start));
    }
    if (waitingFor) return;
    if (card && marks.usable === undefined) {
      const button = document.querySelector<HTMLElement>(card);
      if (!button) return;
      waitingFor = 'usable';
      afterPaint((_, frame) => {
        marks.usable = frame;
        waitingFor = null;
        setTimeout(() => {
          marks.clicked = performance.now();
          button.click();
        });
      });
      return;
    }
    if (marks.firstChoice === undefined && document.querySelector(choice)) {
      waitingFor = 'firstChoice';
      afterPaint((_, frame) => {
        marks.firstChoice = frame;
        waitingFor = null;
      });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}
