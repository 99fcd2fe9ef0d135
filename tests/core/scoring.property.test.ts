import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS } from '../../src/core/concepts';
import { MOVE_IDS, type MoveId } from '../../src/core/rubric';
import { optionEvidence, scoreTranscript } from '../../src/core/scoring';
import type { Decision } from '../../src/core/transcript';
import { decision, transcript } from './transcripts';

const move = fc.constantFrom(...MOVE_IDS);
const option = fc.array(move, { minLength: 1, maxLength: 3 }).map((moves) => [...new Set(moves)] as MoveId[]);
const decisionArb = fc
  .array(option, { minLength: 2, maxLength: 4 })
  .chain((options) => fc.nat({ max: options.length - 1 }).map((chosen) => ({ options, chosen })));
const decisions = fc.array(decisionArb, { minLength: 1, maxLength: 12 }).map((ds) => ds.map((d, step) => decision(step, d.options, d.chosen)));

describe('scoring properties', () => {
  it('keeps every grade and the overall score within 0–100', () => {
    fc.assert(
      fc.property(decisions, (ds) => {
        const score = scoreTranscript(transcript(ds));
        expect(score.overall).toBeGreaterThanOrEqual(0);
        expect(score.overall).toBeLessThanOrEqual(100);
        for (const c of CONCEPT_IDS) {
          const g = score.concepts[c].grade;
          if (g !== null) {
            expect(g).toBeGreaterThanOrEqual(0);
            expect(g).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(decisions, (ds) => {
        expect(JSON.stringify(scoreTranscript(transcript(ds)))).toBe(JSON.stringify(scoreTranscript(transcript(ds))));
      }),
    );
  });

  it('ignores decisions whose options are all neutral', () => {
    fc.assert(
      fc.property(decisions, fc.nat(), fc.integer({ min: 2, max: 4 }), (ds, at, width) => {
        const position = at % (ds.length + 1);
        const neutral = decision(0, Array.from({ length: width }, () => ['neutral'] as MoveId[]), 0);
        const withNeutral = [...ds.slice(0, position), neutral, ...ds.slice(position)].map((d, step): Decision => ({ ...d, step }));
        const a = scoreTranscript(transcript(ds));
        const b = scoreTranscript(transcript(withNeutral));
        expect(b.overall).toBe(a.overall);
        for (const c of CONCEPT_IDS) expect(b.concepts[c].grade).toBe(a.concepts[c].grade);
      }),
    );
  });

  it('never lowers a concept when a choice is swapped for a sibling with strictly better evidence on it', () => {
    fc.assert(
      fc.property(decisions, fc.nat(), fc.constantFrom(...CONCEPT_IDS), (ds, which, concept) => {
        const i = which % ds.length;
        const d = ds[i] as Decision;
        const value = (index: number): number => optionEvidence(d.options[index]!)[concept] ?? 0;
        const better = d.options.findIndex((_, index) => value(index) > value(d.chosen));
        fc.pre(better >= 0);
        const swapped = ds.map((x, k): Decision => (k === i ? { ...x, chosen: better } : x));
        const before = scoreTranscript(transcript(ds)).concepts[concept].grade ?? 0;
        const after = scoreTranscript(transcript(swapped)).concepts[concept].grade ?? 0;
        expect(after).toBeGreaterThan(before);
      }),
    );
  });
});
