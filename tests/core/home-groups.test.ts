import { describe, expect, it } from 'vitest';
import { homeGroup } from '../../src/core/home-groups';

const now = new Date('2026-12-01T12:00:00Z');

describe('home groups', () => {
  it('puts passed and overdue apart, then due within three days, then the rest', () => {
    expect(homeGroup('passed', '2026-11-01T00:00:00Z', now)).toBe('passed');
    expect(homeGroup('overdue', '2026-11-30T00:00:00Z', now)).toBe('overdue');
    expect(homeGroup('not-started', '2026-12-03T12:00:00Z', now)).toBe('due-soon');
    expect(homeGroup('in-progress', '2026-12-02T00:00:00Z', now)).toBe('due-soon');
    expect(homeGroup('not-started', '2026-12-20T00:00:00Z', now)).toBe('assigned');
  });

  it('keeps an assignment whose attempts are used up among the assigned, not due soon', () => {
    expect(homeGroup('failed', '2026-12-02T00:00:00Z', now)).toBe('assigned');
  });
});
