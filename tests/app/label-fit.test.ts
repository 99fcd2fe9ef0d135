import { describe, expect, it } from 'vitest';
import { longestFit } from '../../src/game/label-text';

describe('longestFit (name plates and labels)', () => {
  it('finds the longest prefix that fits', () => {
    expect(longestFit(120, (n) => n <= 37)).toBe(37);
    expect(longestFit(120, (n) => n <= 120)).toBe(120);
  });

  it('falls back to one character when nothing fits', () => {
    expect(longestFit(120, () => false)).toBe(1);
    expect(longestFit(0, () => true)).toBe(1);
  });

  it('measures a logarithmic number of times, so a very long name cannot freeze the stage', () => {
    let tries = 0;
    const found = longestFit(100_000, (n) => {
      tries++;
      return n <= 12_345;
    });
    expect(found).toBe(12_345);
    expect(tries).toBeLessThanOrEqual(17);
  });
});
