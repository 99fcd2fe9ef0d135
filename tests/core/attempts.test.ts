import { describe, expect, it } from 'vitest';
import { summariseAttempts, type Attempt } from '../../src/core/attempts';

const run = (score: number, extra: Partial<Attempt> & { replayedFrom?: number | null } = {}) => ({
  storyId: 'first-meeting',
  version: 1,
  mode: 'assessment' as const,
  seed: 1,
  path: [0],
  score,
  passed: score >= 70,
  outcome: 'won' as const,
  finishedAt: '2026-11-01T00:00:00Z',
  replayedFrom: null,
  ...extra,
});

describe('summariseAttempts (best means best)', () => {
  it('takes first, best and last from complete assessment runs only', () => {
    const summary = summariseAttempts([run(40), run(100, { mode: 'coach' }), run(75), run(95, { replayedFrom: 4 }), run(60)], 'first-meeting');
    expect(summary).toEqual({ counted: { count: 3, first: 40, best: 75, last: 60, passed: true }, practice: 2 });
  });

  it('a coach-mode pass is practice: no best, not passed', () => {
    expect(summariseAttempts([run(100, { mode: 'coach' })], 'first-meeting')).toEqual({ counted: null, practice: 1 });
  });

  it('another scenario, or none played, is null', () => {
    expect(summariseAttempts([run(80)], 'cold-feet')).toBeNull();
  });
});
