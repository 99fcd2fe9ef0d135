import type { MoveId } from './rubric';
import { optionTotal, reviewDecision } from './scoring';
import type { ChoiceOption, Decision } from './transcript';

/**
 * The coach's note after a choice (coach mode): what the move means and, when the trainee
 * gave something up, what a customer-centric seller would have said.
 */
export interface CoachNote {
  readonly step: number;
  /** best: the best option on the table; partial: helpful but not the best; costly: hurt the method. */
  readonly verdict: 'best' | 'partial' | 'costly';
  readonly moves: readonly MoveId[];
  readonly better: ChoiceOption | null;
}

export function coachNote(decision: Decision): CoachNote {
  const chosen = decision.options[decision.chosen] as ChoiceOption;
  const review = reviewDecision(decision);
  const better = review.lost > 0 ? (decision.options[review.best] ?? null) : null;
  const verdict = review.lost <= 0 ? 'best' : optionTotal(chosen) > 0 ? 'partial' : 'costly';
  return { step: decision.step, verdict, moves: chosen.moves.filter((m) => m !== 'neutral'), better };
}
