import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStories } from '../../tools/stories-build';
import { clashesWithLibrary } from '../../tools/story-ids';
import { fixturePath } from '../stories/fixture';

const copyOf = (name: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'pitchless-ids-')), 'copy.ink');
  copyFileSync(fixturePath(name), file);
  return file;
};

describe('duplicate story ids', () => {
  it('a single file checked on its own is refused when a library story has its id', () => {
    const copy = copyOf('tiny-deal');
    const clashes = clashesWithLibrary([{ file: copy, id: 'tiny-deal' }], [fixturePath('tiny-deal'), fixturePath('dead-end')]);
    expect(clashes).toEqual([`story id "tiny-deal" is used by both ${[relative(process.cwd(), copy), relative(process.cwd(), fixturePath('tiny-deal'))].sort().join(' and ')}`]);
  });

  it('checking a library story itself is no clash', () => {
    expect(clashesWithLibrary([{ file: fixturePath('tiny-deal'), id: 'tiny-deal' }], [fixturePath('tiny-deal'), fixturePath('dead-end')])).toEqual([]);
  });

  it('the build refuses two files with one id, at their id lines, and writes nothing', () => {
    const build = buildStories([fixturePath('tiny-deal'), copyOf('tiny-deal')]);
    const problems = build.failures.flatMap((f) => f.problems);
    expect(problems).toHaveLength(2);
    for (const p of problems) expect(p).toMatchObject({ line: 1, severity: 'error', message: expect.stringContaining('story id "tiny-deal" is used by both') });
  });
});
