import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment, OverviewRow, ReviewFilter } from '../../src/core/api';
import { heatMap, mayCount, teamOverview, type ReviewInput, type StoredAttempt, type StoryFacts } from '../../src/core/team-review';
import { assignment, attempt, person } from './review-fixtures';

const ana = person('t1', 'Ana');
const bo = person('t2', 'Bo');
const cy = person('t3', 'Cy');
const dee = person('t4', 'Dee');
const now = new Date('2026-12-10T12:00:00Z');

const STORIES: StoryFacts[] = [
  { id: 's1', phase: 1, segment: 'early-majority', concepts: ['C1', 'C5'] },
  { id: 's2', phase: 2, segment: 'innovators', concepts: ['C7'] },
  { id: 's3', phase: 3, segment: 'laggards', concepts: ['C9'] },
];
/** Assessment, best counts, two attempts each, due in ten days. */
const AS = assignment('AS', { userIds: ['t1', 't2', 't3'], storyIds: ['s1', 's2'], attemptsAllowed: 2, counting: 'best', dueAt: '2026-12-20T17:00:00Z' });
/** Coach mode, last counts, unlimited, overdue since the 5th. */
const AC = assignment('AC', { userIds: ['t1', 't2'], storyIds: ['s1'], mode: 'coach', counting: 'last', dueAt: '2026-12-05T17:00:00Z' });

// Listed out of arrival order on purpose: the overview orders runs by arrival itself.
const ATTEMPTS: StoredAttempt[] = [
  attempt('a2', { user: 't1', story: 's1', assignment: 'AS', at: '2026-12-02T10:00:00Z', score: 90, passed: true, grades: { C1: 80, C5: 61 } }),
  attempt('a1', { user: 't1', story: 's1', assignment: 'AS', at: '2026-12-01T10:00:00Z', score: 60, grades: { C1: 10 } }),
  attempt('a3', { user: 't1', story: 's1', assignment: 'AC', mode: 'coach', at: '2026-12-03T23:59:59.500Z', score: 80, passed: true, grades: { C1: 71 } }),
  attempt('a4', { user: 't1', story: 's3', at: '2026-12-04T00:00:00.000Z', score: 50, grades: { C9: 30 } }),
  attempt('b1', { user: 't2', story: 's1', assignment: 'AS', at: '2026-12-01T11:00:00Z', score: 40 }),
  attempt('b2', { user: 't2', story: 's1', assignment: 'AS', at: '2026-12-02T11:00:00Z', score: 55, grades: { C1: 40, C5: 50 } }),
  attempt('b3', { user: 't2', story: 's2', assignment: 'AS', mode: 'coach', at: '2026-12-03T11:00:00Z', score: 95, passed: true, grades: { C7: 100 } }),
  attempt('c1', { user: 't3', story: 's1', assignment: 'AS', replayedFrom: 3, at: '2026-12-05T09:00:00Z', score: 85, passed: true, grades: { C1: 100 } }),
  attempt('c2', { user: 't3', story: 's2', assignment: 'AS', at: '2026-12-06T09:00:00Z', score: 72, passed: true, grades: { C7: 64 } }),
  attempt('c3', { user: 't3', story: 's1', at: '2026-12-07T09:00:00Z', score: 88, passed: true, grades: { C1: 90, C5: 70 } }),
];

const team = (filter: ReviewFilter = {}, over: Partial<ReviewInput> = {}): ReviewInput => ({
  trainees: [dee, cy, bo, ana],
  assignments: [AS, AC],
  attempts: ATTEMPTS,
  stories: STORIES,
  filter,
  now,
  ...over,
});
/** The whole team's overview in order, worked out by hand. */
const ORDER = [
  ['Bo', 'AC', 's1', 'overdue'],
  ['Bo', 'AS', 's1', 'failed'],
  ['Ana', null, 's3', 'in-progress'],
  ['Bo', 'AS', 's2', 'in-progress'],
  ['Cy', 'AS', 's1', 'in-progress'],
  ['Ana', 'AS', 's2', 'not-started'],
  ['Ana', 'AC', 's1', 'passed'],
  ['Ana', 'AS', 's1', 'passed'],
  ['Cy', 'AS', 's2', 'passed'],
  ['Cy', null, 's1', 'passed'],
  ['Dee', null, null, null],
];
const without = (...gone: (readonly unknown[])[]) => ORDER.filter((line) => !gone.some((g) => g.every((x, i) => line[i] === x)));
const lines = (rows: readonly OverviewRow[]) => rows.map((r) => [r.trainee.name, r.assignmentId, r.storyId, r.status]);
const rowOf = (rows: readonly OverviewRow[], name: string, assignmentId: string | null, storyId: string | null): OverviewRow => {
  const row = rows.find((r) => r.trainee.name === name && r.assignmentId === assignmentId && r.storyId === storyId);
  if (!row) throw new Error(`no row ${name} ${assignmentId} ${storyId}`);
  return row;
};
const ids = (attempts: readonly { id: string }[]) => attempts.map((a) => a.id);

describe('what may count', () => {
  it('counts only runs in the assignment mode (assessment when self-paced) that were not replayed', () => {
    expect(mayCount({ mode: 'assessment', replayedFrom: null }, 'assessment')).toBe(true);
    expect(mayCount({ mode: 'coach', replayedFrom: null }, 'assessment')).toBe(false);
    expect(mayCount({ mode: 'assessment', replayedFrom: 4 }, 'assessment')).toBe(false);
    expect(mayCount({ mode: 'assessment', replayedFrom: 0 }, 'assessment')).toBe(false);
    expect(mayCount({ mode: 'coach', replayedFrom: null }, 'coach')).toBe(true);
    expect(mayCount({ mode: 'assessment', replayedFrom: null }, 'coach')).toBe(false);
    expect(mayCount({ mode: 'coach', replayedFrom: 2 }, 'coach')).toBe(false);
    expect(mayCount({ mode: 'assessment', replayedFrom: null }, null)).toBe(true);
    expect(mayCount({ mode: 'coach', replayedFrom: null }, null)).toBe(false);
  });
});

describe('team overview', () => {
  it('puts overdue on top, then failed, in progress, not started, passed, nothing; by name, then due date', () => {
    expect(lines(teamOverview(team()))).toEqual(ORDER);
  });

  it('gives first, best and last of the counted runs, the counting run by the rule and the attempts used', () => {
    const rows = teamOverview(team());
    const ana1 = rowOf(rows, 'Ana', 'AS', 's1');
    expect([ana1.first, ana1.best, ana1.last, ana1.trend, ana1.counting?.id]).toEqual([60, 90, 90, [60, 90], 'a2']);
    expect([ana1.attemptsUsed, ana1.attemptsAllowed, ana1.dueAt, ana1.practice]).toEqual([2, 2, '2026-12-20T17:00:00Z', []]);
    const bo1 = rowOf(rows, 'Bo', 'AS', 's1');
    expect([bo1.first, bo1.best, bo1.last, bo1.counting?.id, bo1.attemptsUsed]).toEqual([40, 55, 55, 'b2', 2]);
    const none = rowOf(rows, 'Ana', 'AS', 's2');
    expect([none.first, none.best, none.last, none.trend, none.counting, none.attemptsUsed]).toEqual([null, null, null, [], null, 0]);
    const dee0 = rowOf(rows, 'Dee', null, null);
    expect([dee0.dueAt, dee0.counting, dee0.attemptsUsed, dee0.attemptsAllowed, dee0.practice]).toEqual([null, null, 0, null, []]);
  });

  it('answers briefs without the grades or the owner', () => {
    const counting = rowOf(teamOverview(team()), 'Ana', 'AS', 's1').counting;
    expect(counting && Object.keys(counting).sort()).toEqual(['assignmentId', 'finishedAt', 'id', 'mode', 'outcome', 'passed', 'receivedAt', 'replayedFrom', 'score', 'storyId', 'version']);
  });

  it('shows coach-mode and replayed runs apart and never counts them towards an assessment', () => {
    const rows = teamOverview(team());
    const coached = rowOf(rows, 'Bo', 'AS', 's2');
    expect([coached.status, coached.counting, coached.best, coached.trend, ids(coached.practice), coached.attemptsUsed]).toEqual(['in-progress', null, null, [], ['b3'], 1]);
    const replayed = rowOf(rows, 'Cy', 'AS', 's1');
    expect([replayed.status, replayed.counting, replayed.best, ids(replayed.practice), replayed.attemptsUsed]).toEqual(['in-progress', null, null, ['c1'], 1]);
  });

  it('counts coach-mode runs for a coach-mode assignment, the last one under "last"', () => {
    const row = rowOf(teamOverview(team()), 'Ana', 'AC', 's1');
    expect([row.status, row.counting?.id, row.trend, row.practice]).toEqual(['passed', 'a3', [80], []]);
  });

  it('counts the latest assessment run of a scenario played on one’s own', () => {
    const runs = [
      attempt('x1', { user: 't2', story: 's3', at: '2026-12-01T09:00:00Z', score: 50 }),
      attempt('x2', { user: 't2', story: 's3', at: '2026-12-02T09:00:00Z', score: 80, passed: true }),
      attempt('x3', { user: 't2', story: 's3', at: '2026-12-03T09:00:00Z', score: 40 }),
      attempt('x4', { user: 't2', story: 's3', at: '2026-12-04T09:00:00Z', score: 100, passed: true, replayedFrom: 1 }),
      attempt('x5', { user: 't2', story: 's3', at: '2026-12-05T09:00:00Z', score: 99, passed: true, mode: 'coach' }),
    ];
    const [row] = teamOverview(team({}, { trainees: [bo], assignments: [], attempts: runs }));
    expect(row).toMatchObject({ assignmentId: null, storyId: 's3', status: 'in-progress', dueAt: null, first: 50, best: 80, last: 40, trend: [50, 80, 40], attemptsUsed: 5, attemptsAllowed: null });
    expect([row?.counting?.id, ids(row?.practice ?? [])]).toEqual(['x3', ['x4', 'x5']]);
    const passedLast = teamOverview(team({}, { trainees: [bo], assignments: [], attempts: runs.slice(0, 2) }));
    expect(passedLast.map((r) => [r.status, r.counting?.id])).toEqual([['passed', 'x2']]);
  });

  it.each([
    ['first', 'r1', 'in-progress'],
    ['best', 'r2', 'passed'],
    ['last', 'r3', 'passed'],
  ] as const)('picks the %s counted run, whatever practice came before or between', (counting, id, status) => {
    const rule: Assignment = assignment('R', { userIds: ['t1'], storyIds: ['s1'], counting });
    const runs = [
      attempt('r3', { user: 't1', story: 's1', assignment: 'R', at: '2026-12-03T09:00:00Z', score: 70, passed: true }),
      attempt('p1', { user: 't1', story: 's1', assignment: 'R', mode: 'coach', at: '2026-11-30T09:00:00Z', score: 95, passed: true }),
      attempt('r1', { user: 't1', story: 's1', assignment: 'R', at: '2026-12-01T09:00:00Z', score: 60 }),
      attempt('p2', { user: 't1', story: 's1', assignment: 'R', replayedFrom: 2, at: '2026-12-01T12:00:00Z', score: 99, passed: true }),
      attempt('r2', { user: 't1', story: 's1', assignment: 'R', at: '2026-12-02T09:00:00Z', score: 85, passed: true }),
    ];
    const [row] = teamOverview(team({}, { trainees: [ana], assignments: [rule], attempts: runs }));
    expect(row?.counting?.id).toBe(id);
    expect(row?.status).toBe(status);
    expect([row?.first, row?.best, row?.last, row?.trend, row?.attemptsUsed]).toEqual([60, 85, 70, [60, 85, 70], 5]);
    expect(ids(row?.practice ?? [])).toEqual(['p1', 'p2']);
  });

  it('fails a trainee whose replayed runs used up the attempts, though none of them counts', () => {
    const limited = assignment('L', { userIds: ['t1'], storyIds: ['s1'], attemptsAllowed: 2 });
    const runs = [
      attempt('l1', { user: 't1', story: 's1', assignment: 'L', at: '2026-12-01T09:00:00Z', score: 50 }),
      attempt('l2', { user: 't1', story: 's1', assignment: 'L', replayedFrom: 1, at: '2026-12-02T09:00:00Z', score: 90, passed: true }),
    ];
    const [row] = teamOverview(team({}, { trainees: [ana], assignments: [limited], attempts: runs }));
    expect([row?.status, row?.counting?.id, row?.attemptsUsed]).toEqual(['failed', 'l1', 2]);
  });

  it('filters by assignment: only its items, no self-paced rows, the others listed once', () => {
    expect(lines(teamOverview(team({ assignment: 'AS' })))).toEqual(without(['Bo', 'AC'], ['Ana', null, 's3'], ['Ana', 'AC'], ['Cy', null, 's1']));
  });

  it('filters by story, phase and segment through the story facts', () => {
    const s2 = [
      ['Bo', 'AS', 's2', 'in-progress'],
      ['Ana', 'AS', 's2', 'not-started'],
      ['Cy', 'AS', 's2', 'passed'],
      ['Dee', null, null, null],
    ];
    expect(lines(teamOverview(team({ story: 's2' })))).toEqual(s2);
    expect(lines(teamOverview(team({ phase: 2 })))).toEqual(s2);
    expect(lines(teamOverview(team({ segment: 'innovators' })))).toEqual(s2);
    const nothing = (...names: string[]) => names.map((name) => [name, null, null, null]);
    expect(lines(teamOverview(team({ phase: 3 })))).toEqual([['Ana', null, 's3', 'in-progress'], ...nothing('Bo', 'Cy', 'Dee')]);
    // A scenario the library no longer has passes no phase or segment filter.
    expect(lines(teamOverview(team({ phase: 1 }, { stories: STORIES.slice(1) })))).toEqual(nothing('Ana', 'Bo', 'Cy', 'Dee'));
  });

  it('narrows to attempts finished in a date range, a date-only end taking in its whole day', () => {
    const rows = teamOverview(team({ from: '2026-12-02', to: '2026-12-03' }));
    // Every assignment item stays; the self-paced rows without a run in the range go (a4 finished at midnight after).
    expect(lines(rows)).toEqual(without(['Ana', null, 's3'], ['Cy', null, 's1']));
    expect(rowOf(rows, 'Ana', 'AC', 's1').counting?.id).toBe('a3');
    const ana1 = rowOf(rows, 'Ana', 'AS', 's1');
    expect([ana1.first, ana1.best, ana1.last, ana1.trend, ana1.counting?.id, ana1.attemptsUsed]).toEqual([90, 90, 90, [90], 'a2', 2]);
    expect(ids(rowOf(rows, 'Bo', 'AS', 's2').practice)).toEqual(['b3']);
    expect(ids(rowOf(rows, 'Cy', 'AS', 's1').practice)).toEqual([]);
    expect(rowOf(rows, 'Cy', 'AS', 's2').counting).toBeNull();
  });

  it('keeps the standing when the counting run lies outside the range, and reads exact times', () => {
    const day1 = rowOf(teamOverview(team({ from: '2026-12-01', to: '2026-12-01' })), 'Ana', 'AS', 's1');
    expect([day1.status, day1.first, day1.best, day1.counting]).toEqual(['passed', 60, 60, null]);
    const noon = teamOverview(team({ from: '2026-12-03T00:00:00Z', to: '2026-12-03T12:00:00Z' }));
    expect(rowOf(noon, 'Ana', 'AC', 's1').counting).toBeNull();
    expect(ids(rowOf(noon, 'Bo', 'AS', 's2').practice)).toEqual(['b3']);
    const late = teamOverview(team({ from: '2026-12-04' }));
    expect(rowOf(late, 'Ana', null, 's3').counting?.id).toBe('a4');
  });

  it('keeps the rows of two trainees with the same name together, each by due date', () => {
    const li1 = person('t8', 'Li');
    const li2 = person('t9', 'Li');
    const soon = assignment('E', { userIds: ['t8', 't9'], storyIds: ['s1'], dueAt: '2026-12-12T17:00:00Z' });
    const later = assignment('F', { userIds: ['t8', 't9'], storyIds: ['s2'], dueAt: '2026-12-15T17:00:00Z' });
    const rows = teamOverview(team({}, { trainees: [li2, li1], assignments: [later, soon], attempts: [] }));
    expect(rows.map((r) => [r.trainee.id, r.assignmentId])).toEqual([
      ['t8', 'E'],
      ['t8', 'F'],
      ['t9', 'E'],
      ['t9', 'F'],
    ]);
  });

  it('lists a trainee with nothing assigned and nothing played once', () => {
    const rows = teamOverview(team({}, { trainees: [dee], assignments: [], attempts: [] }));
    expect(rows).toEqual([{ trainee: dee, assignmentId: null, storyId: null, status: null, dueAt: null, first: null, best: null, last: null, trend: [], counting: null, attemptsUsed: 0, attemptsAllowed: null, practice: [] }]);
    expect(teamOverview(team()).filter((r) => r.trainee.id === 't4')).toHaveLength(1);
  });

  it('ignores attempts of people outside the team and under assignments not in scope', () => {
    const stray = [
      attempt('z1', { user: 'stranger', story: 's1', at: '2026-12-01T09:00:00Z', score: 99, passed: true }),
      attempt('z2', { user: 't4', story: 's1', assignment: 'other-team', at: '2026-12-01T09:00:00Z', score: 99, passed: true }),
    ];
    expect(teamOverview(team({}, { attempts: [...ATTEMPTS, ...stray] }))).toEqual(teamOverview(team()));
  });
});

describe('heat map', () => {
  it('means the grades of the counting runs per trainee and concept, with a team average', () => {
    const map = heatMap(team());
    expect(map.rows.map((r) => r.trainee.name)).toEqual(['Ana', 'Bo', 'Cy', 'Dee']);
    const [a, b, c, d] = map.rows;
    // Ana counts a2 (AS s1), a3 (AC s1) and a4 (her own s3); a1 lost to a2 under "best".
    expect(a?.cells.C1).toEqual({ grade: 76, attemptIds: ['a2', 'a3'] });
    expect(a?.cells.C5).toEqual({ grade: 61, attemptIds: ['a2'] });
    expect(a?.cells.C9).toEqual({ grade: 30, attemptIds: ['a4'] });
    expect(a?.cells.C7).toEqual({ grade: null, attemptIds: [] });
    expect([b?.cells.C1, b?.cells.C5]).toEqual([{ grade: 40, attemptIds: ['b2'] }, { grade: 50, attemptIds: ['b2'] }]);
    // Bo's coach run and Cy's replayed run are practice: their 100s never enter.
    expect(b?.cells.C7).toEqual({ grade: null, attemptIds: [] });
    expect([c?.cells.C1, c?.cells.C5, c?.cells.C7]).toEqual([{ grade: 90, attemptIds: ['c3'] }, { grade: 70, attemptIds: ['c3'] }, { grade: 64, attemptIds: ['c2'] }]);
    expect(Object.values(d?.cells ?? {}).every((cell) => cell.grade === null && cell.attemptIds.length === 0)).toBe(true);
    // (76 + 40 + 90) / 3 = 68.7; (61 + 50 + 70) / 3 = 60.3
    expect(map.average).toMatchObject({ C1: 69, C5: 60, C7: 64, C9: 30, C2: null, C13: null });
  });

  it('follows the overview filters', () => {
    const [a, , c] = heatMap(team({ assignment: 'AS' })).rows;
    expect(a?.cells.C1).toEqual({ grade: 80, attemptIds: ['a2'] });
    expect(c?.cells.C1).toEqual({ grade: null, attemptIds: [] });
    expect(heatMap(team({ assignment: 'AS' })).average.C1).toBe(60);
  });
});

describe('practice never changes a counted figure', () => {
  const counted = (input: ReviewInput) => [
    teamOverview(input).map((r) => [r.trainee.id, r.assignmentId, r.storyId, r.first, r.best, r.last, r.trend, r.counting?.id ?? null]),
    heatMap(input),
  ];
  it('holds for coach-mode and replayed runs added anywhere', () => {
    const practiceRun = fc.record({
      user: fc.constantFrom('t1', 't2', 't3', 't4'),
      story: fc.constantFrom('s1', 's2', 's3'),
      assignment: fc.constantFrom('AS', null),
      replayed: fc.boolean(),
      day: fc.integer({ min: 1, max: 9 }),
      score: fc.integer({ min: 0, max: 100 }),
      grade: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(practiceRun, { maxLength: 6 }), (extra) => {
        const practice = extra.map((p, i) =>
          attempt(`p${i}`, {
            user: p.user,
            story: p.story,
            assignment: p.assignment,
            ...(p.replayed ? { replayedFrom: 1 } : { mode: 'coach' as const }),
            at: `2026-12-0${p.day}T08:00:00Z`,
            score: p.score,
            passed: p.score >= 70,
            grades: { C1: p.grade, C7: p.grade },
          }),
        );
        const base = team();
        // Self-paced rows are created by play, so compare rows that exist either way.
        const withPractice = { ...base, attempts: [...ATTEMPTS, ...practice] };
        const keyed = (input: ReviewInput) => {
          const [rows, map] = counted(input);
          // Practice can change a standing (attempts used), and so the order: compare rows by what they are.
          return { rows: (rows as unknown[][]).filter((r) => r[3] !== null || r[1] !== null).map((r) => JSON.stringify(r)).sort(), map };
        };
        expect(keyed(withPractice)).toEqual(keyed(base));
      }),
    );
  });
});
