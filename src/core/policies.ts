import { RUBRIC, type MoveId } from './rubric';
import { bestOption, optionTotal, type Evidence } from './scoring';
import { NARRATOR, SELLER, type StoryHeader } from './tags';
import { decisionsOf, type ChoiceOption, type TranscriptEntry } from './transcript';

/**
 * Ways of playing a story without a person, for the checker's score spread and for tests:
 * each picks an option index from the options on the table, knowing what was said so far.
 */
export interface PolicyContext {
  readonly header: StoryHeader;
  readonly entries: readonly TranscriptEntry[];
}
export type Policy = (options: readonly ChoiceOption[], context?: PolicyContext) => number;

const byTotal = (options: readonly ChoiceOption[]): ChoiceOption[] =>
  [...options].sort((a, b) => optionTotal(a) - optionTotal(b) || a.index - b.index);

const byLength = (options: readonly ChoiceOption[]): ChoiceOption[] =>
  [...options].sort((a, b) => a.text.length - b.text.length || b.index - a.index);

/** The middle option by evidence (the lower one of two): what a trainee guessing among them gets on average. */
const median = (options: readonly ChoiceOption[]): number => {
  const sorted = byTotal(options);
  return sorted[Math.floor((sorted.length - 1) / 2)]?.index ?? 0;
};

const hasMove = (option: ChoiceOption, test: (move: MoveId) => boolean): boolean => option.moves.some(test);
const against = (concept: keyof Evidence, atMost = -1) => (move: MoveId): boolean => ((RUBRIC[move].evidence as Evidence)[concept] ?? 0) <= atMost;

/** The typical mistakes of a decent new seller, read from the rubric rather than listed by hand. */
export const TYPICAL_MISTAKES = {
  pitch: (move: MoveId): boolean => (RUBRIC[move] as { pitch?: true }).pitch === true,
  /** Giving ground on price without a get: a move the rubric counts clearly against C8. */
  concession: against('C8', -2),
  /** Asking for the order before the buyer is ready: a move the rubric counts clearly against C12 (not a brochure). */
  'premature-close': against('C12', -2),
} as const;
type Mistake = keyof typeof TYPICAL_MISTAKES;
const MISTAKES = Object.keys(TYPICAL_MISTAKES) as Mistake[];

/** A question in either language (the Chinese question mark is full-width). */
const isQuestion = (option: ChoiceOption): boolean => /[?？]/.test(option.text);

/** Words and numbers from the buyers' names and companies and from what they said so far. */
export function buyerDetails(context: PolicyContext): Set<string> {
  const details = new Set<string>();
  const add = (text: string): void => {
    for (const word of text.match(/\d[\d,.]*%?|\p{Lu}\p{Ll}+/gu) ?? []) if (/\d/.test(word) || word.length > 2) details.add(word);
  };
  for (const buyer of context.header.buyers) {
    add(buyer.name);
    add(buyer.title.split(',').slice(1).join(' '));
  }
  for (const entry of context.entries) {
    if (entry.kind === 'beat' && entry.beat.speaker !== SELLER && entry.beat.speaker !== NARRATOR) {
      for (const number of entry.beat.text.match(/\d[\d,.]*%?/g) ?? []) details.add(number);
    }
  }
  return details;
}

const detailCount = (option: ChoiceOption, details: ReadonlySet<string>): number =>
  [...details].filter((d) => option.text.includes(d)).length;

export const POLICIES = {
  /** A customer-centric seller: the option with the best evidence. */
  expert: (options) => bestOption(options)?.index ?? 0,
  /** The option with the worst evidence everywhere. */
  worst: (options) => byTotal(options)[0]?.index ?? 0,
  /** A seller who pitches whenever the story lets them, and otherwise plays middle of the road. */
  'pitch-first': (options) => {
    const pitches = options.filter((o) => hasMove(o, TYPICAL_MISTAKES.pitch));
    return pitches.length ? (byTotal(pitches)[0]?.index ?? 0) : median(options);
  },
  /** A trainee gaming the game: always the longest answer. A sound scenario does not reward it. */
  longest: (options) => byLength(options).at(-1)?.index ?? 0,
  /** The opposite habit: always the shortest answer. */
  shortest: (options) => byLength(options)[0]?.index ?? 0,
  /** A seller who plays well but gives a discount whenever one is on the table. */
  'discount-early': (options) => {
    const discounts = options.filter((o) => hasMove(o, TYPICAL_MISTAKES.concession));
    return (discounts.length ? byTotal(discounts)[0] : bestOption(options))?.index ?? 0;
  },
  /**
   * The expert with a decent new seller's two or three typical mistakes: at the first chance of
   * each (an early pitch, a concession without a get, a premature close) it takes that mistake.
   * A sound scenario fails this run: the middle of the scale must not look like the top.
   */
  mixed: (options, context) => {
    const made = new Set<Mistake>();
    for (const decision of decisionsOf(context?.entries ?? [])) {
      const chosen = decision.options[decision.chosen];
      for (const m of MISTAKES) if (chosen && hasMove(chosen, TYPICAL_MISTAKES[m])) made.add(m);
    }
    for (const m of MISTAKES) {
      if (made.has(m)) continue;
      const tempting = options.filter((o) => hasMove(o, TYPICAL_MISTAKES[m]));
      if (tempting.length) return byTotal(tempting).at(-1)?.index ?? 0;
    }
    return bestOption(options)?.index ?? 0;
  },
  /** A trainee who has learnt "ask, don't tell" as a shape: any option with a question mark. */
  'question-picker': (options) => {
    const questions = options.filter(isQuestion);
    return median(questions.length ? questions : options);
  },
  /** A trainee who has learnt that right answers reuse the buyer's own names and numbers. */
  'buyer-detail': (options, context) => {
    const details = context ? buyerDetails(context) : new Set<string>();
    const most = Math.max(...options.map((o) => detailCount(o, details)));
    return median(most > 0 ? options.filter((o) => detailCount(o, details) === most) : options);
  },
} as const satisfies Record<string, Policy>;

export type PolicyName = keyof typeof POLICIES;

/** Scripted trainees that read only the evidence, not the words: they play a translation the same way. */
export const EVIDENCE_POLICIES = ['expert', 'worst', 'pitch-first', 'discount-early', 'mixed'] as const satisfies readonly PolicyName[];

/** Scripted trainees a sound scenario must not let pass. */
export const MUST_FAIL = ['pitch-first', 'worst', 'longest', 'shortest', 'mixed', 'question-picker', 'buyer-detail'] as const satisfies readonly PolicyName[];

/** How often the best answer is given away by its shape: the only question, or the only longest option. */
export function shapeTells(options: readonly ChoiceOption[]): { onlyQuestion: boolean; onlyLongest: boolean } {
  const best = bestOption(options);
  if (!best) return { onlyQuestion: false, onlyLongest: false };
  const questions = options.filter(isQuestion);
  const longest = Math.max(...options.map((o) => o.text.length));
  return {
    onlyQuestion: questions.length === 1 && questions[0] === best,
    onlyLongest: best.text.length === longest && options.filter((o) => o.text.length === longest).length === 1,
  };
}
