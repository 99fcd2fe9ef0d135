import { CONCEPT_IDS, type ConceptId } from './concepts';
import type { Outcome } from './buying';
import { RUBRIC } from './rubric';
import { decisionsOf, type ChoiceOption, type Decision, type TranscriptEntry } from './transcript';

/**
 * Grades a transcript against the 13 concepts. Each decision is judged against what was
 * possible *at that decision*: for a concept, the chosen option earns (chosen − worst) out of
 * (best − worst) among the options on the table. A decision whose options all weigh the same
 * on a concept does not bear on it. A concept no decision bears on is "not assessed".
 */

export type Evidence = Partial<Record<ConceptId, number>>;

export const DEFAULT_PASS_MARK = 70;
/**
 * A coach does not pass a seller who broke one of the concepts outright, however well the rest
 * went: a concept the trainee violated (chose evidence against it) and graded below this fails the run.
 */
export const CONCEPT_FLOOR = 40;

/** The evidence an option gives on each concept: its moves through the rubric, plus direct tags. */
export function optionEvidence(option: Pick<ChoiceOption, 'moves' | 'direct'>): Evidence {
  const evidence: Evidence = {};
  for (const move of option.moves) {
    for (const [concept, weight] of Object.entries(RUBRIC[move].evidence) as [ConceptId, number][]) {
      evidence[concept] = (evidence[concept] ?? 0) + weight;
    }
  }
  for (const { concept, weight } of option.direct) evidence[concept] = (evidence[concept] ?? 0) + weight;
  return evidence;
}

/** The sum of an option's evidence over all concepts: how a customer-centric seller ranks it. */
export function optionTotal(option: Pick<ChoiceOption, 'moves' | 'direct'>): number {
  return Object.values(optionEvidence(option)).reduce((sum, w) => sum + w, 0);
}

/** The option a customer-centric seller would take: highest total evidence, earliest on ties. */
export function bestOption(options: readonly ChoiceOption[]): ChoiceOption | null {
  let best: ChoiceOption | null = null;
  for (const option of options) if (!best || optionTotal(option) > optionTotal(best)) best = option;
  return best;
}

/** One decision's bearing on one concept. */
export interface ConceptEvidence {
  readonly step: number;
  readonly concept: ConceptId;
  /** Evidence of the chosen option, the best and the worst on the table. */
  readonly chosen: number;
  readonly best: number;
  readonly worst: number;
  /** chosen − worst, out of best − worst. */
  readonly earned: number;
  readonly possible: number;
  /** The option with the best evidence on this concept (the earliest on ties). */
  readonly bestOption: number;
}

export interface ConceptGrade {
  readonly concept: ConceptId;
  /** 0–100, or null when no decision in the run bore on the concept. */
  readonly grade: number | null;
  readonly earned: number;
  readonly possible: number;
  readonly evidence: readonly ConceptEvidence[];
}

/** How a decision compares with the best option on the table. */
export interface DecisionReview {
  readonly step: number;
  readonly chosen: number;
  readonly best: number;
  /** Total evidence given up by not taking the best option (0 when the best was taken). */
  readonly lost: number;
}

export interface Score {
  readonly concepts: Readonly<Record<ConceptId, ConceptGrade>>;
  /** 0–100 over every concept-decision pair that was assessed. */
  readonly overall: number;
  readonly passMark: number;
  /** Overall at or above the pass mark, and no concept broken below the floor. */
  readonly passed: boolean;
  /** Concepts the trainee violated and graded below CONCEPT_FLOOR: each alone fails the run. */
  readonly broken: readonly ConceptId[];
  readonly outcome: Outcome | null;
  readonly decisions: readonly DecisionReview[];
}

/** The concepts on which the options on the table differ: what this decision assesses. */
export function conceptsAtStake(options: readonly ChoiceOption[]): ConceptId[] {
  const evidence = options.map((o) => optionEvidence(o));
  return CONCEPT_IDS.filter((c) => new Set(evidence.map((e) => e[c] ?? 0)).size > 1);
}

function conceptEvidence(decision: Decision, concept: ConceptId): ConceptEvidence | null {
  const values = decision.options.map((o) => optionEvidence(o)[concept] ?? 0);
  const best = Math.max(...values);
  const worst = Math.min(...values);
  if (best === worst) return null;
  const chosen = values[decision.chosen] ?? 0;
  return {
    step: decision.step,
    concept,
    chosen,
    best,
    worst,
    earned: chosen - worst,
    possible: best - worst,
    bestOption: values.indexOf(best),
  };
}

/** Reviews one decision against the best option that was on the table. */
export function reviewDecision(decision: Decision): DecisionReview {
  const chosen = decision.options[decision.chosen];
  const best = bestOption(decision.options);
  const lost = chosen && best ? optionTotal(best) - optionTotal(chosen) : 0;
  return { step: decision.step, chosen: decision.chosen, best: best?.index ?? decision.chosen, lost };
}

function outcomeOf(entries: readonly TranscriptEntry[]): Outcome | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry?.kind === 'beat' && entry.beat.outcome) return entry.beat.outcome;
  }
  return null;
}

const percent = (earned: number, possible: number): number => Math.round((100 * earned) / possible);

/** Scores a transcript. Pure and deterministic: the same transcript always gives the same score. */
export function scoreTranscript(entries: readonly TranscriptEntry[], passMark = DEFAULT_PASS_MARK): Score {
  const decisions = decisionsOf(entries);
  let earnedAll = 0;
  let possibleAll = 0;
  const concepts = {} as Record<ConceptId, ConceptGrade>;
  for (const concept of CONCEPT_IDS) {
    const evidence = decisions.flatMap((d) => conceptEvidence(d, concept) ?? []);
    const earned = evidence.reduce((sum, e) => sum + e.earned, 0);
    const possible = evidence.reduce((sum, e) => sum + e.possible, 0);
    earnedAll += earned;
    possibleAll += possible;
    concepts[concept] = { concept, grade: possible ? percent(earned, possible) : null, earned, possible, evidence };
  }
  const overall = possibleAll ? percent(earnedAll, possibleAll) : 0;
  const broken = CONCEPT_IDS.filter((c) => {
    const { grade, evidence } = concepts[c];
    return grade !== null && grade < CONCEPT_FLOOR && evidence.some((e) => e.chosen < 0);
  });
  return {
    concepts,
    overall,
    passMark,
    passed: overall >= passMark && broken.length === 0,
    broken,
    outcome: outcomeOf(entries),
    decisions: decisions.map(reviewDecision),
  };
}

/** Walking away from a deal that could not be won deservedly is a success (C9, P6). */
export function isSuccessfulOutcome(outcome: Outcome | null): boolean {
  return outcome === 'won' || outcome === 'qualified-out';
}
