import { describe, expect, it } from 'vitest';
import { loadStory, replay } from '../../src/core/runner';
import { compileInkFile } from '../../tools/ink-compile';
import { fixturePath } from '../stories/fixture';

const story = loadStory(compileInkFile(fixturePath('late-arrival')).json as string);

describe('buyers arrive when the story brings them in', () => {
  it('finds who arrives later from the compiled story', () => {
    expect(story.arriving).toEqual(['bo']);
  });

  it('keeps them out of the room until their line', () => {
    expect(replay(story, 1, []).snapshot().present).toEqual(['ana']);
    const joined = replay(story, 1, [0]).snapshot();
    expect(joined.present).toEqual(['ana', 'bo']);
    expect(joined.entries.some((e) => e.kind === 'beat' && e.beat.enters.includes('bo'))).toBe(true);
  });
});
