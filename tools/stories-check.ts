import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { CONCEPT_IDS } from '../src/core/concepts';
import { PHASE_IDS, SEGMENT_IDS, SEGMENTS } from '../src/core/buying';
import { MOVE_IDS, RUBRIC } from '../src/core/rubric';
import { checkerFingerprint, recall, remember } from './check-cache';
import { formatProblem } from './ink-compile';
import { inkFilesIn } from './stories-build';
import { clashesWithLibrary } from './story-ids';
import { libraryProblems, reportStory, type PolicyRun, type StoryReport } from './story-report';
import { structureProblems } from './story-structure';
import { suspendReport } from './suspend-report';

/**
 * The writer's tool: `npm run stories:check [-- --json] [-- --readme] [-- --no-cache] [files…]`.
 * Compiles, lints, explores every path and prints the score spread of each story. A story
 * unchanged since the last run, checked by the same checker, keeps its last report
 * (tools/check-cache.ts); `--no-cache` explores every story. Exits 1 when any story has an error.
 */

// Exploring is CPU-bound and stories are independent: each worker thread asks for the next file
// when it is done with one, largest first, so one big story does not leave a core idle.
if (!isMainThread) {
  parentPort?.on('message', (file: string | null) => {
    if (file === null) process.exit(0);
    parentPort?.postMessage(reportStory(file));
  });
  await new Promise<never>(() => {}); // the rest of this module is the main thread's
}

function reportAll(files: readonly string[]): Promise<StoryReport[]> {
  const threads = Math.min(availableParallelism(), files.length);
  if (threads <= 1) return Promise.resolve(files.map((file) => reportStory(file)));
  const byFile = new Map<string, StoryReport>();
  const queue = [...files].sort((a, b) => statSync(b).size - statSync(a).size);
  const runs = Array.from({ length: threads }, () => {
    return new Promise<void>((resolve, reject) => {
      // Node 20 does not pass tsx's loader on to worker threads, so the worker loads it itself.
      const boot = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
      const worker = new Worker(boot, { eval: true });
      worker.on('message', (report: StoryReport) => {
        byFile.set(report.file, report);
        worker.postMessage(queue.shift() ?? null);
      });
      worker.postMessage(queue.shift() ?? null);
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`checker worker exited with ${code}`))));
    });
  });
  return Promise.all(runs).then(() => files.map((file) => byFile.get(file) as StoryReport));
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length
  ? named
  : readdirSync('stories')
      .filter((f) => f.endsWith('.ink'))
      .sort()
      .map((f) => join('stories', f));

// A mistyped file name is a writer's slip, not a crash: say which, without a stack trace.
const missing = files.filter((file) => !existsSync(file));
if (missing.length) {
  for (const file of missing) console.error(`${file}: no such file`);
  process.exit(1);
}

const started = performance.now();
// Stories unchanged since the last run keep their report; only the others are explored.
const fingerprint = flags.has('--no-cache') ? null : checkerFingerprint();
const recalled = new Map(fingerprint === null ? [] : files.flatMap((file) => {
  const report = recall(file, fingerprint);
  return report ? [[file, report] as const] : [];
}));
const explored = await reportAll(files.filter((file) => !recalled.has(file)));
if (fingerprint !== null) for (const report of explored) remember(report, fingerprint);
const fresh = new Map(explored.map((r) => [r.file, r]));
const reports = files.map((file) => (recalled.get(file) ?? fresh.get(file)) as StoryReport);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
// The library rules apply when the whole folder is checked, not when a writer checks one file.
// A single file must not take an id another story in the library already has.
const coverage = named.length ? clashesWithLibrary(reports.flatMap((r) => (r.header ? [{ file: r.file, id: r.header.id }] : [])), inkFilesIn('stories')) : libraryProblems(reports);
// A story's decision structure must not change under the same version (tools/story-structure.ts).
const structure = structureProblems(files, { whole: !named.length });
// An LMS keeps a run as its choice path: the longest path must fit SCORM 1.2's suspend data.
const suspend = suspendReport(reports);
const errorCount = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0) + coverage.length + structure.length + suspend.problems.length;

const played = (run: PolicyRun, steps = false): string => `${run.score} ${steps ? `(${run.outcome}, ${run.steps} choices)` : (run.outcome ?? '?')}`;

function row(r: StoryReport): string[] {
  const e = r.exploration;
  const s = r.scores;
  const status = r.problems.some((p) => p.severity === 'error') ? 'FAIL' : 'ok';
  return [
    r.header?.id ?? r.file,
    r.header ? `${r.header.phase}` : '?',
    r.header?.segment ?? '?',
    e ? String(e.decisionPoints) : '-',
    e ? String(e.states) : '-',
    e ? `${e.endings.length}/${r.declaredEndings}` : '-',
    e ? String(e.concepts.length) : '-',
    s ? played(s.expert) : '-',
    s ? played(s['pitch-first']) : '-',
    s ? played(s['discount-early']) : '-',
    s ? `${s.longest.score}/${s.shortest.score}` : '-',
    s ? played(s.mixed) : '-',
    s ? `${s['question-picker'].score}/${s['buyer-detail'].score}` : '-',
    s ? played(s.worst) : '-',
    r.tells ? `${r.tells.onlyQuestion}/${r.tells.onlyLongest} of ${r.tells.decisions}` : '-',
    status,
  ];
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function markdown(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function coverageMarkdown(): string {
  const ok = reports.filter((r) => r.header && r.exploration && r.scores);
  const cell = (phase: number, segment: string): string =>
    ok.filter((r) => r.header?.phase === phase && r.header.segment === segment).map((r) => `\`${r.header?.id}\``).join('<br>') || '—';
  const grid = markdown(
    ['phase \\ segment', ...SEGMENT_IDS.map((s) => SEGMENTS[s].en)],
    PHASE_IDS.map((p) => [`${p}`, ...SEGMENT_IDS.map((s) => cell(p, s))]),
  );
  const concepts = markdown(
    ['scenario', ...CONCEPT_IDS, 'expert', 'pitch-first', 'worst'],
    ok.map((r) => [
      `\`${r.header?.id}\``,
      ...CONCEPT_IDS.map((c) => (r.exploration?.concepts.includes(c) ? '●' : '')),
      `${r.scores?.expert.score}`,
      `${r.scores?.['pitch-first'].score}`,
      `${r.scores?.worst.score}`,
    ]),
  );
  const perConcept = CONCEPT_IDS.map((c) => `${c}: ${ok.filter((r) => r.exploration?.concepts.includes(c)).length}`).join(' · ');
  const shape = markdown(
    ['scenario', 'decision points', 'states', 'endings', 'expert path', 'pitch-first path', 'discount-early path', 'longest / shortest answer'],
    ok.map((r) => [
      `\`${r.header?.id}\``,
      `${r.exploration?.decisionPoints}`,
      `${r.exploration?.states}`,
      `${r.exploration?.endings.map((e) => e.outcome).sort().join(', ')}`,
      ...(r.scores ? [played(r.scores.expert, true), played(r.scores['pitch-first'], true), played(r.scores['discount-early'], true)] : []),
      `${r.scores?.longest.score} / ${r.scores?.shortest.score}`,
    ]),
  );
  return [
    `Generated by \`npm run stories:check -- --readme\` (${ok.length} scenarios).`,
    '',
    '### Phase × segment',
    '',
    grid,
    '',
    '### Concept × scenario',
    '',
    concepts,
    '',
    `Scenarios assessing each concept: ${perConcept}.`,
    '',
    '### Shape and score spread',
    '',
    shape,
  ].join('\n');
}

function movesMarkdown(): string {
  return markdown(
    ['move', 'evidence', 'why'],
    MOVE_IDS.map((id) => {
      const rubric = RUBRIC[id];
      const evidence = Object.entries(rubric.evidence)
        .map(([c, w]) => `${c}${w > 0 ? '+' : ''}${w}`)
        .join(' ');
      return [`\`${id}\``, evidence || '—', rubric.why.en];
    }),
  );
}

function replaceSection(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`stories/README.md lacks the ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

if (flags.has('--json')) {
  console.log(JSON.stringify({ seconds: Number(seconds), remembered: recalled.size, errors: errorCount, library: coverage, structure, suspend, stories: reports }, null, 2));
} else {
  for (const r of reports) for (const p of r.problems) console.log(formatProblem(p));
  for (const problem of coverage) console.log(`stories/: ${problem}`);
  for (const problem of structure) console.log(problem);
  if (!named.length) {
    const used = new Set(reports.flatMap((r) => r.moves));
    const unused = MOVE_IDS.filter((m) => !used.has(m));
    if (unused.length) console.log(`\nMoves in the rubric no scenario uses yet: ${unused.join(', ')}`);
  }
  const direct = reports.flatMap((r) => r.directEvidence.map((d) => `${r.file}:${d.line}: direct evidence ${d.concept} — ${d.why}`));
  if (direct.length) console.log(`\nDirect evidence (keep it rare):\n${direct.join('\n')}`);
  console.log(
    `\n${table(['story', 'phase', 'segment', 'decisions', 'states', 'endings', 'concepts', 'expert', 'pitch-first', 'discount-early', 'longest/shortest', 'mixed', 'question/detail', 'worst', 'tells ?/long', 'status'], reports.map(row))}`,
  );
  for (const problem of suspend.problems) console.log(problem);
  if (suspend.line) console.log(`\n${suspend.line}`);
  const kept = recalled.size ? ` (${recalled.size} unchanged since the last run, not explored again; --no-cache explores them)` : '';
  console.log(`\n${reports.length} stories, ${errorCount} errors, explored in ${seconds} s${kept}`);
}

if (flags.has('--readme')) {
  const path = 'stories/README.md';
  let text = readFileSync(path, 'utf8');
  text = replaceSection(text, 'moves', movesMarkdown());
  text = replaceSection(text, 'coverage', coverageMarkdown());
  writeFileSync(path, text);
  console.log(`updated ${path}`);
}

process.exit(errorCount ? 1 : 0);
