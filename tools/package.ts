import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { StoryManifestSchema } from '../src/core/story-manifest';
import { DEFAULT_PASS_MARK } from '../src/core/scoring';
import * as v from 'valibot';
import { lmsConfig, LMS_MODE, LMS_OUT_DIR } from '../vite.config';
import { manifestFile, manifestOf, PACKAGE_FORMATS, type PackageFormat, type PackagedScenario } from './lms-manifest';
import { buildStories, inkFilesIn, STORY_BUILD_DIR, writeStoryBuild, buildErrors } from './stories-build';

/**
 * `npm run package -- --format scorm12|scorm2004|cmi5 [--scenario ID …] [--pass-mark N] [--out FILE]`:
 * builds the game for offline play inside an LMS (relative paths, the chosen stories bundled,
 * no account features) and writes a zip with its manifest, one SCO / AU per scenario.
 */

export interface PackageOptions {
  readonly format: PackageFormat;
  /** Story ids; every scenario of the library when empty. */
  readonly scenarios: readonly string[];
  readonly passMark: number;
  readonly out: string;
}

export class PackageError extends Error {
  override name = 'PackageError';
}

export function parseArgs(args: readonly string[]): PackageOptions {
  let format: string | undefined;
  let passMark = DEFAULT_PASS_MARK;
  let out: string | undefined;
  const scenarios: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    const take = (): string => {
      if (value === undefined || value.startsWith('--')) throw new PackageError(`${flag} needs a value`);
      i++;
      return value;
    };
    if (flag === '--format') format = take();
    else if (flag === '--scenario') scenarios.push(take());
    else if (flag === '--pass-mark') passMark = Number(take());
    else if (flag === '--out') out = take();
    else if (flag && !flag.startsWith('--') && scenarios.length) scenarios.push(flag);
    else throw new PackageError(`unknown argument "${flag}"`);
  }
  if (!PACKAGE_FORMATS.includes(format as PackageFormat)) throw new PackageError(`--format must be one of ${PACKAGE_FORMATS.join(', ')}`);
  if (!Number.isFinite(passMark) || passMark < 1 || passMark > 100) throw new PackageError('--pass-mark must be a number from 1 to 100');
  const chosen = scenarios.length ? `-${scenarios.join('-')}` : '';
  return { format: format as PackageFormat, scenarios, passMark, out: out ?? join('build', 'packages', `pitchless-${format}${chosen}.zip`) };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/** The scenarios to package, from the built library; an unknown id is an error naming the known ones. */
function chosenScenarios(ids: readonly string[]): PackagedScenario[] {
  const library = buildStories(inkFilesIn('stories'));
  const errors = buildErrors(library);
  if (errors.length) throw new PackageError(`the stories do not build:\n${errors.join('\n')}`);
  writeStoryBuild(library, STORY_BUILD_DIR);
  const { stories } = v.parse(StoryManifestSchema, library.manifest);
  const unknown = ids.filter((id) => !stories.some((s) => s.id === id));
  if (unknown.length) throw new PackageError(`unknown scenario ${unknown.join(', ')}; the library has ${stories.map((s) => s.id).join(', ')}`);
  return stories
    .filter((s) => !ids.length || ids.includes(s.id))
    .map((s) => {
      const zh = s.translations?.['zh-CN']?.header;
      return { id: s.id, title: s.header.title, brief: s.header.brief, ...(zh ? { zh: { title: zh.title, brief: zh.brief } } : {}) };
    });
}

/** Builds the game for a package of these scenarios into LMS_OUT_DIR (the same for every format). */
export async function buildLmsApp(ids: readonly string[], logLevel: 'warn' | 'error' = 'warn'): Promise<void> {
  await build({ ...lmsConfig(ids), configFile: false, mode: LMS_MODE, logLevel });
}

/** Zips the built game (LMS_OUT_DIR) with the manifest of `options.format`. */
export async function zipPackage(options: PackageOptions): Promise<{ file: string; bytes: number; scenarios: number }> {
  const scenarios = chosenScenarios(options.scenarios);
  const root = resolve(LMS_OUT_DIR);
  const files = filesUnder(root).map((f) => relative(root, f).split('\\').join('/'));
  const spec = {
    format: options.format,
    identifier: `pitchless-${options.format}-${scenarios.map((s) => s.id).join('-')}`.slice(0, 200),
    title: scenarios.length === 1 ? (scenarios[0]?.title ?? 'Pitchless') : 'Pitchless: sales conversations',
    scenarios,
    passMark: options.passMark,
    files,
  };
  const entries: Record<string, Uint8Array> = { [manifestFile(options.format)]: new TextEncoder().encode(manifestOf(spec)) };
  for (const f of files) entries[f] = readFileSync(join(root, f));
  const zip = zipSync(entries, { level: 9 });
  mkdirSync(resolve(options.out, '..'), { recursive: true });
  writeFileSync(options.out, zip);
  return { file: options.out, bytes: zip.length, scenarios: scenarios.length };
}

export async function buildPackage(options: PackageOptions): Promise<{ file: string; bytes: number; scenarios: number }> {
  await buildLmsApp(chosenScenarios(options.scenarios).map((s) => s.id));
  return zipPackage(options);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const made = await buildPackage(parseArgs(process.argv.slice(2)));
    console.log(`${made.file}: ${made.scenarios} scenario(s), ${(made.bytes / 1024).toFixed(0)} KiB`);
  } catch (error) {
    console.error(error instanceof PackageError ? `package: ${error.message}` : error);
    process.exit(1);
  }
}
