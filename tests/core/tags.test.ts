import { describe, expect, it } from 'vitest';
import { jobTitleOf } from '../../src/core/tags';

describe('job titles on name plates', () => {
  it('drops the company after an English or a Chinese comma', () => {
    expect(jobTitleOf('Purchasing Specialist, Meiyuan Foods')).toBe('Purchasing Specialist');
    expect(jobTitleOf('采购专员，美源食品')).toBe('采购专员');
    expect(jobTitleOf('CTO')).toBe('CTO');
  });
});
