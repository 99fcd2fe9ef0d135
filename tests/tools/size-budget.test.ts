import { describe, expect, it } from 'vitest';
import { firstChoiceFiles, type Manifest } from '../../tools/size-budget';

const manifest: Manifest = {
  'index.html': { file: 'assets/index-AAAAAAAA.js', css: ['assets/index-BBBBBBBB.css'], imports: ['_shared-CCCCCCCC.js'], isEntry: true },
  '_shared-CCCCCCCC.js': { file: 'assets/shared-CCCCCCCC.js' },
  '_portraits-EEEEEEEE.js': { file: 'assets/portraits-EEEEEEEE.js' },
  'src/game/stage.ts': { file: 'assets/stage-FFFFFFFF.js', imports: ['_phaser-GGGGGGGG.js'] },
  '_phaser-GGGGGGGG.js': { file: 'assets/phaser-GGGGGGGG.js' },
  'build/stories/small.0123456789abcdef.json?raw': { file: 'assets/small-HHHHHHHH.js' },
  'build/stories/small.zh-CN.0123456789abcdef.json?raw': { file: 'assets/small-zh-KKKKKKKK.js' },
  'build/stories/large.fedcba9876543210.json?raw': { file: 'assets/large-IIIIIIII.js' },
  'assets/rooms/office.svg': { file: 'assets/office-JJJJJJJJ.svg' },
};
const sizes: Record<string, number> = { 'assets/large-IIIIIIII.js': 900, 'assets/small-HHHHHHHH.js': 100 };

describe('size budget', () => {
  it('counts the entry with its imports and CSS, the portraits, the largest story (in either language) and room; not the stage', () => {
    const files = firstChoiceFiles(manifest, (file) => sizes[file] ?? 10).map((f) => f.file);
    expect(files.sort()).toEqual([
      'assets/index-AAAAAAAA.js',
      'assets/index-BBBBBBBB.css',
      'assets/large-IIIIIIII.js',
      'assets/office-JJJJJJJJ.svg',
      'assets/portraits-EEEEEEEE.js',
      'assets/shared-CCCCCCCC.js',
      'index.html',
    ]);
  });

  it('says so when a chunk it counts is no longer in the build', () => {
    const rest = Object.fromEntries(Object.entries(manifest).filter(([key]) => !key.startsWith('_portraits')));
    expect(() => firstChoiceFiles(rest, () => 1)).toThrow('no chunk named "portraits"');
  });
});
