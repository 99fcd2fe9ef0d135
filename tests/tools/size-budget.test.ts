import { describe, expect, it } from 'vitest';
import { firstChoiceFiles, type Manifest } from '../../tools/size-budget';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-AAAAAAAA.js', css: ['assets/index-BBBBBBBB.css'], imports: ['_shared-CCCCCCCC.js'], isEntry: true },
  '_shared-CCCCCCCC.js': { file: 'assets/shared-CCCCCCCC.js' },
  '_portraits-EEEEEEEE.js': { file: 'assets/portraits-EEEEEEEE.js' },
  ...Object.fromEntries(
    Array.from({ length: 14 }, (_, i) => [`build/portraits/buyer-${i}.0123456789abcdef.svg`, { file: `assets/buyer-${i}-PPPPPPP${i % 10}.svg` }]),
  ),
  'src/game/stage.ts': { file: 'assets/stage-FFFFFFFF.js', imports: ['_phaser-GGGGGGGG.js'] },
  '_phaser-GGGGGGGG.js': { file: 'assets/phaser-GGGGGGGG.js' },
  'build/stories/small.0123456789abcdef.json?raw': { file: 'assets/small-HHHHHHHH.js' },
  'build/stories/small.zh-CN.0123456789abcdef.json?raw': { file: 'assets/small-zh-KKKKKKKK.js' },
  'build/stories/large.fedcba9876543210.json?raw': { file: 'assets/large-IIIIIIII.js' },
  'assets/rooms/office.svg': { file: 'assets/office-JJJJJJJJ.svg' },
};
// Buyers 0 and 1 have the smallest portraits: of fourteen, the twelve largest are counted.
const sizes: Record<string, number> = { 'assets/large-IIIIIIII.js': 900, 'assets/small-HHHHHHHH.js': 100, 'assets/buyer-0-PPPPPPP0.svg': 1, 'assets/buyer-1-PPPPPPP1.svg': 2 };

describe('size budget', () => {
  it('counts the entry with its imports and CSS, the twelve largest portraits, the largest story (in either language) and room; not the stage or the avatar library', () => {
    const files = firstChoiceFiles(manifest, (file) => sizes[file] ?? 10).map((f) => f.file);
    expect(files.sort()).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/index-BBBBBBBB.css',
      'assets/large-IIIIIIII.js',
      'assets/office-JJJJJJJJ.svg',
      'assets/shared-CCCCCCCC.js',
      'index.html',
      ...Array.from({ length: 12 }, (_, i) => `assets/buyer-${i + 2}-PPPPPPP${(i + 2) % 10}.svg`),
    ].sort());
  });

  it('says so when the build has no portraits any more', () => {
    const rest = Object.fromEntries(Object.entries(manifest).filter(([key]) => !key.startsWith('build/portraits/')));
    expect(() => firstChoiceFiles(rest, () => 1)).toThrow('no buyer portraits in the build');
  });
});
