import { describe, expect, it } from 'vitest';
import { lockProblem, staleLockIds, structureHash, updateLock, type StoryStructure } from '../../tools/story-structure';

const source = `# id: demo
=== start ===
Ana looks up.
* [Ask about her goals # move: ask-goal # why: it opens]
  -> goals
* [Pitch # move: pitch-features]
  -> END
=== goals ===
+ {trust > 1} [Again # move: neutral] -> start
`;

const story = (src: string, version: number): StoryStructure => ({ file: 'stories/demo.ink', id: 'demo', version, structure: structureHash(src) });

describe('story decision structure', () => {
  it('ignores wording and the why, but not order, moves, conditions or where a choice leads', () => {
    const base = structureHash(source);
    expect(structureHash(source.replace('Ask about her goals', 'What are you after this year?'))).toBe(base);
    expect(structureHash(source.replace('it opens', 'it opens the talk'))).toBe(base);
    expect(structureHash(source.replace('Ana looks up.', 'Ana smiles.'))).toBe(base);
    const lines = source.split('\n');
    const reordered = [...lines.slice(0, 3), lines[5], lines[6], lines[3], lines[4], ...lines.slice(7)].join('\n');
    for (const changed of [
      reordered,
      source.replace('move: pitch-features', 'move: ask-budget'),
      source.replace('{trust > 1}', '{trust > 2}'),
      source.replace('-> goals', '-> END'),
      source.replace('+ {trust', '* {trust'),
    ]) {
      expect(structureHash(changed)).not.toBe(base);
    }
  });

  it('fails a changed structure under the same version, and asks for the lock after a version bump', () => {
    const lock = { demo: { version: 2, structure: structureHash(source) } };
    const changed = source.replace('move: pitch-features', 'move: ask-budget');
    expect(lockProblem(story(source, 2), lock)).toBeNull();
    expect(lockProblem(story(changed, 2), lock)).toMatch(/decision structure changed .* version is still 2: raise `# version:` to 3/);
    expect(lockProblem(story(changed, 3), lock)).toMatch(/version raised from 2 to 3: run `npm run stories:lock`/);
    expect(lockProblem(story(source, 1), lock)).toMatch(/lower than the locked version 2/);
    expect(lockProblem(story(source, 1), {})).toMatch(/"demo" is not in stories\/structure.lock.json/);
    expect(staleLockIds([], lock)).toEqual(['demo']);
  });

  it('updates the lock for new versions but refuses a changed structure under an old one', () => {
    const lock = { demo: { version: 2, structure: structureHash(source) } };
    const changed = source.replace('move: pitch-features', 'move: ask-budget');
    expect(updateLock([story(changed, 3)], lock)).toEqual({ lock: { demo: { version: 3, structure: structureHash(changed) } }, refused: [] });
    const refused = updateLock([story(changed, 2)], lock);
    expect(refused.lock).toEqual(lock);
    expect(refused.refused[0]).toMatch(/^stories\/demo.ink: the decision structure changed/);
  });
});
