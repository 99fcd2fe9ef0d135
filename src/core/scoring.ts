import { CONCEPT_IDS, type ConceptId } from './concepts';
import type { Outcome } from './buying';
import { RUBRIC } from './rubric';
import { decisionsOf, type ChoiceOption, type Decision, type TranscriptEntry } from './transcript';

/**
 * Grades a transcript against the 13 concepts (README, "How a scenario becomes a score"):
 * 1. A concept is graded only where the table offered a move that demonstrates it: there the chosen
 *    option earns its evidence (negative for a violation) out of the best on the table. Decisions
 *    that offered nothing positive on a concept cannot raise it; choosing a violation there, when
 *    something less bad was on the table, still lowers it. No such opportunity: "not assessed".
 * 2. A textbook violation (a −3 move while something better was on the table) caps its concept at
 *    TEXTBOOK_CAP, so good moves elsewhere cannot average it away; a violated concept below
 *    CONCEPT_FLOOR fails the run.
 * 3. A lost or no-decision ending that the story traces to one of the trainee's own violations
 *    (`# cause:` on the choice, `# caused-by:` on the ending) fails the run, and is named.
 */

export type Evidence = Partial<Record<ConceptId, number>>;

export const DEFAULT_PASS_MARK = 70;
/** A concept the trainee violated and graded below this fails the run, however well the rest went. */
export const CONCEPT_FLOOR = 40;
/** The most a concept can grade after a textbook violation of it. */
export const TEXTBOOK_CAP = 30;
/** The evidence weight of a textbook violation (the rubric's −3 moves). */
export const TEXTBOOK_VIOLATION = -3;

// Grading asks for each option's evidence once per concept; options never change, so it is worked out once.
const evidenceOf = new WeakMap<Pick<ChoiceOption, 'moves' | 'direct'>, Readonly<Evidence>>();

/** The evidence an option gives on each concept: its moves through the rubric, plus direct tags. */
export function optionEvidence(option: Pick<ChoiceOption, 'moves' | 'direct'>): Readonly<Evidence> {
  let evidence = evidenceOf.get(option);
  if (!evidence) {
    evidence = Object.freeze(tally(option));
    evidenceOf.set(option, evidence);
  }
  return evidence;
}

function tally(option: Pick<ChoiceOption, 'moves' | 'direct'>): Evidence {
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

/** Whether an option goes against any concept: such an option is never recommended. */
export function isClean(option: Pick<ChoiceOption, 'moves' | 'direct'>): boolean {
  return Object.values(optionEvidence(option)).every((w) => w >= 0);
}

/**
 * The option a customer-centric seller would take: the highest total evidence among the options
 * that violate nothing (all of them when every option violates something), the earliest on ties.
 */
export function bestOption(options: readonly ChoiceOption[]): ChoiceOption | null {
  const clean = options.filter(isClean);
  let best: ChoiceOption | null = null;
  for (const option of clean.length ? clean : options) if (!best || optionTotal(option) > optionTotal(best)) best = option;
  return best;
}

/**
 * The better answer to recommend on one concept: among options that violate nothing, the one with
 * the most evidence on that concept, then the most in total; only if it beats what was chosen.
 */
export function betterOn(options: readonly ChoiceOption[], concept: ConceptId, chosen: number): ChoiceOption | null {
  const on = (o: ChoiceOption): number => optionEvidence(o)[concept] ?? 0;
  const mine = options[chosen];
  const floor = mine ? on(mine) : -Infinity;
  let best: ChoiceOption | null = null;
  for (const option of options) {
    if (option.index === chosen || !isClean(option) || on(option) <= floor) continue;
    if (!best || on(option) > on(best) || (on(option) === on(best) && optionTotal(option) > optionTotal(best))) best = option;
  }
  return best;
}

/** One decision's bearing on one concept. */
export interface ConceptEvidence {
  readonly step: number;
  readonly concept: ConceptId;
  /** Evidence of the chosen option and the best on the table. */
  readonly chosen: number;
  readonly best: number;
  /** The chosen evidence where the table offered a positive move; else what the violation cost. */
  readonly earned: number;
  /** The best evidence on the table when positive (an opportunity to demonstrate); else 0. */
  readonly possible: number;
  /** A −3 move chosen while something better on this concept was on the table. */
  readonly textbookViolation: boolean;
}

export interface ConceptGrade {
  readonly concept: ConceptId;
  /** 0–100, or null when the run offered no chance to demonstrate the concept (and no textbook violation of it). */
  readonly grade: number | null;
  readonly earned: number;
  readonly possible: number;
  /** Whether the trainee chose against the concept at some decision. */
  readonly violated: boolean;
  readonly evidence: readonly ConceptEvidence[];
}

/** How a decision compares with the best option on the table. */
export interface DecisionReview {
  readonly step: number;
  readonly chosen: number;
  readonly best: number;
  /** Total evidence given up by not taking the best option (0 when the best was taken). */
  readonly lost: number;
  /** best: nothing better was on the table; partial: helpful, not the best; costly: helped nothing or went against a concept. */
  readonly verdict: Verdict;
}

export type Verdict = 'best' | 'partial' | 'costly';

/** The choice the story names as the cause of its (unsuccessful) ending. */
export interface DecidingChoice {
  readonly step: number;
  readonly cause: string;
  /** True when the choice went against a concept: the trainee's own mistake decided the ending. */
  readonly violation: boolean;
}

export interface Score {
  readonly concepts: Readonly<Record<ConceptId, ConceptGrade>>;
  /** 0–100 over every concept opportunity in the run, violations subtracted. */
  readonly overall: number;
  readonly passMark: number;
  /** Overall at or above the pass mark, no concept broken, and no ending decided by a violation. */
  readonly passed: boolean;
  /** Concepts the trainee violated and graded below CONCEPT_FLOOR: each alone fails the run. */
  readonly broken: readonly ConceptId[];
  readonly outcome: Outcome | null;
  /** The choice that decided an unsuccessful ending, when the story traces it to one. */
  readonly decidedBy: DecidingChoice | null;
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
  const chosen = values[decision.chosen] ?? 0;
  const textbookViolation = chosen <= TEXTBOOK_VIOLATION && chosen < best;
  if (best > 0) return { step: decision.step, concept, chosen, best, earned: chosen, possible: best, textbookViolation };
  // Nothing on the table demonstrated the concept: it can only be lost here, by choosing worse than the best.
  if (chosen < best) return { step: decision.step, concept, chosen, best, earned: chosen - best, possible: 0, textbookViolation };
  return null;
}

/** Reviews one decision against the best option that was on the table. */
export function reviewDecision(decision: Decision): DecisionReview {
  const chosen = decision.options[decision.chosen];
  const best = bestOption(decision.options);
  if (!chosen || !best) return { step: decision.step, chosen: decision.chosen, best: decision.chosen, lost: 0, verdict: 'best' };
  const lost = Math.max(0, optionTotal(best) - optionTotal(chosen));
  // A violation is never the best answer while a clean one was on the table, whatever its total.
  const asGood = lost === 0 && (isClean(chosen) || !isClean(best));
  const verdict: Verdict = asGood ? 'best' : optionTotal(chosen) > 0 && isClean(chosen) ? 'partial' : 'costly';
  return { step: decision.step, chosen: decision.chosen, best: best.index, lost, verdict };
}

function endingOf(entries: readonly TranscriptEntry[]): { outcome: Outcome; causedBy: string | null } | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry?.kind === 'beat' && entry.beat.outcome) return { outcome: entry.beat.outcome, causedBy: entry.beat.causedBy };
  }
  return null;
}

/**
 * The choice in the run that carries the cause the ending names; when several do (trust lost over
 * the conversation), the costliest of them, the earliest on ties: the one a coach would name.
 */
function decidingChoice(decisions: readonly Decision[], cause: string | null): DecidingChoice | null {
  if (!cause) return null;
  let deciding: { decision: Decision; option: ChoiceOption } | null = null;
  for (const decision of decisions) {
    const option = decision.options[decision.chosen];
    if (option?.cause !== cause) continue;
    if (!deciding || optionTotal(option) < optionTotal(deciding.option)) deciding = { decision, option };
  }
  return deciding && { step: deciding.decision.step, cause, violation: !isClean(deciding.option) };
}

const clamp = (n: number): number => Math.max(0, Math.min(100, n));
const percent = (earned: number, possible: number): number => clamp(Math.round((100 * earned) / possible));

function gradeConcept(concept: ConceptId, decisions: readonly Decision[]): ConceptGrade {
  const evidence = decisions.flatMap((d) => conceptEvidence(d, concept) ?? []);
  const earned = evidence.reduce((sum, e) => sum + e.earned, 0);
  const possible = evidence.reduce((sum, e) => sum + e.possible, 0);
  const violated = evidence.some((e) => e.chosen < 0 && e.chosen < e.best);
  const textbook = evidence.some((e) => e.textbookViolation);
  // Without an opportunity to demonstrate it, only a textbook violation grades a concept (at 0);
  // milder violations there still cost the overall score.
  let grade = possible ? percent(earned, possible) : textbook ? 0 : null;
  if (grade !== null && textbook) grade = Math.min(grade, TEXTBOOK_CAP);
  return { concept, grade, earned, possible, violated, evidence };
}

/** Scores a transcript. Pure and deterministic: the same transcript always gives the same score. */
export function scoreTranscript(entries: readonly TranscriptEntry[], passMark = DEFAULT_PASS_MARK): Score {
  const decisions = decisionsOf(entries);
  const concepts = Object.fromEntries(CONCEPT_IDS.map((c) => [c, gradeConcept(c, decisions)])) as Record<ConceptId, ConceptGrade>;
  const grades = Object.values(concepts);
  const possibleAll = grades.reduce((sum, g) => sum + g.possible, 0);
  const earnedAll = grades.reduce((sum, g) => sum + g.earned, 0);
  const overall = possibleAll ? percent(earnedAll, possibleAll) : 0;
  const broken = CONCEPT_IDS.filter((c) => concepts[c].violated && concepts[c].grade !== null && concepts[c].grade < CONCEPT_FLOOR);
  const ending = endingOf(entries);
  const outcome = ending?.outcome ?? null;
  const decidedBy = outcome && !isSuccessfulOutcome(outcome) ? decidingChoice(decisions, ending?.causedBy ?? null) : null;
  return {
    concepts,
    overall,
    passMark,
    passed: overall >= passMark && broken.length === 0 && !decidedBy?.violation,
    broken,
    outcome,
    decidedBy,
    decisions: decisions.map(reviewDecision),
  };
}

/** Walking away from a deal that could not be won deservedly is a success (C9, P6). */
export function isSuccessfulOutcome(outcome: Outcome | null): boolean {
  return outcome === 'won' || outcome === 'qualified-out';
}
