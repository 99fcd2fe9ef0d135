import { RUBRIC } from './rubric';
import { bestOption, optionTotal, type Evidence } from './scoring';
import type { ChoiceOption } from './transcript';

/**
 * Ways of playing a story without a person, for the checker's score spread and for tests:
 * each picks an option index from the options on the table.
 */
export type Policy = (options: readonly ChoiceOption[]) => number;

const byTotal = (options: readonly ChoiceOption[]): ChoiceOption[] =>
  [...options].sort((a, b) => optionTotal(a) - optionTotal(b) || a.index - b.index);

const byLength = (options: readonly ChoiceOption[]): ChoiceOption[] =>
  [...options].sort((a, b) => a.text.length - b.text.length || b.index - a.index);

const pitchCount = (option: ChoiceOption): number =>
  option.moves.filter((m) => (RUBRIC[m] as { pitch?: true }).pitch).length;

// Giving ground on price without a get: whatever the rubric counts against C8 (no give without a get).
const givesAway = (option: ChoiceOption): boolean => option.moves.some((m) => ((RUBRIC[m].evidence as Evidence).C8 ?? 0) < 0);

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
  /** A trainee gaming the game: always the longest answer. A sound scenario does not reward it. */
  longest: (options) => byLength(options).at(-1)?.index ?? 0,
  /** The opposite habit: always the shortest answer. */
  shortest: (options) => byLength(options)[0]?.index ?? 0,
  /** A seller who plays well but gives a discount whenever one is on the table. */
  'discount-early': (options) => {
    const discounts = options.filter(givesAway);
    return (discounts.length ? byTotal(discounts)[0] : bestOption(options))?.index ?? 0;
  },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;
