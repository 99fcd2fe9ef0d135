import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/core/debrief';
import { coachNote } from '../../src/core/coach';
import { isSuccessfulOutcome, optionEvidence, scoreTranscript, TEXTBOOK_CAP } from '../../src/core/scoring';
import type { MoveId } from '../../src/core/rubric';
import { decision, transcript } from './transcripts';
import type { StoryHeader } from '../../src/core/tags';

const header: StoryHeader = {
  id: 't', title: 'T', phase: 1, segment: 'early-majority', minutes: 5, difficulty: 'intro', version: 1, brief: 'b', setting: 'office', objective: null,
  buyers: [{ id: 'ana', name: 'Ana', title: 'COO', role: 'decision-maker', look: [] }],
};

describe('scoring what the trainee demonstrated', () => {
  it('gives full marks for taking the best option, and nothing for a violation where a good move was on the table', () => {
    const best = scoreTranscript(transcript([decision(0, [['ask-goal'], ['pitch-features']], 0)]));
    expect(best.concepts.C1.grade).toBe(100);
    expect(best.overall).toBe(100);
    const worst = scoreTranscript(transcript([decision(0, [['ask-goal'], ['pitch-features']], 1)]));
    expect(worst.concepts.C1.grade).toBe(0);
    expect(worst.concepts.C5.grade).toBe(0);
    expect(worst.overall).toBe(0);
  });

  it('marks concepts no decision offered a chance to show as not assessed', () => {
    const score = scoreTranscript(transcript([decision(0, [['ask-goal'], ['neutral']], 0)]));
    expect(score.concepts.C1.grade).toBe(100);
    expect(score.concepts.C8.grade).toBeNull();
    expect(score.concepts.C8.evidence).toEqual([]);
  });

  it('gives no credit for avoiding a trap when nothing positive was on the table', () => {
    // Neutral beside a premature close: nothing here demonstrates C12, so C12 is not assessed (it used to read 100).
    const dodged = scoreTranscript(transcript([decision(0, [['neutral'], ['premature-close']], 0)]));
    expect(dodged.concepts.C12.grade).toBeNull();
    expect(dodged.concepts.C12.possible).toBe(0);
  });

  it('still lowers a concept when the trainee chose a violation where nothing positive was on the table', () => {
    const good = decision(0, [['propose-mutual-plan'], ['neutral']], 0);
    const clean = scoreTranscript(transcript([good, decision(1, [['neutral'], ['send-brochure']], 0)]));
    const violated = scoreTranscript(transcript([good, decision(1, [['neutral'], ['send-brochure']], 1)]));
    expect(clean.concepts.C12.grade).toBe(100);
    expect(violated.concepts.C12.grade).toBeLessThan(100);
    expect(violated.concepts.C12.violated).toBe(true);
  });

  it('counts a partial answer by its own evidence out of the best on the table', () => {
    // C12: mutual plan +3, check readiness +2, premature close −3 → readiness earns 2 of 3.
    const score = scoreTranscript(transcript([decision(0, [['propose-mutual-plan'], ['check-readiness'], ['premature-close']], 1)]));
    expect(score.concepts.C12).toMatchObject({ earned: 2, possible: 3, grade: 67 });
  });

  it('weighs a textbook violation more than an abstention', () => {
    const table: MoveId[][] = [['trade-concession'], ['neutral'], ['unilateral-discount']];
    const abstained = scoreTranscript(transcript([decision(0, table, 1)]));
    const violated = scoreTranscript(transcript([decision(0, table, 2)]));
    expect(abstained.concepts.C8.earned).toBeGreaterThan(violated.concepts.C8.earned);
    expect(violated.broken).toContain('C8');
    expect(abstained.broken).toEqual([]);
  });

  it('does not let good moves on the same concept average a textbook violation away', () => {
    const good = (step: number) => decision(step, [['trade-concession'], ['neutral']], 0);
    const ds = [...Array.from({ length: 10 }, (_, i) => good(i)), decision(10, [['trade-concession'], ['unilateral-discount']], 1)];
    const score = scoreTranscript(transcript(ds));
    expect(score.concepts.C8.grade).toBeLessThanOrEqual(TEXTBOOK_CAP);
    expect(score.broken).toEqual(['C8']);
    expect(score.passed).toBe(false);
  });

  it('does not punish a −3 move when every option on the table was as bad', () => {
    const score = scoreTranscript(transcript([decision(0, [['unilateral-discount'], ['percentage-discount-off-total']], 0)]));
    expect(score.concepts.C8.grade).toBeNull();
    expect(score.broken).toEqual([]);
  });

  it('pools concepts over decisions and computes the overall score and pass mark', () => {
    const score = scoreTranscript(
      transcript([
        decision(0, [['ask-goal'], ['open-with-company-history']], 0),
        decision(1, [['trade-concession'], ['unilateral-discount']], 1),
      ], 'lost'),
    );
    expect(score.concepts.C1.grade).toBe(100);
    expect(score.concepts.C8.grade).toBe(0);
    // C1 3/3, C5 1/1, C2 0/0 (nothing positive offered: not counted), C8 −3/3 → 1 of 7.
    expect(score.overall).toBe(Math.round((100 * 1) / 7));
    expect(score.passed).toBe(false);
    expect(score.outcome).toBe('lost');
  });

  it('counts direct concept evidence from the story', () => {
    const d = decision(0, [['neutral'], ['neutral']], 0);
    const withDirect = { ...d, options: [{ ...d.options[0]!, moves: [], direct: [{ concept: 'C13' as const, weight: 2 }], why: 'asked early' }, d.options[1]!] };
    expect(optionEvidence(withDirect.options[0]!)).toEqual({ C13: 2 });
    expect(scoreTranscript(transcript([withDirect])).concepts.C13.grade).toBe(100);
  });

  it("keeps an option's evidence as worked out the first time: a reader cannot change the next grade", () => {
    const d = decision(0, [['ask-goal'], ['pitch-features']], 0);
    const before = scoreTranscript(transcript([d]));
    const evidence = optionEvidence(d.options[0]!) as Record<string, number>;
    expect(() => {
      evidence.C1 = -99;
    }).toThrow(TypeError);
    expect(scoreTranscript(transcript([d]))).toEqual(before);
  });

  it('treats walking away from an unqualified deal as a success', () => {
    expect(isSuccessfulOutcome('qualified-out')).toBe(true);
    expect(isSuccessfulOutcome('won')).toBe(true);
    expect(isSuccessfulOutcome('no-decision')).toBe(false);
    const score = scoreTranscript(transcript([decision(0, [['chase-unqualified-deal'], ['walk-away-unqualified']], 1)], 'qualified-out'));
    expect(score.concepts.C9.grade).toBe(100);
  });

  it('names the best alternative where points were lost', () => {
    const score = scoreTranscript(transcript([decision(0, [['pitch-features'], ['ask-current-process'], ['neutral']], 0)]));
    expect(score.decisions[0]).toMatchObject({ chosen: 0, best: 1 });
    expect(score.decisions[0]!.lost).toBeGreaterThan(0);
  });
});

describe('passing', () => {
  const good = (step: number) => decision(step, [['ask-goal'], ['pitch-features']], 0);
  it('fails a run that broke one concept outright, however well the rest went', () => {
    const ds = [good(0), good(1), good(2), good(3), good(4), good(5), decision(6, [['trade-concession'], ['unilateral-discount']], 1)];
    const score = scoreTranscript(transcript(ds));
    expect(score.overall).toBeGreaterThanOrEqual(70);
    expect(score.broken).toEqual(['C8']);
    expect(score.passed).toBe(false);
  });

  it('does not count a concept as broken when the trainee only missed a chance to score on it', () => {
    const ds = [good(0), good(1), good(2), good(3), good(4), good(5), decision(6, [['trade-concession'], ['neutral']], 1)];
    const score = scoreTranscript(transcript(ds));
    expect(score.concepts.C8.grade).toBe(0);
    expect(score.broken).toEqual([]);
    expect(score.passed).toBe(true);
  });
});

describe('debrief', () => {
  const entries = transcript(
    [
      decision(0, [['open-with-company-history'], ['open-with-business-problem']], 1),
      decision(1, [['ask-goal'], ['pitch-features']], 1),
      decision(2, [['trade-concession'], ['unilateral-discount']], 0),
      decision(3, [['premature-close'], ['propose-mutual-plan']], 0),
    ],
    'no-decision',
  );
  const score = scoreTranscript(entries);
  const debrief = buildDebrief(entries, score, header);

  it('cites the moments behind the strongest and weakest concepts', () => {
    expect(debrief.strongest.map((f) => f.concept)).toEqual(expect.arrayContaining(['C2', 'C8']));
    const weakC12 = debrief.weakest.find((f) => f.concept === 'C12');
    expect(weakC12?.moment).toMatchObject({ step: 3, said: 'option 1: premature-close', moves: ['premature-close'] });
    expect(weakC12?.moment.better?.option.moves).toEqual(['propose-mutual-plan']);
    expect(weakC12?.moment.reaction?.text).toBe('reaction 4');
  });

  it('lists every decision that cost points with the better option', () => {
    expect(debrief.missed.map((m) => m.step)).toEqual([1, 3]);
    expect(debrief.missed[0]?.better.moves).toEqual(['ask-goal']);
  });

  it('never lists a concept graded 100 as one to work on', () => {
    const flawless = transcript([decision(0, [['pitch-features'], ['ask-goal']], 1), decision(1, [['propose-mutual-plan'], ['premature-close']], 0)], 'won');
    const perfect = buildDebrief(flawless, scoreTranscript(flawless), header);
    expect(perfect.strongest.length).toBeGreaterThan(0);
    expect(perfect.weakest).toEqual([]);
    expect(debrief.weakest.every((f) => f.grade < 100)).toBe(true);
  });

  it('draws a timeline point before each decision and at the end', () => {
    expect(debrief.timeline.map((p) => p.step)).toEqual([0, 1, 2, 3, 4]);
    expect(debrief.success).toBe(false);
  });
});

describe('coach note', () => {
  it('praises the best option, and names a better one otherwise', () => {
    expect(coachNote(decision(0, [['ask-goal'], ['pitch-features']], 0))).toMatchObject({ verdict: 'best', better: null });
    const costly = coachNote(decision(0, [['ask-goal'], ['pitch-features']], 1));
    expect(costly.verdict).toBe('costly');
    expect(costly.better?.moves).toEqual(['ask-goal']);
    expect(coachNote(decision(0, [['ask-goal'], ['ask-diagnostic']], 1)).verdict).toBe('partial');
  });
});

describe('the choice that decided the ending', () => {
  // Six good decisions, then a giveaway that the story says caused the price shoot-out.
  const good = (step: number) => decision(step, [['ask-goal'], ['pitch-features']], 0);
  const withCause = (d: ReturnType<typeof decision>, cause: string) => ({ ...d, options: d.options.map((o) => ({ ...o, cause })) });
  const ended = (causedBy: string | null, outcome: 'lost' | 'no-decision' | 'won' | 'qualified-out', giveaway = 1) => {
    const ds = [...Array.from({ length: 6 }, (_, i) => good(i)), withCause(decision(6, [['ask-goal'], ['concede-silently']], giveaway), 'gave-price')];
    const entries = transcript(ds, outcome);
    const last = entries[entries.length - 1];
    if (last?.kind === 'beat') entries[entries.length - 1] = { kind: 'beat', beat: { ...last.beat, causedBy } };
    return entries;
  };

  it('names the first choice carrying the cause the ending names, and fails a run decided by a violation', () => {
    const score = scoreTranscript(ended('gave-price', 'lost'));
    expect(score.overall).toBeGreaterThanOrEqual(70);
    expect(score.decidedBy).toEqual({ step: 6, cause: 'gave-price', violation: true });
    expect(score.passed).toBe(false);
    const debrief = buildDebrief(ended('gave-price', 'lost'), score, header);
    expect(debrief.deciding).toMatchObject({ step: 6, said: 'option 2: concede-silently', moves: ['concede-silently'], violation: true });
  });

  it('lets a run pass when the ending was decided by a choice that broke no concept', () => {
    const score = scoreTranscript(ended('gave-price', 'no-decision', 0));
    expect(score.decidedBy).toMatchObject({ step: 6, violation: false });
    expect(score.passed).toBe(true);
  });

  it('does not look for a cause in a successful ending', () => {
    expect(scoreTranscript(ended('gave-price', 'won')).decidedBy).toBeNull();
    expect(scoreTranscript(ended(null, 'lost')).decidedBy).toBeNull();
  });

  it('keeps walking away correctly a success, and fails quoting into a rigged bid', () => {
    const table: MoveId[][] = [['walk-away-unqualified'], ['chase-unqualified-deal']];
    const walked = scoreTranscript(transcript([...Array.from({ length: 4 }, (_, i) => good(i)), decision(4, table, 0)], 'qualified-out'));
    expect(walked.passed).toBe(true);
    expect(isSuccessfulOutcome(walked.outcome)).toBe(true);
    const quoted = scoreTranscript(transcript([...Array.from({ length: 4 }, (_, i) => good(i)), decision(4, table, 1)], 'lost'));
    expect(quoted.broken).toContain('C9');
    expect(quoted.passed).toBe(false);
  });
});

describe('what the debrief cites', () => {
  it('cites a strength only where the answer showed the concept, and recommends only clean answers', () => {
    // C12 appears only as a trap the trainee avoided: never "strongest" for it, nothing to cite.
    const entries = transcript([decision(0, [['ask-goal'], ['premature-close']], 0), decision(1, [['ask-goal'], ['pitch-features']], 0)], 'won');
    const debrief = buildDebrief(entries, scoreTranscript(entries), header);
    expect(debrief.strongest.map((f) => f.concept)).not.toContain('C12');
    const bad = transcript([decision(0, [['accept-delegation-down'], ['unilateral-discount'], ['trade-concession']], 1)], 'lost');
    const weak = buildDebrief(bad, scoreTranscript(bad), header).weakest.find((f) => f.concept === 'C8');
    expect(weak?.moment.better?.option.moves).toEqual(['trade-concession']);
  });
});

describe('naming one choice among several causes', () => {
  it('names the costliest choice carrying the cause, the earliest of equals', () => {
    const tagged = (d: ReturnType<typeof decision>) => ({ ...d, options: d.options.map((o) => ({ ...o, cause: 'lost-trust' })) });
    const entries = transcript(
      [
        tagged(decision(0, [['ask-goal'], ['flatter']], 1)),
        tagged(decision(1, [['ask-goal'], ['open-with-company-history']], 1)),
        tagged(decision(2, [['ask-goal'], ['tell-buyer-their-problem']], 1)),
      ],
      'lost',
    );
    const last = entries[entries.length - 1];
    if (last?.kind === 'beat') entries[entries.length - 1] = { kind: 'beat', beat: { ...last.beat, causedBy: 'lost-trust' } };
    // flatter −1, company history −3, telling their problem −4: the last one decided it.
    expect(scoreTranscript(entries).decidedBy).toEqual({ step: 2, cause: 'lost-trust', violation: true });
  });
});

describe('the objective in the scenario\'s own terms', () => {
  const withObjective = { ...header, objective: 'A second meeting with the people who decide' };
  const run = (outcome: 'won' | 'lost' | 'qualified-out') => {
    const entries = transcript([decision(0, [['ask-goal'], ['pitch-features']], 0)], outcome);
    return buildDebrief(entries, scoreTranscript(entries), withObjective).objective;
  };

  it('is reached only by a win; qualifying out is the right call, not the objective', () => {
    expect(run('won')).toEqual({ text: 'A second meeting with the people who decide', reached: true });
    expect(run('lost')?.reached).toBe(false);
    expect(run('qualified-out')?.reached).toBe(false);
  });

  it('is absent where the scenario declares none', () => {
    const entries = transcript([decision(0, [['ask-goal']], 0)], 'won');
    expect(buildDebrief(entries, scoreTranscript(entries), header).objective).toBeNull();
  });
});
