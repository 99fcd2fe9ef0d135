import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATIONS, translationOf } from './story-parity';
import type { StoryReport } from './story-report';

/**
 * The writer's checker remembers its reports between runs: a story whose files are unchanged,
 * checked by an unchanged checker, gets the last run's report instead of being explored again.
 * A writer edits one story at a time; exploring the fourteen others again is most of the wait
 * (ink's runtime is most of the checker's CPU, see BENCHMARKS.md). The memory lives in
 * node_modules/.cache (never committed, gone on a fresh clone); `--no-cache` ignores it.
 */

const DIR = join('node_modules', '.cache', 'pitchless-stories-check');

const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

function filesUnder(dir: string, ends: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ends))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * What the reports depend on besides a story's own files: the checker's code and the core's
 * rules (any file of either), the installed packages (the lockfile) and Node, and every ink file that is
 * not a story or a translation (what a story may INCLUDE). A change to any of them forgets all.
 */
export function checkerFingerprint(): string {
  const stories = new Set(filesUnder('stories', '.ink').filter((f) => !f.includes('/', 'stories/'.length)));
  const translations = new Set([...stories].flatMap((f) => TRANSLATIONS.map((l) => translationOf(f, l))));
  const includable = filesUnder('stories', '.ink').filter((f) => !stories.has(f) && !translations.has(f));
  const inputs = [...filesUnder('src/core', '.ts'), ...filesUnder('tools', '.ts'), ...includable, 'package-lock.json'];
  const hash = createHash('sha256').update(`${process.cwd()}\n${process.version}`);
  for (const file of inputs) hash.update(`\n${file}\n`).update(existsSync(file) ? readFileSync(file) : '(none)');
  return hash.digest('hex');
}

/** A story's own inputs: its file and its translations (or that there is none). */
function storyKey(file: string, fingerprint: string): string {
  const own = [file, ...TRANSLATIONS.map((l) => translationOf(file, l))].map((f) => `${f}\n${existsSync(f) ? sha(readFileSync(f)) : '(none)'}`);
  return sha([fingerprint, ...own].join('\n'));
}

interface Kept {
  readonly key: string;
  readonly report: StoryReport;
}

const keptAt = (file: string, dir: string): string => join(dir, `${sha(file)}.json`);

/** The last report for `file`, if nothing it depends on has changed since; else null. */
export function recall(file: string, fingerprint: string, dir = DIR): StoryReport | null {
  try {
    const kept = JSON.parse(readFileSync(keptAt(file, dir), 'utf8')) as Kept;
    return kept.key === storyKey(file, fingerprint) && kept.report.file === file ? kept.report : null;
  } catch {
    // Not there yet, or unreadable (an interrupted write, a hand edit): the story is checked.
    return null;
  }
}

/** Keeps `report` for the next run. */
export function remember(report: StoryReport, fingerprint: string, dir = DIR): void {
  const path = keptAt(report.file, dir);
  try {
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a checker running at the same time never reads half a file.
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, JSON.stringify({ key: storyKey(report.file, fingerprint), report } satisfies Kept));
    renameSync(aside, path);
  } catch {
    // A read-only checkout still gets its report; only the next run is slower.
  }
}
