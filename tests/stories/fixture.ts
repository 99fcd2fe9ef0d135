import { join } from 'node:path';
import { loadStory, type CompiledStory } from '../../src/core/runner';
import { compileInkFile } from '../../tools/ink-compile';

export const fixturePath = (name: string): string => join(__dirname, 'fixtures', `${name}.ink`);

/** Compiles a fixture story beside the specs; fails the test with the compiler's messages if it is broken. */
export function fixture(name: string): CompiledStory {
  const result = compileInkFile(fixturePath(name));
  if (!result.json) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return loadStory(result.json);
}
