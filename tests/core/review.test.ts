import { describe, expect, it } from 'vitest';
import { meterReadings } from '../../src/core/meters';
import { resumeRun } from '../../src/core/resume';
import { attemptOf, gradesOf, rescoreRun } from '../../src/core/review';
import { startRun } from '../../src/core/runner';
import { CONCEPT_IDS } from '../../src/core/concepts';
import { fixture } from '../stories/fixture';

const story = fixture('tiny-deal');

/** Plays the first option at every decision to the end. */
function firstOptionPath(seed: number): number[] {
  const run = startRun(story, seed);
  while (!run.snapshot().ended) run.choose(0);
  return [...run.snapshot().path];
}

describe('re-scoring a submitted run', () => {
  it('replays a finished path into the same score the browser computed', () => {
    const path = firstOptionPath(7);
    const rescored = rescoreRun(story, { seed: 7, path });
    expect(rescored.ok).toBe(true);
    if (!rescored.ok) return;
    const attempt = attemptOf({ storyId: 'tiny-deal', version: 1, mode: 'coach', seed: 7, path }, rescored.score, '2026-12-01T10:00:00Z');
    expect(attempt.score).toBe(rescored.score.overall);
    expect(attempt.outcome).toBe(rescored.snapshot.outcome);
    expect(Object.keys(gradesOf(rescored.score)).sort()).toEqual([...CONCEPT_IDS].sort());
  });

  it('refuses an index the story does not offer, and a path that stops early', () => {
    expect(rescoreRun(story, { seed: 1, path: [7] })).toMatchObject({ ok: false, problem: 'illegal-path' });
    expect(rescoreRun(story, { seed: 1, path: [] })).toMatchObject({ ok: false, problem: 'not-finished' });
    const long = [...firstOptionPath(1), 0];
    expect(rescoreRun(story, { seed: 1, path: long })).toMatchObject({ ok: false, problem: 'illegal-path' });
  });

  it('applies the pass mark it is given', () => {
    const path = firstOptionPath(3);
    const strict = rescoreRun(story, { seed: 3, path }, 100);
    const lenient = rescoreRun(story, { seed: 3, path }, 1);
    expect(strict.ok && lenient.ok && [strict.score.passMark, lenient.score.passMark]).toEqual([100, 1]);
  });
});

describe('resuming a saved run', () => {
  it('continues a fitting path, noting a newer version', () => {
    expect(resumeRun(story, { version: 1, seed: 1, path: [0] })).toMatchObject({ kind: 'resumed', updatedFrom: null, version: 1 });
    expect(resumeRun(story, { version: 0, seed: 1, path: [0] })).toMatchObject({ kind: 'resumed', updatedFrom: 0, version: 1 });
  });

  it('drops a path that no longer fits, saying whether the story changed', () => {
    expect(resumeRun(story, { version: 1, seed: 1, path: [9] })).toEqual({ kind: 'path-invalid' });
    expect(resumeRun(story, { version: 0, seed: 1, path: [9] })).toEqual({ kind: 'story-changed', from: 0, to: 1 });
  });
});

describe('meters', () => {
  it('shows trust and patience when the story keeps them as numbers, nothing else', () => {
    expect(meterReadings({ trust: 3, patience: 'x', budget: 9 })).toEqual([{ name: 'trust', value: 3 }]);
  });
});
