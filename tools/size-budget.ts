import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * `npm run size` (after `npm run build`, part of `npm test`): what a trainee downloads before
 * the first choice, gzip, against the budget of issue 13. That is the page, the entry chunk
 * with its CSS and static imports, and what the catalogue loads before a scenario opens: the
 * portraits, the largest story and the largest room picture the play screen
 * shows behind the stage while it loads, and the portraits of the catalogue's first screen.
 * Fails past the budget.
 */

/** Issue 13's budget: `npm test` (and so CI) fails past it. */
export const BUDGET_KIB = 160;

/**
 * Portraits drawn at build time (tools/portrait-files.ts) are fetched lazily, card by card: a
 * laptop's first screen shows about six cards of up to four buyers (11 portraits are fetched at
 * 1280 × 860). Count the twelve largest, as if every one of them were on it.
 */
const FIRST_SCREEN_PORTRAITS = 12;
const PORTRAIT = /^build\/portraits\/[^/]+\.svg$/;
/** Of these (a story, a room, the interface strings of one language), the first choice needs one each: count the largest. */
const ONE_OF = [/^build\/stories\/[a-z0-9-]+(\.zh-CN)?\.[0-9a-f]{16}\.json\?raw$/, /^assets\/rooms\/[^/]+\.svg$/, /^src\/app\/locales\/[A-Za-z-]+\.ts$/];

/** Vite's build manifest (`build.manifest`): each source's chunk and what it imports. */
export type Manifest = Record<string, { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>;

/** Files needed before the first choice, with their gzip size, largest first. */
export function firstChoiceFiles(manifest: Manifest, gzipSize: (file: string) => number): { file: string; bytes: number }[] {
  const files = new Set<string>(['index.html']);
  const add = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length === 0) throw new Error('the build manifest has no entry: is build.manifest on in vite.config.ts?');
  for (const entry of entries) add(entry);
  const portraits = Object.keys(manifest).filter((key) => PORTRAIT.test(key));
  if (portraits.length === 0) throw new Error('no buyer portraits in the build: did tools/portrait-files.ts run?');
  for (const key of portraits.sort((a, b) => gzipSize(manifest[b]?.file ?? '') - gzipSize(manifest[a]?.file ?? '')).slice(0, FIRST_SCREEN_PORTRAITS)) add(key);
  for (const kind of ONE_OF) {
    const keys = Object.keys(manifest).filter((key) => kind.test(key));
    const largest = keys.sort((a, b) => gzipSize(manifest[b]?.file ?? '') - gzipSize(manifest[a]?.file ?? ''))[0];
    if (largest) add(largest);
  }
  return [...files].map((file) => ({ file, bytes: gzipSize(file) })).sort((a, b) => b.bytes - a.bytes);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = 'dist';
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    console.error('no build manifest in dist/.vite/: run `npm run build` first');
    process.exit(1);
  }
  const files = firstChoiceFiles(manifest, (file) => gzipSync(readFileSync(join(dist, file))).length);
  const total = files.reduce((n, f) => n + f.bytes, 0) / 1024;
  for (const { file, bytes } of files) console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KiB  ${file}`);
  const verdict = total <= BUDGET_KIB ? `within the budget of ${BUDGET_KIB} KiB` : `over the budget of ${BUDGET_KIB} KiB`;
  console.log(`${total.toFixed(1).padStart(7)} KiB gzip before the first choice: ${verdict}`);
  process.exit(total <= BUDGET_KIB ? 0 : 1);
}
