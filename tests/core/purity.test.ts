import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/core is pure by the compiler: under tsconfig.core.json (lib ES2023, no DOM or Node types)
 * a platform API does not type-check. Each probe is compiled beside a copy of that config.
 */
const root = resolve(__dirname, '../..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function typecheck(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pitchless-purity-'));
  writeFileSync(join(dir, 'probe.ts'), code);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: join(root, 'tsconfig.core.json'), include: [], files: [join(dir, 'probe.ts')] }));
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('core purity', () => {
  it('accepts plain ES2023 code and imports from core', () => {
    expect(typecheck(`import { CONCEPT_IDS } from '${join(root, 'src/core/concepts')}';\nexport const n: number = [...CONCEPT_IDS].findLast(() => true)?.length ?? 0;\n`)).toBe('');
  }, 60_000);

  it.each([
    ['navigator', 'export const lang = navigator.language;', "Cannot find name 'navigator'"],
    ['Buffer', "export const bytes = Buffer.from('x');", "Cannot find name 'Buffer'"],
    ['fetch', "export const page = fetch('/x');", "Cannot find name 'fetch'"],
    ['document', 'export const el = document.body;', "Cannot find name 'document'"],
    ['process', 'export const env = process.env;', "Cannot find name 'process'"],
  ])('refuses %s', (_name, code, message) => {
    expect(typecheck(code)).toContain(message);
  }, 60_000);
});
