import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE, STORY_LOCALES, type StoryManifest } from '../src/core/story-manifest';
import { translationOf } from './story-parity';
import { compileInkFile, formatProblem, type CompiledInk } from './ink-compile';
import { duplicateIds } from './story-ids';

/**
 * Builds the story library outside Vite: compiles `stories/*.ink` and writes `manifest.json`
 * and one `<id>.<hash>.json` per story (the hash of its compiled JSON, so a changed story is a
 * new file and caches never serve a stale one). `npm run stories:build`; the Vite plugin calls
 * it for `npm start` and `vite build`, and the server reads what it wrote.
 */

export const STORY_BUILD_DIR = 'build/stories';

export interface StoryBuild {
  readonly manifest: StoryManifest;
  /** Compiled JSON by manifest file name. */
  readonly files: ReadonlyMap<string, string>;
  /** Stories that did not compile or lint: nothing is written while any is left. */
  readonly failures: readonly CompiledInk[];
}

const hashOf = (json: string): string => createHash('sha256').update(json).digest('hex').slice(0, 16);

export const inkFilesIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .sort()
    .map((f) => join(dir, f));

export function buildStories(files: readonly string[], compile: (file: string) => CompiledInk = compileInkFile): StoryBuild {
  const stories: StoryManifest['stories'] = [];
  const out = new Map<string, string>();
  const failures: CompiledInk[] = [];
  const compiled: { path: string; result: CompiledInk }[] = [];
  for (const path of files) {
    const result = compile(path);
    compiled.push({ path, result });
    const header = result.lint.header;
    if (!result.json || !header) {
      failures.push(result);
      continue;
    }
    const file = `${header.id}.${hashOf(result.json)}.json`;
    out.set(file, result.json);
    const translations: NonNullable<StoryManifest['stories'][number]['translations']> = {};
    for (const locale of STORY_LOCALES) {
      const translated = translationOf(path, locale);
      if (!existsSync(translated)) continue;
      const other = compile(translated);
      if (!other.json || !other.lint.header) {
        failures.push(other);
        continue;
      }
      const name = `${header.id}.${locale}.${hashOf(other.json)}.json`;
      out.set(name, other.json);
      translations[locale] = { file: name, header: other.lint.header };
    }
    stories.push({ id: header.id, version: header.version, file, header, concepts: [...result.lint.concepts], translations });
  }
  failures.push(...duplicateIdFailures(compiled));
  return { manifest: { stories }, files: out, failures };
}

/** Two files with one id: both fail, at their `# id:` lines, and nothing is written. */
function duplicateIdFailures(compiled: readonly { path: string; result: CompiledInk }[]): CompiledInk[] {
  const entries = compiled.flatMap(({ path, result }) => (result.lint.header ? [{ file: path, id: result.lint.header.id }] : []));
  const clashes = duplicateIds(entries);
  if (!clashes.length) return [];
  return compiled.flatMap(({ path, result }) => {
    const message = clashes.find((m) => m.includes(`"${result.lint.header?.id}"`));
    if (!message) return [];
    const line = result.source.split('\n').findIndex((l) => /^\s*#\s*id\s*:/.test(l)) + 1 || 1;
    return [{ ...result, json: null, problems: [{ file: relative(process.cwd(), resolve(path)), line, message, severity: 'error' as const }] }];
  });
}

/** Writes a successful build into `dir`, removing story files of earlier builds. */
export function writeStoryBuild(build: StoryBuild, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (!build.files.has(old) && old !== MANIFEST_FILE) rmSync(join(dir, old));
  for (const [file, json] of build.files) writeFileSync(join(dir, file), json);
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(build.manifest, null, 2)}\n`);
}

export const buildErrors = (build: StoryBuild): string[] =>
  build.failures.flatMap((f) => f.problems.filter((p) => p.severity === 'error').map(formatProblem));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const build = buildStories(inkFilesIn('stories'));
  const errors = buildErrors(build);
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  writeStoryBuild(build, STORY_BUILD_DIR);
  console.log(`${STORY_BUILD_DIR}/${MANIFEST_FILE}: ${build.manifest.stories.length} stories`);
}
