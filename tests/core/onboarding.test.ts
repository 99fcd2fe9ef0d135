import { describe, expect, it } from 'vitest';
import { nextRecommended, onboardingPath } from '../../src/core/onboarding';
import type { StoryHeader } from '../../src/core/tags';

type H = Pick<StoryHeader, 'id' | 'title' | 'phase' | 'segment' | 'difficulty' | 'minutes'>;
const h = (id: string, phase: H['phase'], segment: H['segment'], difficulty: H['difficulty'], minutes: number): H => ({ id, title: id, phase, segment, difficulty, minutes });

const library = [
  h('p3-hard', 3, 'innovators', 'advanced', 15),
  h('p1-innov', 1, 'innovators', 'intro', 15),
  h('p1-first', 1, 'early-majority', 'intro', 12),
  h('p1-mid', 1, 'early-adopters', 'intermediate', 10),
  h('p2-a', 2, 'early-adopters', 'intermediate', 15),
  h('p2-b', 2, 'early-majority', 'intermediate', 15),
  h('p3-mid', 3, 'late-majority', 'intermediate', 15),
];

describe('onboarding', () => {
  it('walks the phases in order, each by its gentlest and shortest scenario', () => {
    expect(onboardingPath(library).map((x) => x.id)).toEqual(['p1-first', 'p2-a', 'p3-mid']);
  });

  it('recommends the first step not passed, then programme order, never the one just played', () => {
    expect(nextRecommended(library, new Set())?.id).toBe('p1-first');
    expect(nextRecommended(library, new Set(), 'p1-first')?.id).toBe('p2-a');
    expect(nextRecommended(library, new Set(['p1-first', 'p2-a', 'p3-mid']))?.id).toBe('p1-innov');
    expect(nextRecommended(library, new Set(library.map((x) => x.id)))).toBeNull();
  });
});
