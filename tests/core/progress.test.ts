import { describe, expect, it } from 'vitest';
import type { ConceptId } from '../../src/core/concepts';
import { progressOf, type ProgressAttempt } from '../../src/core/progress';
import type { StoryFacts } from '../../src/core/team-review';
import { grades } from './review-fixtures';

const story = (id: string, concepts: ConceptId[]): StoryFacts => ({ id, phase: 1, segment: 'early-majority', concepts });
const run = (id: string, storyId: string, finishedAt: string, given: Partial<Record<ConceptId, number>>, over: Partial<ProgressAttempt> = {}): ProgressAttempt => ({
  id,
  storyId,
  finishedAt,
  score: 50,
  passed: false,
  mode: 'assessment',
  replayedFrom: null,
  grades: grades(given),
  ...over,
});

describe('progress over time', () => {
  // Programme order puts s9 (never played) before s3 (played, never passed).
  const STORIES = [story('s1', ['C1', 'C5']), story('s9', ['C1']), story('s3', ['C1', 'C9']), story('s4', ['C9', 'C2']), story('s2', ['C5', 'C7'])];
  const RUNS = [
    run('p5', 's3', '2026-12-05T09:00:00Z', { C1: 90, C9: 30, C13: 55 }),
    run('p1', 's1', '2026-12-01T09:00:00Z', { C1: 40, C5: 80 }),
    run('p3', 's3', '2026-12-03T09:00:00Z', { C1: 60, C9: 20 }),
    run('p2', 's1', '2026-12-02T09:00:00Z', { C1: 50, C5: 90 }, { mode: 'coach', passed: true }),
    run('p4', 's1', '2026-12-04T09:00:00Z', { C1: 100, C5: 100 }, { replayedFrom: 2, passed: true }),
  ];
  const progress = progressOf(RUNS, STORIES);

  it('reads every run but the replayed ones, oldest first, coach-mode included', () => {
    expect(progress.runs).toBe(4);
    expect(progress.trends.C1.points.map((p) => [p.attemptId, p.storyId, p.grade])).toEqual([
      ['p1', 's1', 40],
      ['p2', 's1', 50],
      ['p3', 's3', 60],
      ['p5', 's3', 90],
    ]);
    expect(progress.trends.C1.points[0]?.finishedAt).toBe('2026-12-01T09:00:00Z');
  });

  it('gives the mean of the last three as latest and the change from the first, without overlap', () => {
    // C1: latest (50 + 60 + 90) / 3 = 66.7; change (60 + 90) / 2 − (40 + 50) / 2 = 30.
    expect([progress.trends.C1.latest, progress.trends.C1.change]).toEqual([67, 30]);
    // Two points: the second minus the first.
    expect([progress.trends.C5.latest, progress.trends.C5.change]).toEqual([85, 10]);
    expect([progress.trends.C9.latest, progress.trends.C9.change]).toEqual([25, 10]);
    // One point: no change yet.
    expect([progress.trends.C13.latest, progress.trends.C13.change]).toEqual([55, null]);
    expect(progress.trends.C7).toEqual({ concept: 'C7', points: [], latest: null, change: null });
  });

  it('uses three on each side once there are six or more points', () => {
    const six = [10, 20, 30, 70, 80, 90].map((g, i) => run(`q${i}`, 's1', `2026-12-0${i + 1}T09:00:00Z`, { C5: g }));
    expect(progressOf(six, STORIES).trends.C5).toMatchObject({ latest: 80, change: 60 });
  });

  it('suggests the weakest concepts first, each with a scenario not passed, then not played, then played longest ago', () => {
    // Weak: C9 25, C13 55, C1 67 (C5 85 is fine). C9 and C1: s3 was played and never passed;
    // nothing assesses C13.
    expect(progress.next).toEqual([
      { concept: 'C9', latest: 25, storyId: 's3' },
      { concept: 'C13', latest: 55, storyId: null },
      { concept: 'C1', latest: 67, storyId: 's3' },
    ]);
  });

  it('fills up with never-assessed concepts and picks not played over long ago, programme order on ties', () => {
    const stories = [story('s2', ['C5', 'C7']), story('s6', ['C7']), story('s8', ['C2']), story('s4', ['C9', 'C2']), story('s11', ['C3']), story('s10', ['C3'])];
    const runs = [
      run('q1', 's8', '2026-12-01T09:00:00Z', { C1: 80, C5: 95 }, { passed: true }),
      run('q2', 's6', '2026-12-02T09:00:00Z', { C7: 60 }, { passed: true }),
      run('q3', 's2', '2026-12-03T09:00:00Z', { C7: 40, C5: 85 }, { passed: true }),
    ];
    // C7 (50): both of its scenarios passed, s6 the longer ago. Then the first never-assessed
    // concepts: C2 (s4 never played beats s8, passed), C3 (neither played: s11 comes first).
    expect(progressOf(runs, stories).next).toEqual([
      { concept: 'C7', latest: 50, storyId: 's6' },
      { concept: 'C2', latest: null, storyId: 's4' },
      { concept: 'C3', latest: null, storyId: 's11' },
    ]);
  });

  it('suggests the first concepts and scenarios to someone who has played nothing', () => {
    const fresh = progressOf([], STORIES);
    expect([fresh.runs, fresh.next]).toEqual([
      0,
      [
        { concept: 'C1', latest: null, storyId: 's1' },
        { concept: 'C2', latest: null, storyId: 's4' },
        { concept: 'C3', latest: null, storyId: null },
      ],
    ]);
  });

  it('suggests nothing when every concept is at the pass mark or above', () => {
    const all = Object.fromEntries(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13'].map((c) => [c, 70]));
    expect(progressOf([run('x', 's1', '2026-12-01T09:00:00Z', all)], STORIES).next).toEqual([]);
  });
});
