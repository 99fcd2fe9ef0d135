import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../src/core/policies';
import { optionTotal } from '../../src/core/scoring';
import type { ChoiceOption } from '../../src/core/transcript';

const option = (index: number, text: string, moves: ChoiceOption['moves']): ChoiceOption => ({ index, text, moves, direct: [], why: null, cause: null });
const options = [
  option(0, 'What are you trying to achieve?', ['ask-goal']),
  option(1, 'Let me show you the whole platform, module by module, with live data.', ['pitch-features']),
  option(2, 'Ten percent off, today.', ['unilateral-discount']),
];

describe('scripted trainees', () => {
  it('each plays its habit', () => {
    expect(POLICIES.expert(options)).toBe(0);
    const worst = optionTotal(options[1] as ChoiceOption) <= optionTotal(options[2] as ChoiceOption) ? 1 : 2;
    expect(POLICIES.worst(options)).toBe(worst);
    expect(POLICIES['pitch-first'](options)).toBe(worst); // both tempt; it takes the costlier
    expect(POLICIES['pitch-first'](options.slice(0, 2))).toBe(1);
    expect(POLICIES['discount-early'](options)).toBe(2);
    expect(POLICIES.longest(options)).toBe(1);
    expect(POLICIES.shortest(options)).toBe(2);
  });

  it('a discount-early trainee plays like an expert when no discount is on the table', () => {
    expect(POLICIES['discount-early'](options.slice(0, 2))).toBe(0);
  });
});
