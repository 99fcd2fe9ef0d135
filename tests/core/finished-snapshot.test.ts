import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/core/policies';
import { playWith } from '../../src/core/explore';
import { loadStory } from '../../src/core/runner';
import { finishedSnapshot } from '../../src/core/transcript';
import { compileInkFile } from '../../tools/ink-compile';
import { fixturePath } from '../stories/fixture';

describe('finishedSnapshot', () => {
  it('rebuilds from a stored transcript the room a live run ended in', () => {
    const compiled = loadStory(compileInkFile(fixturePath('tiny-deal')).json as string);
    for (const policy of ['expert', 'pitch-first', 'worst'] as const) {
      const live = playWith(compiled, POLICIES[policy], 5);
      const rebuilt = finishedSnapshot(live.header, live.seed, live.path, live.entries);
      expect(rebuilt).toMatchObject({ moods: live.moods, phase: live.phase, speaker: live.speaker, outcome: live.outcome, path: live.path, ended: true, choices: [] });
      expect(rebuilt.outcome).not.toBeNull();
    }
  });
});
