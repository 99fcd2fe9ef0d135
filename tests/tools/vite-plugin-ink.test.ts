import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkStories } from '../../tools/vite-plugin-ink';

type Hook = (this: unknown, id: string) => unknown;

function plugin(dir: string) {
  const p = inkStories({ dir });
  (p.configResolved as (c: { root: string }) => void)({ root: resolve(__dirname, '../..') });
  const context = { addWatchFile: () => {}, warn: () => {} };
  const load = (id: string): unknown => (p.load as Hook).call(context, id);
  return { p, load };
}

describe('ink Vite plugin', () => {
  const fixtures = resolve(__dirname, '../stories/fixtures');

  it('compiles an .ink module to story JSON', () => {
    const { load } = plugin('tests/stories/fixtures');
    const code = load(resolve(fixtures, 'tiny-deal.ink')) as string;
    expect(code.startsWith('export default "')).toBe(true);
    const json = JSON.parse(JSON.parse(code.slice('export default '.length, -2)) as string) as { inkVersion: number };
    expect(json.inkVersion).toBeGreaterThan(0);
  });

  it('fails with the file name and line of a broken story', () => {
    const { load } = plugin('tests/stories/fixtures');
    expect(() => load(resolve(fixtures, 'missing-divert.ink'))).toThrow(
      "tests/stories/fixtures/missing-divert.ink:13: Divert target not found: '-> nowhere_to_go'",
    );
  });

  it('fails the catalogue when any story is broken, naming it', () => {
    const { p, load } = plugin('tests/stories/fixtures');
    const id = (p.resolveId as Hook).call({}, 'virtual:stories') as string;
    expect(() => load(id)).toThrow(/(dead-end\.ink:1|missing-divert\.ink:13|divert-loop\.ink:18): /);
  });

  it('ignores other modules', () => {
    const { load } = plugin('tests/stories/fixtures');
    expect(load('/src/app/main.ts')).toBeNull();
  });
});
