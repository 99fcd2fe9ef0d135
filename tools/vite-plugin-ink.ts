import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileInkFile, formatProblem, type CompiledInk } from './ink-compile';

/**
 * Compiles `stories/*.ink` at build time, so the browser ships story JSON and no compiler.
 * - `import story from '/stories/x.ink'` gives the compiled JSON as a string (its own chunk
 *   when imported dynamically);
 * - `import { catalogue } from 'virtual:stories'` gives every scenario's header and a loader.
 * A malformed story fails the build and shows in the dev overlay as `stories/x.ink:42: …`.
 */

const VIRTUAL_ID = 'virtual:stories';
const RESOLVED_VIRTUAL_ID = `\0${VIRTUAL_ID}`;

export function inkStories(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let storiesDir = '';
  const cache = new Map<string, CompiledInk>();

  const compile = (file: string): CompiledInk => {
    const cached = cache.get(file);
    if (cached) return cached;
    const result = compileInkFile(file, root);
    cache.set(file, result);
    return result;
  };

  const fail = (result: CompiledInk): never => {
    const errors = result.problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    const error = new Error(errors.map(formatProblem).join('\n')) as Error & { id?: string; loc?: object };
    if (first) {
      error.id = resolve(root, first.file);
      error.loc = { file: resolve(root, first.file), line: first.line, column: 0 };
    }
    throw error;
  };

  const storyFiles = (): string[] =>
    readdirSync(storiesDir)
      .filter((f) => f.endsWith('.ink'))
      .sort()
      .map((f) => join(storiesDir, f));

  return {
    name: 'pitchless-ink-stories',
    configResolved(config) {
      root = config.root;
      storiesDir = resolve(root, options.dir ?? 'stories');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_VIRTUAL_ID : null;
    },
    load(id) {
      if (id === RESOLVED_VIRTUAL_ID) {
        const entries = storyFiles().map((file) => {
          const result = compile(file);
          this.addWatchFile(file);
          if (!result.json || !result.lint.header) fail(result);
          const path = `/${relative(root, file).split('\\').join('/')}`;
          return `  { header: ${JSON.stringify(result.lint.header)}, concepts: ${JSON.stringify(result.lint.concepts)}, load: () => import(${JSON.stringify(path)}).then((m) => m.default) }`;
        });
        return `export const catalogue = [\n${entries.join(',\n')}\n];\n`;
      }
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const result = compile(file);
      for (const dependency of result.files) this.addWatchFile(dependency);
      if (!result.json) fail(result);
      for (const warning of result.problems) this.warn(formatProblem(warning));
      return `export default ${JSON.stringify(result.json)};\n`;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(storiesDir);
      const onChange = (file: string): void => {
        if (!file.endsWith('.ink')) return;
        cache.clear();
        const graph = server.moduleGraph;
        const virtual = graph.getModuleById(RESOLVED_VIRTUAL_ID);
        if (virtual) graph.invalidateModule(virtual);
        for (const mod of graph.getModulesByFile(file) ?? []) graph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
