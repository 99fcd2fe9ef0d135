import { describe, expect, it } from 'vitest';
import { assignmentStatus, attemptsLeft, countingAttempt, isDueSoon } from '../../src/core/assignments';

const a = (score: number, passed: boolean, receivedAt: string) => ({ score, passed, receivedAt });
const attempts = [a(60, false, '2026-12-02T10:00:00Z'), a(80, true, '2026-12-01T10:00:00Z'), a(80, true, '2026-12-03T10:00:00Z'), a(40, false, '2026-12-04T10:00:00Z')];

describe('assignment rules', () => {
  it('counts the first, best (earliest on ties) or last attempt by arrival', () => {
    expect(countingAttempt(attempts, 'first')).toBe(attempts[1]);
    expect(countingAttempt(attempts, 'best')).toBe(attempts[1]);
    expect(countingAttempt(attempts, 'last')).toBe(attempts[3]);
    expect(countingAttempt([], 'best')).toBeNull();
  });

  it('gives each standing', () => {
    const now = new Date('2026-12-10T00:00:00Z');
    const base = { counting: null, attemptsUsed: 0, attemptsAllowed: 3, dueAt: '2026-12-20', now };
    expect(assignmentStatus(base)).toBe('not-started');
    expect(assignmentStatus({ ...base, attemptsUsed: 1, counting: a(50, false, '') })).toBe('in-progress');
    expect(assignmentStatus({ ...base, attemptsUsed: 3, counting: a(50, false, '') })).toBe('failed');
    expect(assignmentStatus({ ...base, dueAt: '2026-12-01' })).toBe('overdue');
    expect(assignmentStatus({ ...base, dueAt: '2026-12-01', attemptsUsed: 1, counting: a(90, true, '') })).toBe('passed');
    expect(assignmentStatus({ ...base, attemptsAllowed: null, attemptsUsed: 50, counting: a(10, false, '') })).toBe('in-progress');
  });

  it('knows when an assignment is due soon and whether attempts are left', () => {
    const now = new Date('2026-12-10T00:00:00Z');
    expect(isDueSoon('2026-12-12', now)).toBe(true);
    expect(isDueSoon('2026-12-20', now)).toBe(false);
    expect(isDueSoon('2026-12-09', now)).toBe(false);
    expect([attemptsLeft(2, 3), attemptsLeft(3, 3), attemptsLeft(99, null)]).toEqual([true, false, true]);
  });
});
