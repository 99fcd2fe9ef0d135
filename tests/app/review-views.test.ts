import { describe, expect, it } from 'vitest';
import type { OverviewRow } from '../../src/core/api';
import { sortedRows } from '../../src/app/review/overview-screen';

const row = (name: string, best: number | null, dueAt: string | null): OverviewRow => ({
  trainee: { id: `00000000-0000-4000-8000-${name.padStart(12, '0').slice(-12)}`, name },
  assignmentId: null,
  storyId: 's',
  status: best === null ? 'not-started' : 'in-progress',
  dueAt,
  first: best,
  best,
  last: best,
  trend: best === null ? [] : [best],
  counting: null,
  attemptsUsed: 0,
  attemptsAllowed: null,
  practice: [],
});

describe('the overview’s column sort', () => {
  // The server's order (overdue first, then by name) is what "status" means.
  const rows = [row('Cai', 40, '2026-12-02'), row('Ann', null, null), row('Bo', 90, '2026-12-01'), row('Dee', 40, '2026-12-03')];

  it('keeps the server’s order by default and for the status column, and reverses it when asked', () => {
    expect(sortedRows(rows, undefined)).toBe(rows);
    expect(sortedRows(rows, 'status')).toBe(rows);
    expect(sortedRows(rows, '-status').map((r) => r.trainee.name)).toEqual(['Dee', 'Bo', 'Ann', 'Cai']);
    expect(sortedRows(rows, 'nonsense')).toBe(rows);
  });

  it('sorts by a score either way, unscored rows last and ties in the server’s order', () => {
    expect(sortedRows(rows, 'best').map((r) => r.trainee.name)).toEqual(['Cai', 'Dee', 'Bo', 'Ann']);
    expect(sortedRows(rows, '-best').map((r) => r.trainee.name)).toEqual(['Bo', 'Cai', 'Dee', 'Ann']);
  });

  it('sorts by name and by due date', () => {
    expect(sortedRows(rows, 'name').map((r) => r.trainee.name)).toEqual(['Ann', 'Bo', 'Cai', 'Dee']);
    expect(sortedRows(rows, '-due').map((r) => r.trainee.name)).toEqual(['Dee', 'Cai', 'Bo', 'Ann']);
  });
});
