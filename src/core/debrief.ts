import type { ConceptId } from './concepts';
import type { Milestone, Mood, Outcome, Phase } from './buying';
import type { MoveId } from './rubric';
import {
  betterOn,
  isSuccessfulOutcome,
  optionEvidence,
  reviewDecision,
  type ConceptEvidence,
  type ConceptGrade,
  type DecisionReview,
  type Score,
} from './scoring';
import { NARRATOR, SELLER, type StoryHeader } from './tags';
import { decisionsOf, reactionTo, type Beat, type ChoiceOption, type Decision, type TranscriptEntry } from './transcript';

/**
 * The debrief: what a coach would say after the conversation, each point citing the moment
 * that earned or cost it. Pure data; the view localises the rubric's explanations.
 */

/** A decision cited as evidence for (or against) a concept. */
export interface CitedMoment {
  readonly step: number;
  /** What the trainee said. */
  readonly said: string;
  /** The chosen option's moves that bear on the concept (their rubric `why` explains it). */
  readonly moves: readonly MoveId[];
  /** The scenario's own explanation, when the writer added direct evidence. */
  readonly directWhy: string | null;
  /** How the buyer answered: the first buyer line after the decision. */
  readonly reaction: Beat | null;
  /** What a customer-centric seller would have said instead, when that was better. */
  readonly better: { readonly option: ChoiceOption; readonly moves: readonly MoveId[] } | null;
}

export interface ConceptFinding {
  readonly concept: ConceptId;
  readonly grade: number;
  readonly moment: CitedMoment;
}

export interface TimelinePoint {
  /** Decisions taken before this point. */
  readonly step: number;
  readonly phase: Phase;
  readonly moods: Readonly<Record<string, Mood>>;
  readonly milestones: readonly Milestone[];
}

export interface MissedMoment {
  readonly step: number;
  readonly said: string;
  readonly better: ChoiceOption;
  readonly betterMoves: readonly MoveId[];
  readonly lost: number;
}

/** The choice that decided an unsuccessful ending: the debrief opens with it. */
export interface DecidingMoment {
  readonly step: number;
  readonly said: string;
  readonly cause: string;
  /** The chosen option's moves: why it cost the ending. */
  readonly moves: readonly MoveId[];
  /** True when the choice was the trainee's own violation (and so the run cannot pass). */
  readonly violation: boolean;
}

export interface Debrief {
  readonly outcome: Outcome | null;
  /** The scenario's objective in its own words, and whether the run reached it (only a win does; qualifying out is the right call, not the objective). */
  readonly objective: { readonly text: string; readonly reached: boolean } | null;
  readonly deciding: DecidingMoment | null;
  readonly success: boolean;
  readonly overall: number;
  readonly passed: boolean;
  readonly passMark: number;
  /** Concepts broken badly enough to fail the run on their own (see CONCEPT_FLOOR). */
  readonly broken: readonly ConceptId[];
  readonly grades: readonly { readonly concept: ConceptId; readonly grade: number | null }[];
  readonly strongest: readonly ConceptFinding[];
  readonly weakest: readonly ConceptFinding[];
  readonly missed: readonly MissedMoment[];
  readonly timeline: readonly TimelinePoint[];
  readonly milestones: readonly Milestone[];
}

const movesBearingOn = (option: ChoiceOption, concept: ConceptId | null): MoveId[] =>
  option.moves.filter((move) => move !== 'neutral' && (concept === null || optionEvidence({ moves: [move], direct: [] })[concept] !== undefined));

function firstBuyerLine(beats: readonly Beat[]): Beat | null {
  return beats.find((b) => b.speaker !== null && b.speaker !== NARRATOR && b.speaker !== SELLER) ?? beats[0] ?? null;
}

function cite(entries: readonly TranscriptEntry[], decision: Decision, evidence: ConceptEvidence): CitedMoment {
  const chosen = decision.options[decision.chosen] as ChoiceOption;
  const alternative = betterOn(decision.options, evidence.concept, decision.chosen);
  return {
    step: decision.step,
    said: chosen.text,
    moves: movesBearingOn(chosen, evidence.concept),
    directWhy: chosen.direct.some((d) => d.concept === evidence.concept) ? chosen.why : null,
    reaction: firstBuyerLine(reactionTo(entries, decision.step)),
    better: alternative ? { option: alternative, moves: movesBearingOn(alternative, evidence.concept) } : null,
  };
}

/**
 * The moment to cite for a concept, or null when the run holds none that fits: a strength is
 * cited only where the trainee's answer showed the concept (and the coach did not call it costly);
 * a weakness only where a better answer was on the table (and the coach did not call it the best).
 */
function finding(
  entries: readonly TranscriptEntry[],
  decisions: readonly Decision[],
  reviews: readonly DecisionReview[],
  grade: ConceptGrade,
  kind: 'strong' | 'weak',
): ConceptFinding | null {
  const fits = (e: ConceptEvidence): boolean => {
    const verdict = reviews[e.step]?.verdict;
    return kind === 'strong' ? e.chosen > 0 && verdict !== 'costly' : e.chosen < e.best && verdict !== 'best';
  };
  const rank = (e: ConceptEvidence): number => (kind === 'strong' ? e.chosen : e.best - e.chosen);
  const evidence = grade.evidence.filter(fits).sort((a, b) => rank(b) - rank(a) || a.step - b.step)[0];
  const decision = evidence ? decisions[evidence.step] : undefined;
  if (!evidence || !decision) return null;
  return { concept: grade.concept, grade: grade.grade ?? 0, moment: cite(entries, decision, evidence) };
}

function decidingMoment(decisions: readonly Decision[], score: Score): DecidingMoment | null {
  const decided = score.decidedBy;
  const chosen = decided ? decisions[decided.step]?.options[decisions[decided.step]?.chosen ?? -1] : undefined;
  if (!decided || !chosen) return null;
  return { step: decided.step, said: chosen.text, cause: decided.cause, moves: movesBearingOn(chosen, null), violation: decided.violation };
}

function timeline(entries: readonly TranscriptEntry[], header: StoryHeader): TimelinePoint[] {
  const moods: Record<string, Mood> = Object.fromEntries(header.buyers.map((b) => [b.id, 'neutral' as Mood]));
  let phase: Phase = header.phase;
  let milestones: Milestone[] = [];
  let step = 0;
  const points: TimelinePoint[] = [];
  const push = (): void => {
    points.push({ step, phase, moods: { ...moods }, milestones });
    milestones = [];
  };
  for (const entry of entries) {
    if (entry.kind === 'decision') {
      push();
      step += 1;
      continue;
    }
    const { beat } = entry;
    if (beat.speaker && beat.mood && beat.speaker in moods) moods[beat.speaker] = beat.mood;
    if (beat.phase) phase = beat.phase;
    milestones = [...new Set([...milestones, ...beat.milestones])];
  }
  push();
  return points;
}

/** Builds the debrief of a finished (or abandoned) run from its transcript and score. */
export function buildDebrief(entries: readonly TranscriptEntry[], score: Score, header: StoryHeader): Debrief {
  const decisions = decisionsOf(entries);
  const reviews = decisions.map(reviewDecision);
  const assessed = Object.values(score.concepts).filter((g) => g.grade !== null);
  const byGrade = [...assessed].sort((a, b) => (b.grade ?? 0) - (a.grade ?? 0) || b.possible - a.possible);
  const strongCount = Math.min(3, Math.ceil(byGrade.length / 2));
  const strongest = byGrade
    .filter((g) => (g.grade ?? 0) >= 50)
    .flatMap((g) => finding(entries, decisions, reviews, g, 'strong') ?? [])
    .slice(0, strongCount);
  const lost = (g: ConceptGrade): number => g.possible - g.earned;
  const cited = new Set(strongest.map((f) => f.concept));
  // A concept graded 100 lost nothing: it is never "to work on", even in a flawless run.
  const weakest = byGrade
    .filter((g) => !cited.has(g.concept) && (g.grade ?? 0) < 100)
    .sort((a, b) => (a.grade ?? 0) - (b.grade ?? 0) || lost(b) - lost(a))
    .flatMap((g) => finding(entries, decisions, reviews, g, 'weak') ?? [])
    .slice(0, 3);
  const missed: MissedMoment[] = decisions.flatMap((decision, i) => {
    const review = reviews[i] as DecisionReview;
    const better = decision.options[review.best];
    if (review.verdict === 'best' || !better || better.index === decision.chosen) return [];
    const said = (decision.options[decision.chosen] as ChoiceOption).text;
    return [{ step: decision.step, said, better, betterMoves: movesBearingOn(better, null), lost: review.lost }];
  });
  return {
    outcome: score.outcome,
    objective: header.objective ? { text: header.objective, reached: score.outcome === 'won' } : null,
    deciding: decidingMoment(decisions, score),
    success: isSuccessfulOutcome(score.outcome),
    overall: score.overall,
    passed: score.passed,
    passMark: score.passMark,
    broken: score.broken,
    grades: Object.values(score.concepts).map((g) => ({ concept: g.concept, grade: g.grade })),
    strongest,
    weakest,
    missed,
    timeline: timeline(entries, header),
    // Reached is reached: a milestone tagged again later in the run is listed once.
    milestones: [...new Set(entries.flatMap((e) => (e.kind === 'beat' ? e.beat.milestones : [])))],
  };
}
