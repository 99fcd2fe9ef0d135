import { RUBRIC } from './rubric';
import { bestOption, optionTotal } from './scoring';
import type { ChoiceOption } from './transcript';

/**
 * Ways of playing a story without a person, for the checker's score spread and for tests:
 * each picks an option index from the options on the table.
 */
export type Policy = (options: readonly ChoiceOption[]) => number;

const byTotal = (options: readonly ChoiceOption[]): ChoiceOption[] =>
  [...options].sort((a, b) => optionTotal(a) - optionTotal(b) || a.index - b.index);

const pitchCount = (option: ChoiceOption): number =>
  option.moves.filter((m) => (RUBRIC[m] as { pitch?: true }).pitch).length;

export const POLICIES = {
  /** A customer-centric seller: the option with the best evidence. */
  expert: (options) => bestOption(options)?.index ?? 0,
  /** The option with the worst evidence everywhere. */
  worst: (options) => byTotal(options)[0]?.index ?? 0,
  /** A seller who pitches whenever the story lets them, and otherwise plays middle of the road. */
  'pitch-first': (options) => {
    const pitches = options.filter((o) => pitchCount(o) > 0);
    if (pitches.length) return byTotal(pitches)[0]?.index ?? 0;
    const sorted = byTotal(options);
    return sorted[Math.floor((sorted.length - 1) / 2)]?.index ?? 0;
  },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;
