import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MoveId } from '../../src/core/rubric';
import { trapMap, type TrapRun } from '../../src/core/team-review';
import type { ChoiceOption, Decision } from '../../src/core/transcript';
import { person } from './review-fixtures';

const ana = person('t1', 'Ana');
const bo = person('t2', 'Bo');
const cy = person('t3', 'Cy');
const dee = person('t4', 'Dee');

type Offer = readonly [text: string, moves: readonly MoveId[], direct?: ChoiceOption['direct']];
const option = ([text, moves, direct = []]: Offer, index: number): ChoiceOption => ({ index, text, moves, direct, why: null, cause: null });
const fork = (point: string, step: number, offers: readonly Offer[], chosenText: string): Decision => {
  const chosen = offers.findIndex(([text]) => text === chosenText);
  if (chosen < 0) throw new Error(`no option ${chosenText}`);
  return { point, step, chosen, options: offers.map(option) };
};

// Evidence from the rubric: ask-goal C1 +3 C5 +1; ask-diagnostic C5 +2 C6 +1; pitch-features C5 −2 C6 −1;
// ask-implication C6 +3 C10 +1; treat-curiosity-as-deal C1 −3; ask-current-process C5 +3;
// listen-and-summarize C4 +1 C6 +1 C7 +1; neutral nothing.
const OPEN: Offer[] = [
  ['Ask what they want to achieve', ['ask-goal']],
  ['Ask how it hurts', ['ask-diagnostic']],
  ['Walk through the features', ['pitch-features']],
  ['Talk about the weather', ['neutral']],
];
const SECOND: Offer[] = [
  ['Ask what it costs them', ['ask-implication']],
  ['Send the contract', ['treat-curiosity-as-deal']],
];
/** The third fork offers a summary only on some paths, which shifts the other options' indices. */
const THIRD: Offer[] = [
  ['Ask how they do it today', ['ask-current-process']],
  ['Say nothing', ['neutral']],
];
const THIRD_WITH_SUMMARY: Offer[] = [['Sum up what you heard', ['listen-and-summarize']], ...THIRD];

const run = (attemptId: string, trainee: TrapRun['trainee'], decisions: Decision[]): TrapRun => ({ attemptId, trainee, decisions });
const RUNS: TrapRun[] = [
  run('r1', ana, [fork('open', 0, OPEN, 'Ask what they want to achieve'), fork('second', 1, SECOND, 'Ask what it costs them'), fork('third', 2, THIRD, 'Ask how they do it today')]),
  run('r2', bo, [fork('open', 0, OPEN, 'Walk through the features'), fork('second', 1, SECOND, 'Send the contract'), fork('third', 2, THIRD_WITH_SUMMARY, 'Ask how they do it today')]),
  run('r3', cy, [fork('open', 0, OPEN, 'Ask how it hurts'), fork('second', 1, SECOND, 'Send the contract'), fork('third', 2, THIRD_WITH_SUMMARY, 'Say nothing')]),
  run('r4', ana, [fork('open', 0, OPEN, 'Talk about the weather'), fork('third', 1, THIRD, 'Ask how they do it today')]),
  run('r5', dee, [fork('open', 0, OPEN, 'Ask what they want to achieve'), fork('second', 1, SECOND, 'Send the contract')]),
];

describe('trap map', () => {
  const map = trapMap('s1', 2, [1, 2, 1], RUNS);
  const at = (point: string) => {
    const p = map.points.find((x) => x.point === point);
    if (!p) throw new Error(`no point ${point}`);
    return p;
  };
  const optionAt = (point: string, text: string) => {
    const o = at(point).options.find((x) => x.text === text);
    if (!o) throw new Error(`no option ${text}`);
    return o;
  };

  it('names the scenario, version, runs and the versions newest first', () => {
    expect([map.storyId, map.version, map.versions, map.runs]).toEqual(['s1', 2, [2, 1], 5]);
  });

  it('orders the forks by their mean step and counts the runs that reached each', () => {
    // third: steps 3, 3, 3 and 2 (r4 skipped the second fork): mean 2.75, shown as 3.
    expect(map.points.map((p) => [p.point, p.step, p.reached])).toEqual([
      ['open', 1, 5],
      ['second', 2, 4],
      ['third', 3, 4],
    ]);
  });

  it('gives each option its count, share and who chose it', () => {
    expect(at('open').options.map((o) => [o.text, o.count, o.share])).toEqual([
      ['Ask what they want to achieve', 2, 0.4],
      ['Ask how it hurts', 1, 0.2],
      ['Walk through the features', 1, 0.2],
      ['Talk about the weather', 1, 0.2],
    ]);
    expect(optionAt('open', 'Ask what they want to achieve').chosenBy).toEqual([ana, dee]);
    expect(at('second').options.map((o) => [o.text, o.count, o.share])).toEqual([
      ['Ask what it costs them', 1, 0.25],
      ['Send the contract', 3, 0.75],
    ]);
    expect(optionAt('second', 'Send the contract').chosenBy).toEqual([bo, cy, dee]);
  });

  it('keys options by their text when a conditional option shifts the indices', () => {
    expect(at('third').options.map((o) => [o.text, o.count, o.share])).toEqual([
      ['Ask how they do it today', 3, 0.75],
      ['Say nothing', 1, 0.25],
      ['Sum up what you heard', 0, 0],
    ]);
    // Ana chose it twice (r1 and r4): she is listed once.
    expect(optionAt('third', 'Ask how they do it today').chosenBy).toEqual([ana, bo]);
    expect(optionAt('third', 'Sum up what you heard').chosenBy).toEqual([]);
  });

  it('gives each option its non-zero evidence from the rubric', () => {
    expect(optionAt('open', 'Ask what they want to achieve').evidence).toEqual({ C1: 3, C5: 1 });
    expect(optionAt('open', 'Walk through the features').evidence).toEqual({ C5: -2, C6: -1 });
    expect(optionAt('open', 'Talk about the weather').evidence).toEqual({});
    expect(optionAt('third', 'Sum up what you heard').evidence).toEqual({ C4: 1, C6: 1, C7: 1 });
    const cancelled = trapMap('s', 1, [1], [run('x', ana, [fork('p', 0, [['Goal, but rudely', ['ask-goal'], [{ concept: 'C1', weight: -3 }]], ['Nothing', ['neutral']]], 'Nothing')])]);
    expect(cancelled.points[0]?.options[0]?.evidence).toEqual({ C5: 1 });
  });

  it('gives each option the verdict of choosing it', () => {
    expect(at('open').options.map((o) => o.verdict)).toEqual(['best', 'partial', 'costly', 'costly']);
    expect(at('second').options.map((o) => o.verdict)).toEqual(['best', 'costly']);
    // Nobody summed up; beside "ask how" (also +3) it would have been as good, the earlier on the table.
    expect(at('third').options.map((o) => o.verdict)).toEqual(['best', 'costly', 'best']);
  });

  it('counts where each run first went wrong, and names the worst fork (the earlier on ties)', () => {
    // r2 and r4 first went wrong at the opening; r3 and r5 at the second fork; r1 never did.
    expect(map.points.map((p) => [p.point, p.firstWrong])).toEqual([
      ['open', 2],
      ['second', 2],
      ['third', 0],
    ]);
    expect(map.worst).toBe('open');
    const withoutR4 = trapMap('s1', 2, [2], RUNS.filter((r) => r.attemptId !== 'r4'));
    expect([withoutR4.points.map((p) => p.firstWrong), withoutR4.worst]).toEqual([[1, 2, 0], 'second']);
  });

  it('has no worst fork when nobody went wrong, and nothing without runs', () => {
    expect(trapMap('s1', 2, [2], RUNS.slice(0, 1)).worst).toBeNull();
    expect(trapMap('s1', 2, [], [])).toEqual({ storyId: 's1', version: 2, versions: [], runs: 0, points: [], worst: null });
  });

  it('orders forks at the same mean step by their point id', () => {
    const both = trapMap('s', 1, [1], [
      run('x', ana, [fork('zeta', 0, SECOND, 'Ask what it costs them')]),
      run('y', bo, [fork('alpha', 0, SECOND, 'Ask what it costs them')]),
    ]);
    expect(both.points.map((p) => p.point)).toEqual(['alpha', 'zeta']);
  });

  it('counts a run once at a fork it passes twice, by its first visit', () => {
    const loop = trapMap('s', 1, [1], [run('x', ana, [fork('p', 0, SECOND, 'Ask what it costs them'), fork('p', 1, SECOND, 'Send the contract')])]);
    expect(loop.points.map((p) => [p.reached, p.step, p.options.map((o) => o.count), p.firstWrong])).toEqual([[1, 1, [1, 0], 1]]);
  });

  it('shares at every fork sum to 1 and no fork is reached by more runs than there are', () => {
    const forks = ['open', 'second', 'third'] as const;
    const tables = { open: OPEN, second: SECOND, third: THIRD_WITH_SUMMARY };
    const visit = fc.record({ point: fc.constantFrom(...forks), pick: fc.nat() });
    fc.assert(
      fc.property(fc.array(fc.array(visit, { maxLength: 6 }), { maxLength: 8 }), (paths) => {
        const runs = paths.map((visits, i) =>
          run(`r${i}`, person(`t${i % 3}`, `P${i % 3}`), visits.map((v, step) => {
            const offers = tables[v.point];
            return fork(v.point, step, offers, offers[v.pick % offers.length]?.[0] ?? '');
          })),
        );
        const m = trapMap('s', 1, [1], runs);
        for (const p of m.points) {
          expect(p.options.reduce((s, o) => s + o.share, 0)).toBeCloseTo(1, 10);
          expect(p.options.reduce((s, o) => s + o.count, 0)).toBe(p.reached);
          expect(p.reached).toBeLessThanOrEqual(m.runs);
        }
        expect(m.points.reduce((s, p) => s + p.firstWrong, 0)).toBeLessThanOrEqual(m.runs);
      }),
    );
  });
});
