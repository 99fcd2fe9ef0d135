import type { MoveId } from './rubric';
import { reviewDecision, type Verdict } from './scoring';
import type { ChoiceOption, Decision } from './transcript';

/**
 * The coach's note after a choice (coach mode): what the move means and, when the trainee
 * gave something up, what a customer-centric seller would have said.
 */
export interface CoachNote {
  readonly step: number;
  /** The same verdict the debrief gives this decision (scoring's reviewDecision). */
  readonly verdict: Verdict;
  readonly moves: readonly MoveId[];
  readonly better: ChoiceOption | null;
}

export function coachNote(decision: Decision): CoachNote {
  const chosen = decision.options[decision.chosen] as ChoiceOption;
  const review = reviewDecision(decision);
  const better = review.verdict === 'best' || review.best === decision.chosen ? null : (decision.options[review.best] ?? null);
  return { step: decision.step, verdict: review.verdict, moves: chosen.moves.filter((m) => m !== 'neutral'), better };
}
