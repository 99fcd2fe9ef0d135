import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { lintInkSource } from '../src/core/source-lint';

/**
 * A story's decision structure and the lock that pins it to a version. A saved attempt is a
 * list of choice indices: if choices are added, removed, reordered, re-tagged or re-routed
 * while `# version:` stays the same, an old path would replay into a different conversation
 * and a different score with no error. The lock (`stories/structure.lock.json`, committed)
 * records each story's version and structure hash; the checker fails when they disagree.
 * Wording is not structure: rephrasing a line or an option needs no new version.
 */

export const LOCK_FILE = 'stories/structure.lock.json';

export interface LockEntry {
  readonly version: number;
  readonly structure: string;
}
export type StructureLock = Readonly<Record<string, LockEntry>>;

export interface StoryStructure {
  readonly file: string;
  readonly id: string;
  readonly version: number;
  readonly structure: string;
}

const KNOT = /^\s*={2,}\s*(?:function\s+)?([\w.]+)/;
const STITCH = /^\s*=\s*([\w.]+)/;
const CHOICE = /^\s*((?:[*+]\s*)+)(\([\w]+\)\s*)?((?:\{[^{}]*\}\s*)*)(.*)$/;
const DIVERT = /->\s*([\w.]+)/g;

/** The structural tokens of a choice line: bullets, label, conditions and its tags but the `why`. */
function choiceToken(match: RegExpExecArray): string {
  const [, bullets = '', label = '', conditions = '', rest = ''] = match;
  const tags = rest
    .split('#')
    .slice(1)
    .map((t) => t.replace(/\].*$/, '').trim())
    .filter((t) => t && !/^why\s*:/.test(t));
  return `C${bullets.replace(/\s/g, '')}${label.trim()}${conditions.replace(/\s/g, '')}|${tags.join('#')}`;
}

/** The ordered decision structure of an ink source: knots, choices with their moves, and diverts. */
export function structureTokens(source: string): string[] {
  const tokens: string[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '');
    const knot = KNOT.exec(line);
    const stitch = knot ? null : STITCH.exec(line);
    if (knot) tokens.push(`K${knot[1]}`);
    else if (stitch) tokens.push(`S${stitch[1]}`);
    const choice = CHOICE.exec(line);
    if (choice) tokens.push(choiceToken(choice));
    for (const divert of line.matchAll(DIVERT)) tokens.push(`D${divert[1]}`);
  }
  return tokens;
}

export function structureHash(source: string): string {
  return createHash('sha256').update(structureTokens(source).join('\n')).digest('hex').slice(0, 16);
}

/** The id, version and structure of a story file, or null when its header does not parse (the checker reports that). */
export function readStructure(file: string): StoryStructure | null {
  const source = readFileSync(file, 'utf8');
  const header = lintInkSource(source).header;
  return header ? { file, id: header.id, version: header.version, structure: structureHash(source) } : null;
}

export function readLock(path = LOCK_FILE): StructureLock {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as StructureLock) : {};
}

const UPDATE = 'run `npm run stories:lock` and commit the lock';

/** Why a story disagrees with the lock, or null when it matches. */
export function lockProblem(story: StoryStructure, lock: StructureLock): string | null {
  const locked = lock[story.id];
  if (!locked) return `"${story.id}" is not in ${LOCK_FILE}: ${UPDATE}`;
  if (story.version < locked.version) return `version ${story.version} is lower than the locked version ${locked.version}`;
  if (story.version === locked.version) {
    return story.structure === locked.structure
      ? null
      : `the decision structure changed (choices, moves, their order or where they lead) but version is still ${story.version}: raise \`# version:\` to ${story.version + 1}, then ${UPDATE}`;
  }
  return `version raised from ${locked.version} to ${story.version}: ${UPDATE}`;
}

/** Lock entries for stories that no longer exist (only meaningful when the whole folder is checked). */
export function staleLockIds(stories: readonly StoryStructure[], lock: StructureLock): string[] {
  const ids = new Set(stories.map((s) => s.id));
  return Object.keys(lock).filter((id) => !ids.has(id));
}

/**
 * The lock for the given stories. A changed structure under an unchanged version is refused:
 * the lock records a new version, it never excuses a missing one.
 */
export function updateLock(stories: readonly StoryStructure[], lock: StructureLock): { lock: StructureLock; refused: string[] } {
  const refused = stories.filter((s) => {
    const locked = lock[s.id];
    return locked && (s.version < locked.version || (s.version === locked.version && s.structure !== locked.structure));
  });
  const entries = stories
    .filter((s) => !refused.includes(s))
    .map((s) => [s.id, { version: s.version, structure: s.structure }] as const);
  const kept = refused.map((s) => [s.id, lock[s.id] as LockEntry] as const);
  const next = Object.fromEntries([...entries, ...kept].sort(([a], [b]) => a.localeCompare(b)));
  return { lock: next, refused: refused.map((s) => `${s.file}: ${lockProblem(s, lock) ?? ''}`) };
}

export function writeLock(lock: StructureLock, path = LOCK_FILE): void {
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
}

/** Lock problems of the checked files, located for a writer; the whole folder also catches removed stories. */
export function structureProblems(files: readonly string[], { whole }: { whole: boolean }): string[] {
  const lock = readLock();
  const stories = files.flatMap((f) => readStructure(f) ?? []);
  const problems = stories.flatMap((s) => {
    const problem = lockProblem(s, lock);
    return problem ? [`${s.file}:1: ${problem}`] : [];
  });
  if (whole) for (const id of staleLockIds(stories, lock)) problems.push(`${LOCK_FILE}: "${id}" is locked but no story has that id: ${UPDATE}`);
  return problems;
}
