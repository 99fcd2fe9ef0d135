import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS } from '../../src/core/concepts';
import { MOVE_IDS, type MoveId } from '../../src/core/rubric';
import { betterOn, optionEvidence, scoreTranscript } from '../../src/core/scoring';
import { buildDebrief } from '../../src/core/debrief';
import { coachNote } from '../../src/core/coach';
import type { StoryHeader } from '../../src/core/tags';
import type { Decision } from '../../src/core/transcript';
import { decision, transcript } from './transcripts';

const HEADER: StoryHeader = {
  id: 't', title: 'T', phase: 1, segment: 'early-majority', minutes: 5, difficulty: 'intro', version: 1, brief: 'b', setting: 'office', objective: null,
  buyers: [{ id: 'ana', name: 'Ana', title: 'COO', role: 'decision-maker', look: [] }],
};
const move = fc.constantFrom(...MOVE_IDS);
const option = fc.array(move, { minLength: 1, maxLength: 3 }).map((moves) => [...new Set(moves)] as MoveId[]);
const decisionArb = fc
  .array(option, { minLength: 2, maxLength: 4 })
  .chain((options) => fc.nat({ max: options.length - 1 }).map((chosen) => ({ options, chosen })));
const decisions = fc.array(decisionArb, { minLength: 1, maxLength: 12 }).map((ds) => ds.map((d, step) => decision(step, d.options, d.chosen)));

describe('scoring properties', () => {
  it('never raises a concept at a decision that offered nothing positive on it', () => {
    fc.assert(
      fc.property(decisions, decisionArb, fc.constantFrom(...CONCEPT_IDS), (ds, extra, concept) => {
        const d = decision(ds.length, extra.options, extra.chosen);
        fc.pre(d.options.every((o) => (optionEvidence(o)[concept] ?? 0) <= 0));
        const before = scoreTranscript(transcript(ds)).concepts[concept];
        const after = scoreTranscript(transcript([...ds, d])).concepts[concept];
        expect(after.earned).toBeLessThanOrEqual(before.earned);
        expect(after.possible).toBe(before.possible);
        if (before.grade !== null && after.grade !== null) expect(after.grade).toBeLessThanOrEqual(before.grade);
      }),
    );
  });

  it('grades a concept with no positive opportunity as not assessed unless it was broken outright', () => {
    fc.assert(
      fc.property(decisions, fc.constantFrom(...CONCEPT_IDS), (ds, concept) => {
        const grade = scoreTranscript(transcript(ds)).concepts[concept];
        fc.pre(grade.possible === 0);
        expect(grade.grade === null || grade.grade === 0).toBe(true);
      }),
    );
  });

  it('never recommends an option that goes against a concept, and never a worse one', () => {
    fc.assert(
      fc.property(decisions, fc.constantFrom(...CONCEPT_IDS), (ds, concept) => {
        for (const d of ds) {
          const better = betterOn(d.options, concept, d.chosen);
          if (!better) continue;
          expect(Object.values(optionEvidence(better)).every((w) => w >= 0)).toBe(true);
          expect(optionEvidence(better)[concept] ?? 0).toBeGreaterThan(optionEvidence(d.options[d.chosen]!)[concept] ?? 0);
        }
      }),
    );
  });

  it('gives the coach note and the debrief the same verdict on every decision', () => {
    fc.assert(
      fc.property(decisions, (ds) => {
        const entries = transcript(ds, 'lost');
        const score = scoreTranscript(entries);
        const debrief = buildDebrief(entries, score, HEADER);
        const notes = ds.map((d) => coachNote(d));
        const missed = new Set(debrief.missed.map((m) => m.step));
        for (const note of notes) expect(missed.has(note.step)).toBe(note.verdict !== 'best');
        for (const f of debrief.weakest) expect(notes[f.moment.step]?.verdict).not.toBe('best');
        for (const f of debrief.strongest) {
          expect(notes[f.moment.step]?.verdict).not.toBe('costly');
          const chosen = ds[f.moment.step]!.options[ds[f.moment.step]!.chosen]!;
          expect(optionEvidence(chosen)[f.concept] ?? 0).toBeGreaterThan(0);
        }
      }),
    );
  });

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

  it('credits strictly more, and never grades lower, when a choice is swapped for a sibling with better evidence on the concept', () => {
    fc.assert(
      fc.property(decisions, fc.nat(), fc.constantFrom(...CONCEPT_IDS), (ds, which, concept) => {
        const i = which % ds.length;
        const d = ds[i] as Decision;
        const value = (index: number): number => optionEvidence(d.options[index]!)[concept] ?? 0;
        const better = d.options.findIndex((_, index) => value(index) > value(d.chosen));
        fc.pre(better >= 0);
        const swapped = ds.map((x, k): Decision => (k === i ? { ...x, chosen: better } : x));
        const before = scoreTranscript(transcript(ds)).concepts[concept];
        const after = scoreTranscript(transcript(swapped)).concepts[concept];
        expect(after.earned).toBeGreaterThan(before.earned);
        expect(after.grade ?? 0).toBeGreaterThanOrEqual(before.grade ?? 0);
      }),
    );
  });
});
