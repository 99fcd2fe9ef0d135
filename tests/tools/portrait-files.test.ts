import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoryManifest } from '../../src/core/story-manifest';
import { portraitSvg } from '../../src/game/portraits';
import { portraitFile, portraitsOf, writePortraits } from '../../tools/portrait-files';

const buyer = { id: 'mei-chen', look: ['woman', 'glasses'] as const };
const manifestOf = (buyers: { id: string; look: readonly ('woman' | 'glasses' | 'man' | 'senior')[] }[]): StoryManifest =>
  ({ stories: [{ id: 'deal', version: 1, file: 'deal.0123456789abcdef.json', concepts: [], header: { buyers } }] }) as unknown as StoryManifest;

describe('portraits drawn at build time', () => {
  it('is the neutral portrait the stage draws, smaller, with the same shapes and colours', () => {
    const { file, svg } = portraitFile(buyer);
    const drawn = portraitSvg(buyer.id, 'neutral', { look: buyer.look });
    expect(file).toMatch(/^mei-chen\.[0-9a-f]{16}\.svg$/);
    expect(svg.length).toBeLessThan(drawn.length);
    const colours = (text: string): string[] => [...new Set(text.match(/#[0-9a-f]{6}\b/gi)?.map((c) => c.toLowerCase()))].sort();
    expect(colours(svg)).toEqual(colours(drawn));
    expect(svg.match(/<path/g)?.length).toBe(drawn.match(/<path/g)?.length);
  });

  it('gives a changed look a new file name, and the same look the same one', () => {
    expect(portraitFile(buyer).file).toBe(portraitFile({ ...buyer }).file);
    expect(portraitFile({ ...buyer, look: ['man', 'senior'] }).file).not.toBe(portraitFile(buyer).file);
  });

  it("writes each story's buyers and removes the files of earlier builds", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitchless-portraits-'));
    writeFileSync(join(dir, 'gone.0000000000000000.svg'), '<svg/>');
    const portraits = portraitsOf(manifestOf([{ ...buyer, look: [...buyer.look] }, { id: 'li-wei', look: ['man'] }]));
    writePortraits(portraits, dir);
    expect(readdirSync(dir).sort()).toEqual([portraitFile({ id: 'li-wei', look: ['man'] }).file, portraitFile(buyer).file].sort());
    expect([...(portraits.get('deal')?.keys() ?? [])]).toEqual(['mei-chen', 'li-wei']);
  });
});
