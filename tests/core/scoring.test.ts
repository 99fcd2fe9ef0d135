import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/core/debrief';
import { coachNote } from '../../src/core/coach';
import { isSuccessfulOutcome, optionEvidence, scoreTranscript } from '../../src/core/scoring';
import { decision, transcript } from './transcripts';
import type { StoryHeader } from '../../src/core/tags';

const header: StoryHeader = {
  id: 't', title: 'T', phase: 1, segment: 'early-majority', minutes: 5, difficulty: 'intro', version: 1, brief: 'b', setting: 'office',
  buyers: [{ id: 'ana', name: 'Ana', title: 'COO', role: 'decision-maker', look: [] }],
};

describe('scoring against what was possible at each decision', () => {
  it('gives full marks for taking the best option and zero for the worst, per concept', () => {
    const best = scoreTranscript(transcript([decision(0, [['ask-goal'], ['pitch-features']], 0)]));
    expect(best.concepts.C1.grade).toBe(100);
    expect(best.concepts.C5.grade).toBe(100);
    const worst = scoreTranscript(transcript([decision(0, [['ask-goal'], ['pitch-features']], 1)]));
    expect(worst.concepts.C1.grade).toBe(0);
    expect(worst.concepts.C5.grade).toBe(0);
    expect(worst.overall).toBe(0);
    expect(best.overall).toBe(100);
  });

  it('marks concepts no decision bore on as not assessed', () => {
    const score = scoreTranscript(transcript([decision(0, [['ask-goal'], ['neutral']], 0)]));
    expect(score.concepts.C1.grade).toBe(100);
    expect(score.concepts.C8.grade).toBeNull();
    expect(score.concepts.C8.evidence).toEqual([]);
  });

  it('does not assess a concept on which all options weigh the same', () => {
    // Both options carry C5: the decision does not discriminate on it.
    const score = scoreTranscript(transcript([decision(0, [['ask-current-process'], ['ask-current-process', 'premature-close']], 1)]));
    expect(score.concepts.C5.grade).toBeNull();
    expect(score.concepts.C12.grade).toBe(0);
  });

  it('credits avoiding a trap: a neutral option beside a violation earns the concept', () => {
    const score = scoreTranscript(transcript([decision(0, [['neutral'], ['premature-close']], 0)]));
    expect(score.concepts.C12.grade).toBe(100);
  });

  it('weighs partial credit by the spread on the table', () => {
    // C12: mutual plan +3, check readiness +2, premature close -3 → readiness earns 5 of 6.
    const score = scoreTranscript(transcript([decision(0, [['propose-mutual-plan'], ['check-readiness'], ['premature-close']], 1)]));
    expect(score.concepts.C12).toMatchObject({ earned: 5, possible: 6, grade: 83 });
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
    // C1 3/3, C5 1/1, C2 3/3, C8 0/6 → 7 of 13.
    expect(score.overall).toBe(Math.round((100 * 7) / 13));
    expect(score.passed).toBe(false);
    expect(score.outcome).toBe('lost');
  });

  it('counts direct concept evidence from the story', () => {
    const d = decision(0, [['neutral'], ['neutral']], 0);
    const withDirect = { ...d, options: [{ ...d.options[0]!, moves: [], direct: [{ concept: 'C13' as const, weight: 2 }], why: 'asked early' }, d.options[1]!] };
    expect(optionEvidence(withDirect.options[0]!)).toEqual({ C13: 2 });
    expect(scoreTranscript(transcript([withDirect])).concepts.C13.grade).toBe(100);
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
