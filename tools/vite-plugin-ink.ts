import { relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, type CompiledInk } from './ink-compile';
import { buildErrors, buildStories, inkFilesIn, STORY_BUILD_DIR, writeStoryBuild } from './stories-build';

/**
 * Builds the story library (tools/stories-build.ts) for `npm start` and `vite build`, so the
 * browser ships story JSON and no compiler, and the server re-scores from the same files.
 * `import { catalogue } from 'virtual:stories'` gives every scenario's header and a loader for
 * its compiled JSON (its own chunk). A malformed story fails the build and shows in the dev
 * overlay as `stories/x.ink:42: …`.
 */

const VIRTUAL_ID = 'virtual:stories';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;

/** `only`: the story ids to bundle (an LMS package's scenarios); all of them when absent. */
export function inkStories(options: { dir?: string; outDir?: string; only?: readonly string[] } = {}): Plugin {
  let root = process.cwd();
  let storiesDir = '';
  let outDir = '';
  const cache = new Map<string, CompiledInk>();

  const compile = (file: string): CompiledInk => {
    const cached = cache.get(file);
    if (cached) return cached;
    const result = compileInkFile(file, root);
    cache.set(file, result);
    return result;
  };

  /** Builds and writes the library; throws the first broken story's problems, located for the overlay. */
  const build = () => {
    const result = buildStories(inkFilesIn(storiesDir), compile);
    const first = result.failures[0]?.problems.find((p) => p.severity === 'error');
    if (first) {
      const error = new Error(buildErrors(result).join('\n')) as Error & { id?: string; loc?: object };
      error.id = resolve(root, first.file);
      error.loc = { file: resolve(root, first.file), line: first.line, column: 0 };
      throw error;
    }
    writeStoryBuild(result, outDir);
    return result;
  };

  return {
    name: 'pitchless-ink-stories',
    configResolved(config) {
      root = config.root;
      storiesDir = resolve(root, options.dir ?? 'stories');
      outDir = resolve(root, options.outDir ?? STORY_BUILD_DIR);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_VIRTUAL_ID) return null;
      const { manifest } = build();
      for (const file of cache.keys()) this.addWatchFile(file);
      const loader = (file: string): string => {
        const url = `/${relative(root, resolve(outDir, file)).split('\\').join('/')}?raw`;
        return `() => import(${JSON.stringify(url)}).then((m) => m.default)`;
      };
      const chosen = options.only?.length ? manifest.stories.filter((s) => options.only?.includes(s.id)) : manifest.stories;
      const entries = chosen.map(({ header, concepts, file, translations = {} }) => {
        const other = Object.entries(translations).map(([locale, t]) => `${JSON.stringify(locale)}: { header: ${JSON.stringify(t.header)}, load: ${loader(t.file)} }`);
        return `  { header: ${JSON.stringify(header)}, concepts: ${JSON.stringify(concepts)}, load: ${loader(file)}, translations: { ${other.join(', ')} } }`;
      });
      return `export const catalogue = [\n${entries.join(',\n')}\n];\n`;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(storiesDir);
      // The server reads the library from disk, so it must exist before the first page loads.
      try {
        build();
      } catch {
        // the overlay shows the error when the catalogue loads
      }
      const onChange = (file: string): void => {
        if (!file.endsWith('.ink')) return;
        cache.clear();
        try {
          build();
        } catch {
          // shown in the overlay on reload
        }
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
