import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, type CompiledInk } from './ink-compile';
import { PORTRAIT_BUILD_DIR, portraitsOf, writePortraits } from './portrait-files';
import { buildErrors, buildStories, inkFilesIn, STORY_BUILD_DIR, writeStoryBuild, type StoryBuild } from './stories-build';

/**
 * Builds the story library (tools/stories-build.ts) for `npm start` and `vite build`, so the
 * browser ships story JSON and no compiler, and the server re-scores from the same files.
 * `import { catalogue } from 'virtual:stories'` gives every scenario's header and a loader for
 * its compiled JSON (its own chunk). A malformed story fails `vite build`; under `npm start` it
 * shows in the dev overlay as `stories/x.ink:42: …` while the other stories stay playable.
 * Each entry also names its buyers' portrait files (tools/portrait-files.ts), drawn at build time.
 */

const VIRTUAL_ID = 'virtual:stories';
const PLUGIN_NAME = 'pitchless-ink-stories';

/** Vite's error payload (what its overlay shows), for the stories that failed. */
export interface StoryBuildError {
  readonly message: string;
  readonly id: string;
  readonly loc: { readonly file: string; readonly line: number; readonly column: number };
  readonly plugin: string;
  readonly stack: string;
}
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;

/** `only`: the story ids to bundle (an LMS package's scenarios); all of them when absent. */
export function inkStories(options: { dir?: string; outDir?: string; portraitDir?: string; only?: readonly string[] } = {}): Plugin {
  let root = process.cwd();
  let storiesDir = '';
  let outDir = '';
  let portraitDir = '';
  let serving = false;
  const cache = new Map<string, CompiledInk>();

  const compile = (file: string): CompiledInk => {
    const cached = cache.get(file);
    if (cached) return cached;
    const result = compileInkFile(file, root);
    cache.set(file, result);
    return result;
  };

  /** The first broken story's problems as Vite's error payload, located for the overlay; null when none. */
  const failureOf = (result: StoryBuild): StoryBuildError | null => {
    const first = result.failures[0]?.problems.find((p) => p.severity === 'error');
    if (!first) return null;
    const file = resolve(root, first.file);
    return { message: buildErrors(result).join('\n'), id: file, loc: { file, line: first.line, column: 0 }, plugin: PLUGIN_NAME, stack: '' };
  };

  /**
   * Builds and writes the library. `vite build` fails on a broken story. `npm start` keeps the
   * stories that compile playable, and hands the problems to every tab (virtual:stories
   * exports them; src/app/dev-overlay.ts shows them in Vite's overlay), also to tabs opened later.
   */
  const build = (): { result: StoryBuild; failure: StoryBuildError | null } => {
    const result = buildStories(inkFilesIn(storiesDir), compile);
    const failure = failureOf(result);
    if (failure && !serving) throw Object.assign(new Error(failure.message), failure);
    writeStoryBuild(result, outDir);
    writePortraits(portraitsOf(result.manifest), portraitDir);
    return { result, failure };
  };

  return {
    name: PLUGIN_NAME,
    configResolved(config) {
      root = config.root;
      serving = config.command === 'serve';
      storiesDir = resolve(root, options.dir ?? 'stories');
      outDir = resolve(root, options.outDir ?? STORY_BUILD_DIR);
      portraitDir = resolve(root, options.portraitDir ?? PORTRAIT_BUILD_DIR);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return null;
      const { result, failure } = build();
      const { manifest } = result;
      for (const file of cache.keys()) this.addWatchFile(file);
      const loader = (file: string): string => {
        const url = `/${relative(root, resolve(outDir, file)).split('\\').join('/')}?raw`;
        return `() => import(${JSON.stringify(url)}).then((m) => m.default)`;
      };
      const chosen = options.only?.length ? manifest.stories.filter((s) => options.only?.includes(s.id)) : manifest.stories;
      // Each portrait is a file of its own (never inlined into the entry), fetched when a card shows it.
      const portraits = portraitsOf(manifest);
      const imports: string[] = [];
      const portraitUrls = (storyId: string): string => {
        const named = [...(portraits.get(storyId) ?? [])].map(([buyerId, { file }]) => {
          const url = `/${relative(root, resolve(portraitDir, file)).split('\\').join('/')}?url&no-inline`;
          imports.push(`import portrait${imports.length} from ${JSON.stringify(url)};`);
          return `${JSON.stringify(buyerId)}: portrait${imports.length - 1}`;
        });
        return `{ ${named.join(', ')} }`;
      };
      const entries = chosen.map(({ id, header, concepts, file, translations = {} }) => {
        const other = Object.entries(translations).map(([locale, t]) => `${JSON.stringify(locale)}: { header: ${JSON.stringify(t.header)}, load: ${loader(t.file)} }`);
        return `  { header: ${JSON.stringify(header)}, concepts: ${JSON.stringify(concepts)}, portraits: ${portraitUrls(id)}, load: ${loader(file)}, translations: { ${other.join(', ')} } }`;
      });
      return `${imports.join('\n')}\nexport const catalogue = [\n${entries.join(',\n')}\n];\nexport const storyProblems = ${JSON.stringify(failure)};\n`;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(storiesDir);
      // The writer sees the problem where they typed the command too: file:line, no stack trace.
      const report = (failure: StoryBuildError | null): void => {
        if (failure) server.config.logger.error(failure.message, { timestamp: true });
      };
      // The server reads the library from disk, so it must exist before the first page loads.
      report(build().failure);
      const onChange = (file: string): void => {
        if (!file.endsWith('.ink')) return;
        cache.clear();
        const { failure } = build();
        report(failure);
        if (!failure) server.config.logger.info('stories rebuilt', { timestamp: true });
        const virtual = server.moduleGraph.getModuleById(RESOLVED_VIRTUAL_ID);
        if (virtual) server.moduleGraph.invalidateModule(virtual);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
