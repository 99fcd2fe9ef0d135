import type { MoveId } from '../../src/core/rubric';
import type { ChoiceOption, Decision, TranscriptEntry } from '../../src/core/transcript';

/** Builds a decision from the moves of each option, for hand-built transcripts. */
export function decision(step: number, options: readonly (readonly MoveId[])[], chosen: number): Decision {
  return {
    step,
    chosen,
    point: `point-${step}`,
    options: options.map((moves, index): ChoiceOption => ({ index, text: `option ${index + 1}: ${moves.join('+')}`, moves, direct: [], why: null, cause: null })),
  };
}

/** A transcript of decisions, each followed by one buyer line; the last line carries the outcome. */
export function transcript(decisions: readonly Decision[], outcome: TranscriptEntry extends never ? never : 'won' | 'lost' | 'no-decision' | 'qualified-out' | null = null): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  decisions.forEach((d, i) => {
    entries.push({ kind: 'decision', decision: d });
    entries.push({
      kind: 'beat',
      beat: { text: `reaction ${i + 1}`, speaker: 'ana', mood: 'neutral', phase: null, milestones: [], outcome: i === decisions.length - 1 ? outcome : null, causedBy: null, insider: null, enters: [] },
    });
  });
  return entries;
}
