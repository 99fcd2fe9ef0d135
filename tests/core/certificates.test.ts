import { describe, expect, it } from 'vitest';
import { certifiedScenarios } from '../../src/core/certificates';
import { assignment, attempt } from './review-fixtures';

const ASSESS = assignment('A', { storyIds: ['s1', 's2'], counting: 'best' });
const x1 = attempt('x1', { user: 't1', story: 's1', assignment: 'A', at: '2026-12-01T09:00:00Z', score: 60 });
const x2 = attempt('x2', { user: 't1', story: 's1', assignment: 'A', at: '2026-12-02T09:00:00Z', score: 85, passed: true });
const x3 = attempt('x3', { user: 't1', story: 's2', assignment: 'A', at: '2026-12-03T09:00:00Z', score: 75, passed: true });

describe('certificates', () => {
  it('gives the counting run of every scenario, in the assignment’s order, when all passed', () => {
    expect(certifiedScenarios(ASSESS, [x3, x1, x2])).toEqual([
      { storyId: 's1', attempt: x2 },
      { storyId: 's2', attempt: x3 },
    ]);
    expect(certifiedScenarios({ ...ASSESS, counting: 'first' }, [x1, x2, x3])).toBeNull();
  });

  it('gives nothing when a counting run failed or a scenario was not played', () => {
    const x4 = attempt('x4', { user: 't1', story: 's1', assignment: 'A', at: '2026-12-04T09:00:00Z', score: 50 });
    expect(certifiedScenarios({ ...ASSESS, counting: 'last' }, [x1, x2, x3, x4])).toBeNull();
    expect(certifiedScenarios({ ...ASSESS, counting: 'best' }, [x1, x2, x3, x4])).toHaveLength(2);
    expect(certifiedScenarios(ASSESS, [x1, x2])).toBeNull();
  });

  it('gives nothing for a coach-mode assignment, however well it went', () => {
    const coached = [x2, x3].map((a) => ({ ...a, mode: 'coach' as const }));
    expect(certifiedScenarios({ ...ASSESS, mode: 'coach' }, coached)).toBeNull();
    expect(certifiedScenarios({ ...ASSESS, mode: 'coach' }, [x2, x3])).toBeNull();
  });

  it('does not count a replayed or coach-mode pass towards it', () => {
    const replayed = attempt('x5', { user: 't1', story: 's2', assignment: 'A', replayedFrom: 3, at: '2026-12-05T09:00:00Z', score: 95, passed: true });
    const coach = attempt('x6', { user: 't1', story: 's2', assignment: 'A', mode: 'coach', at: '2026-12-05T10:00:00Z', score: 95, passed: true });
    const failed = attempt('x7', { user: 't1', story: 's2', assignment: 'A', at: '2026-12-01T10:00:00Z', score: 55 });
    expect(certifiedScenarios(ASSESS, [x2, failed, replayed])).toBeNull();
    expect(certifiedScenarios(ASSESS, [x2, failed, coach])).toBeNull();
    expect(certifiedScenarios({ ...ASSESS, counting: 'last' }, [x2, x3, replayed, coach])).toEqual([
      { storyId: 's1', attempt: x2 },
      { storyId: 's2', attempt: x3 },
    ]);
  });
});
