import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/browser';
import { policyPath } from '../tests/e2e/paths';
import { checkerRun, type CheckerRun } from './bench/checker-runs';
import { coldRun, playthrough, type ColdRun, type Contender, type Playthrough } from './bench/page-runs';
import { serveStatic, type StaticServer } from './bench/static-server';
import { renderReview, reviewBench, type ReviewBench } from './bench/review-runs';
import { abortSubmit, renderSubmit, submitBench, type SubmitBench } from './bench/submit-runs';
import { markdownTable, median, quantile, summary, textTable } from './bench/stats';
import { STORY_BUILD_DIR } from './stories-build';
import { storyLibrary } from '../src/server/stories';
import { compileInkFile } from './ink-compile';
import { catalogueHtml } from './bench/catalogue-floor';

/** The contender that is the app's catalogue without its scripts (tools/bench/catalogue-floor.ts). */
const FLOOR = 'catalogue HTML alone';

/**
 * `npm run bench [-- --story id] [--runs n] [--plays n] [--checks n] [--baseline dir]`, after
 * `npm run build`: measures the build in headless Chromium (software WebGL, as on a laptop
 * without a usable GPU) against a bare inkjs page showing the same story, runs interleaved,
 * then times stories:check. Prints a table and writes BENCHMARKS.md. Ports: BENCH_PORT and the
 * next ones (a free port when unset). Every server it starts is in this process and stops with it.
 */

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const storyId = option('story', 'first-meeting');
const runs = Number(option('runs', '7'));
const plays = Number(option('plays', '3'));
const checks = Number(option('checks', '3'));
const baseline = args.includes('--baseline') ? resolve(option('baseline', '')) : null;
/** `--only review` / `--only submit`: that server section alone (no build of the app or browser needed, only the built stories); `--only pages`: the browser sections alone, printed, BENCHMARKS.md left as it is. */
const only = option('only', 'all');
const review = {
  trainees: Number(option('review-trainees', '1000')),
  attempts: Number(option('review-attempts', '20')),
  teamSize: Number(option('review-team-size', '25')),
  requests: Number(option('review-requests', '60')),
  seed: 10,
};
const progress = (line: string): void => void process.stdout.write(`${line.padEnd(70)}\r`);
const reviewSection = async (): Promise<ReviewBench> => reviewBench(storyLibrary(resolve(STORY_BUILD_DIR)), review, progress);
const basePort = Number(process.env.BENCH_PORT ?? 0);
const portFor = (i: number): number => (basePort ? basePort + i : 0);
const submit = {
  trainees: Number(option('submit-trainees', '40')),
  connections: Number(option('submit-connections', '16')),
  seconds: Number(option('submit-seconds', '10')),
  runs: Number(option('submit-runs', '3')),
  port: portFor(3),
  profile: !args.includes('--no-profile'),
};
const submitSection = async (): Promise<SubmitBench> => submitBench(storyLibrary(resolve(STORY_BUILD_DIR)), STORY_BUILD_DIR, submit, progress);
const servers: StaticServer[] = [];
const stopAll = (): Promise<unknown> => Promise.all(servers.splice(0).map((s) => s.stop()));
// Stops the static servers, the submit section's server processes and drops its databases.
process.once('SIGINT', () => void Promise.allSettled([stopAll(), abortSubmit()]).then(() => process.exit(130)));

if (only === 'review') {
  const bench = await reviewSection();
  console.log(`\nThe manager's review\n${renderReview(bench, textTable, (text) => text)}`);
  process.exit(0);
}
if (only === 'submit') {
  const bench = await submitSection();
  console.log(`\nAttempts submitted to the server\n${renderSubmit(bench, textTable)}`);
  process.exit(0);
}

if (!existsSync('dist/index.html')) throw new Error('no build in dist/: run `npm run build` first');
const storyFile = `stories/${storyId}.ink`;
const { json } = compileInkFile(storyFile);
if (!json) throw new Error(`${storyFile} does not compile: run npm run stories:check`);
const path = policyPath(storyFile, 'expert').path;
const card = `[data-story="${storyId}"] button.primary`;


const startLoad = loadavg();
const launch = findChromium();
if (!launch) throw new Error('no Chromium found (see README)');
const browser = await chromium.launch(launch);
try {
  const inkRuntime = readFileSync(join('node_modules', 'inkjs', 'dist', 'ink.js'));
  const bareHtml = readFileSync(join('tools', 'bench', 'bare-ink.html'));
  const serve = async (i: number, routes: Record<string, string | Buffer>): Promise<string> => {
    const server = await serveStatic(portFor(i), routes);
    servers.push(server);
    return `${server.url}/`;
  };
  const contenders: Contender[] = [
    { label: 'Pitchless', url: await serve(0, { '/': resolve('dist') }), card, stage: true },
    { label: 'bare inkjs', url: await serve(1, { '/ink.js': inkRuntime, '/story.json': Buffer.from(json), '/': bareHtml }), card: null, stage: false },
  ];
  if (baseline) contenders.push({ label: 'baseline', url: await serve(2, { '/': baseline }), card, stage: true });
  const floorHtml = await catalogueHtml(browser, contenders[0]?.url as string, card);
  contenders.push({ label: FLOOR, url: `${await serve(4, { '/': resolve('dist'), '/floor': Buffer.from(floorHtml) })}floor`, card, stage: false, floor: true });

  // Interleaved, and each round in another order, so a busy moment of the machine is shared out.
  const rotate = <T>(xs: readonly T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length] as T);
  const cold = new Map<string, ColdRun[]>(contenders.map((c) => [c.label, []]));
  const played = new Map<string, Playthrough[]>(contenders.map((c) => [c.label, []]));
  for (let round = 0; round < runs; round++) {
    for (const c of rotate(contenders, round)) cold.get(c.label)?.push(await coldRun(browser, c));
    process.stdout.write(`cold run ${round + 1}/${runs}\r`);
  }
  for (let round = 0; round < plays; round++) {
    for (const c of rotate(contenders, round)) if (!c.floor) played.get(c.label)?.push(await playthrough(browser, c, path));
    process.stdout.write(`playthrough ${round + 1}/${plays}\r`);
  }
  const checker: CheckerRun[] = [];
  for (let i = 0; i < (only === 'pages' ? 0 : checks); i++) checker.push(await checkerRun());
  const chromiumVersion = browser.version();
  await browser.close();
  await stopAll();
  const reviewed = only === 'pages' ? null : await reviewSection();
  const submitted = only === 'pages' ? null : await submitSection();

  const report = render({ contenders, cold, played, checker, chromiumVersion, reviewed, submitted });
  console.log(report.text);
  if (reviewed && submitted) {
    writeFileSync('BENCHMARKS.md', report.markdown);
    console.log('\nwrote BENCHMARKS.md');
  }
} finally {
  await browser.close().catch(() => undefined);
  await stopAll();
}

interface Figures {
  readonly contenders: readonly Contender[];
  readonly cold: ReadonlyMap<string, readonly ColdRun[]>;
  readonly played: ReadonlyMap<string, readonly Playthrough[]>;
  readonly checker: readonly CheckerRun[];
  readonly chromiumVersion: string;
  /** Null with `--only pages` (then only the text is used), as is `submitted`. */
  readonly reviewed: ReviewBench | null;
  readonly submitted: SubmitBench | null;
}

function render({ contenders, cold, played, checker, chromiumVersion, reviewed, submitted }: Figures): { text: string; markdown: string } {
  const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
  const total = (chunks: ReadonlyMap<string, number>): number => [...chunks.values()].reduce((a, b) => a + b, 0);
  const runsOf = (label: string): readonly ColdRun[] => cold.get(label) ?? [];
  const bare = runsOf('bare inkjs');

  const timeRows = contenders.map((c) => {
    const mine = runsOf(c.label);
    const ratios = mine.map((r, i) => r.firstChoice / (bare[i]?.firstChoice ?? Number.NaN));
    return [
      c.label,
      summary(mine.filter((r) => r.usable !== null).map((r) => r.usable as number), 0, ' ms'),
      c.floor ? '—' : summary(mine.filter((r) => r.clicked !== null).map((r) => r.firstChoice - (r.clicked as number)), 0, ' ms'),
      summary(mine.map((r) => r.firstChoice), 0, ' ms'),
      c.label === 'bare inkjs' ? '1' : summary(ratios, 2, '×'),
      summary(mine.map((r) => total(r.before) / 1024), 1, ' KiB'),
      summary(mine.map((r) => total(r.settled) / 1024), 1, ' KiB'),
    ];
  });
  const timeHead = ['page', 'catalogue usable', 'click → first choice', 'first choice (click included)', 'first choice ÷ bare', 'gzip before first choice', 'gzip settled'];

  const chunkRows = contenders.flatMap((c) => {
    const mine = runsOf(c.label);
    const names = [...new Set(mine.flatMap((r) => [...r.settled.keys()]))];
    const med = (pick: (r: ColdRun) => ReadonlyMap<string, number>, name: string): number => median(mine.map((r) => pick(r).get(name) ?? 0));
    return names
      .map((name) => ({ name, before: med((r) => r.before, name), settled: med((r) => r.settled, name) }))
      .sort((a, b) => b.settled - a.settled)
      .map(({ name, before, settled }) => [c.label, name, before ? kib(before) : '—', kib(settled)]);
  });
  const chunkHead = ['page', 'chunk', 'KiB gzip before first choice', 'KiB gzip settled'];

  const latencyRows = contenders.filter((c) => !c.floor).map((c) => {
    const mine = played.get(c.label) ?? [];
    const per = (f: (p: Playthrough) => number, digits = 1): string => summary(mine.map(f), digits);
    return [
      c.label,
      per((p) => quantile(p.latencies, 0.5)),
      per((p) => quantile(p.latencies, 0.95)),
      per((p) => Math.max(...p.latencies)),
      per((p) => p.latencies.length, 0),
      per((p) => p.longTasks.length, 0),
      per((p) => Math.max(0, ...p.longTasks), 0),
      per((p) => p.loadingLongTasks.length, 0),
      per((p) => Math.max(0, ...p.loadingLongTasks), 0),
    ];
  });
  const latencyHead = ['page', 'p50 ms', 'p95 ms', 'max ms', 'answers', 'long tasks', 'longest ms', 'long tasks loading', 'longest loading ms'];

  const checkerRows = [[
    summary(checker.map((r) => r.wall), 1, ' s'),
    summary(checker.map((r) => r.explored), 1, ' s'),
    summary(checker.map((r) => r.states), 0),
    summary(checker.map((r) => r.states / r.explored), 0),
  ]];
  const checkerHead = ['wall (start-up included)', 'explored in', 'states', 'states / s'];

  const cpu = cpus();
  const machine = [
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'})`,
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `Node ${process.version}`,
    `Chromium ${chromiumVersion} headless, --disable-gpu (software WebGL)`,
    `load average ${startLoad.map((l) => l.toFixed(1)).join(' / ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end`,
  ];
  const compared = contenders.some((c) => c.label === 'baseline') ? ' `baseline` is another build, given with `--baseline <its dist>`.' : '';
  const floor = ` \`${FLOOR}\` is the catalogue as the build draws it for a new visitor, its HTML and CSS with the scripts removed, timed to when its card is painted and could take the click: a floor under the first choice, which still has to start the story and draw it.`;
  const method = `${runs} cold runs and ${plays} playthroughs of \`${storyId}\` per page, interleaved (each round in another order); ${checks} runs of stories:check. Each figure: the median, with the range (min–max) in brackets.${floor}${compared}`;
  const sections: [string, string[], string[][]][] = [
    ['Time and bytes to the first choice (cold, new browser context each run)', timeHead, timeRows],
    ['Bytes by chunk (median of the cold runs)', chunkHead, chunkRows],
    ['Answer latency over a full playthrough: key press to the next line and options painted; long tasks (> 50 ms) per playthrough', latencyHead, latencyRows],
    ['stories:check on the whole library', checkerHead, checkerRows],
  ];
  const text = [
    `${new Date().toISOString()} · ${machine.join(' · ')}`,
    method,
    ...sections.map(([title, head, rows]) => `\n${title}\n${textTable(head, rows)}`),
    reviewed ? `\nThe manager's review\n${renderReview(reviewed, textTable, (plan) => plan)}` : '',
    submitted ? `\nAttempts submitted to the server\n${renderSubmit(submitted, textTable)}` : '',
  ].join('\n');
  const notesMarker = /<!-- notes:start -->[\s\S]*<!-- notes:end -->/;
  const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
  const notes = notesMarker.exec(previous)?.[0] ?? '<!-- notes:start -->\n<!-- notes:end -->';
  const markdown = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Goals: issue 13 (first choice ≤ 1.3 × the bare inkjs page; ≤ 160 KiB gzip before it; answers p95 ≤ 16 ms and no long task during a playthrough; stories:check ≤ 15 s on 2 quiet cores).`,
    '',
    '## Machine',
    '',
    ...machine.map((m) => `- ${m}`),
    '',
    method,
    ...sections.flatMap(([title, head, rows]) => ['', `## ${title}`, '', markdownTable(head, rows)]),
    '',
    "## Server: the manager's review",
    '',
    reviewed && renderReview(reviewed, markdownTable, (plan) => ['```', plan, '```'].join('\n')),
    '',
    '## Server: attempts submitted',
    '',
    submitted && renderSubmit(submitted, markdownTable),
    '',
    '## Notes',
    '',
    notes,
    '',
  ].join('\n');
  return { text, markdown };
}
