import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { probe, type ProbeOptions, type ProbeResults } from './probe';

/** One page under test: Pitchless (a build) or the bare inkjs page, served at `url`. */
export interface Contender {
  readonly label: string;
  readonly url: string;
  /** The scenario's button on a catalogue, or null when the page opens on the story. */
  readonly card: string | null;
  /** Whether the page draws a stage that loads after the first choice (then waited for). */
  readonly stage: boolean;
  /** A page without scripts (tools/bench/catalogue-floor.ts): timed to when its card could take the click. */
  readonly floor?: boolean;
}

export interface ColdRun {
  readonly usable: number | null;
  /** When the probe's click on the card ran (held back while the page was busy). */
  readonly clicked: number | null;
  readonly firstChoice: number;
  /** gzip bytes by chunk name, for what was requested before the first choice, and once settled. */
  readonly before: ReadonlyMap<string, number>;
  readonly settled: ReadonlyMap<string, number>;
}

export interface Playthrough {
  readonly latencies: readonly number[];
  /** Long tasks from the first answer to the ending. */
  readonly longTasks: readonly number[];
  /** Long tasks while the page loaded, before the first answer (the stage booting, say). */
  readonly loadingLongTasks: readonly number[];
}

const CHOICE = '.choice';
const TIMEOUT = 120_000;
/** A reader's pause between answers, so the stage's fades run and then go quiet, as in play. */
const THINK_MS = 400;

/** `/assets/index-COfV1m9C.js` → `index.js`: the chunk, whatever its hash. */
export function chunkName(url: string): string {
  const path = new URL(url).pathname;
  const file = path.split('/').pop() || 'index.html';
  return file.replace(/-[A-Za-z0-9_-]{8}(\.[a-z]+)$/, '$1');
}

async function open(browser: Browser, contender: Contender): Promise<{ page: Page; sizes: () => Promise<Map<string, number>> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  // tsx keeps function names with a `__name` helper the page does not have: give it one.
  const options: ProbeOptions = { card: contender.card, choice: CHOICE };
  await context.addInitScript({ content: `{ const __name = (f) => f; (${probe.toString()})(${JSON.stringify(options)}); }` });
  const page = await context.newPage();
  // Bodies are asked for as they arrive (an image's is not kept for long), but compressed once the
  // run is over: this process also serves the pages, and compressing a chunk while the page still
  // loads would hold back the next file it asks for.
  const bodies: Promise<[string, Buffer | null]>[] = [];
  page.on('response', (response) => {
    bodies.push(response.body().then((body) => [response.url(), body] as [string, Buffer], () => [response.url(), null])); // redirects and aborted requests have none
  });
  await page.goto(contender.url, { waitUntil: 'commit' });
  const sizes = async (): Promise<Map<string, number>> => {
    const sized = new Map<string, number>();
    for (const [url, body] of await Promise.all(bodies)) if (body) sized.set(url, gzipSync(body).length);
    return sized;
  };
  return { page, sizes };
}

const results = (page: Page): Promise<ProbeResults> => page.evaluate(() => (window as unknown as { __bench: ProbeResults }).__bench);

async function until(page: Page, mark: keyof ProbeResults['marks']): Promise<ProbeResults> {
  await page.waitForFunction((m) => (window as unknown as { __bench: ProbeResults }).__bench.marks[m] !== undefined, mark, { timeout: TIMEOUT });
  return results(page);
}

/** Requests the page made, as [url, started at] on its own clock (the document at 0). */
const requests = (page: Page): Promise<[string, number][]> =>
  page.evaluate(() => [
    [location.href, 0] as [string, number],
    ...performance.getEntriesByType('resource').map((e) => [e.name, e.startTime] as [string, number]),
  ]);

function byChunk(sizes: ReadonlyMap<string, number>, urls: readonly string[]): Map<string, number> {
  const chunks = new Map<string, number>();
  for (const url of urls) {
    const size = sizes.get(url);
    if (size !== undefined) chunks.set(chunkName(url), (chunks.get(chunkName(url)) ?? 0) + size);
  }
  return chunks;
}

/** A new browser context (cold cache) from navigation to the first choice, clicking the card. */
export async function coldRun(browser: Browser, contender: Contender): Promise<ColdRun> {
  const { page, sizes: measure } = await open(browser, contender);
  try {
    // The floor has no choice to show: its "first choice" is the moment its card takes the click.
    const { marks } = await until(page, contender.floor ? 'clicked' : 'firstChoice');
    const firstChoice = (contender.floor ? marks.clicked : marks.firstChoice) as number;
    const early = (await requests(page)).filter(([, start]) => start < firstChoice).map(([url]) => url);
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
    if (contender.stage) await page.locator('.stage canvas').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
    const all = (await requests(page)).map(([url]) => url);
    const sizes = await measure();
    return { usable: marks.usable ?? null, clicked: marks.clicked ?? null, firstChoice, before: byChunk(sizes, early), settled: byChunk(sizes, all) };
  } finally {
    await page.context().close();
  }
}

/** Plays `path` with the number keys (option 1 where the path does not fit) to an ending. */
export async function playthrough(browser: Browser, contender: Contender, path: readonly number[]): Promise<Playthrough> {
  const { page } = await open(browser, contender);
  try {
    await until(page, 'firstChoice');
    if (contender.stage) await page.locator('.stage canvas').waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT });
    await page.waitForTimeout(THINK_MS);
    const startedAt = await page.evaluate(() => performance.now());
    for (let step = 0; step < 200; step++) {
      const available = await page.locator(CHOICE).count();
      if (available === 0) break;
      const wanted = path[step] ?? 0;
      const index = wanted < available ? wanted : 0;
      const answered = (await results(page)).latencies.length;
      await page.keyboard.press(String(index + 1));
      await page.waitForFunction((n) => (window as unknown as { __bench: ProbeResults }).__bench.latencies.length > n, answered, { timeout: TIMEOUT });
      await page.waitForTimeout(THINK_MS);
    }
    await page.locator('.ended').waitFor({ timeout: TIMEOUT });
    const { latencies, longTasks } = await results(page);
    return {
      latencies,
      longTasks: longTasks.filter((t) => t.start >= startedAt).map((t) => t.duration),
      loadingLongTasks: longTasks.filter((t) => t.start < startedAt).map((t) => t.duration),
    };
  } finally {
    await page.context().close();
  }
}
