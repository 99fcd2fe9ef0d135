import { CONCEPT_IDS, type ConceptId } from './concepts';
import { conceptsAtStake, reviewDecision, type Score, type Verdict } from './scoring';
import type { Decision } from './transcript';
import { optionId } from './xapi';

/**
 * What Pitchless tells an LMS, whatever the format: the pass mark it asks for, the score and the
 * verdict as the LMS can read them, and one record per decision. SCORM's data model elements
 * are here too, so the browser only moves values between this module and the LMS's API.
 */

export type ScormVersion = 'scorm12' | 'scorm2004';
/** Data model elements and the values to set, in the order to set them. */
export type ScormValues = readonly (readonly [element: string, value: string])[];

/** The pass mark (0–100) an LMS's mastery score (0–1) asks for; the package's own when it gives none. */
export function passMarkFrom(masteryScore: number | null, packaged: number): number {
  return masteryScore === null ? packaged : Math.round(masteryScore * 10_000) / 100;
}

export interface ReportedScore {
  /** 0–100. */
  readonly raw: number;
  /** 0–1. */
  readonly scaled: number;
  readonly passed: boolean;
}

/**
 * The score as an LMS is told it. An LMS decides pass or fail from the number alone (SCORM's
 * mastery score, cmi5's "a failed score is below the mastery score"), so a run that failed on a
 * broken concept despite a high overall is reported just below the pass mark: the LMS then says
 * what the debrief says. The per-concept grades (xAPI extensions, SCORM objectives) show why.
 */
export function reportedScore(score: Score): ReportedScore {
  const raw = !score.passed && score.overall >= score.passMark ? Math.max(0, Math.ceil(score.passMark) - 1) : score.overall;
  return { raw, scaled: raw / 100, passed: score.passed };
}

/** One decision as an LMS question report shows it: the fork, the answer, the best answer, the verdict. */
export interface InteractionRecord {
  /** A URN, the same for the same fork on every path. */
  readonly id: string;
  readonly chosen: number;
  readonly best: number;
  readonly verdict: Verdict;
  /** The chosen option's words, cut to SCORM's 250 characters. */
  readonly description: string;
  /** The concepts the decision assessed. */
  readonly objectives: readonly ConceptId[];
}

export function interactionRecord(storyId: string, decision: Decision): InteractionRecord {
  const review = reviewDecision(decision);
  return {
    id: `urn:pitchless:${storyId}/${encodeURIComponent(decision.point)}`,
    chosen: decision.chosen,
    best: review.best,
    verdict: review.verdict,
    description: (decision.options[decision.chosen]?.text ?? '').slice(0, 250),
    objectives: conceptsAtStake(decision.options),
  };
}

/** How each version words a choice, its verdict and the moment (SCORM 1.2 is terser: single characters, a time of day). */
const INTERACTION_FORMS = {
  scorm12: {
    id: (record: InteractionRecord): string => record.id.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 255),
    // SCORM 1.2 answers a choice with single characters: option 1 is `1`, option 10 is `a`.
    choice: (index: number): string => (index + 1).toString(36),
    result: { best: 'correct', partial: 'neutral', costly: 'wrong' } satisfies Record<Verdict, string>,
    time: { element: 'time', of: (at: string): string => at.slice(11, 19) },
    response: 'student_response',
  },
  scorm2004: {
    id: (record: InteractionRecord): string => record.id,
    choice: optionId,
    result: { best: 'correct', partial: 'neutral', costly: 'incorrect' } satisfies Record<Verdict, string>,
    // SCORM 2004's time(second,10,0): no zone, no fraction.
    time: { element: 'timestamp', of: (at: string): string => at.slice(0, 19) },
    response: 'learner_response',
  },
} as const;

/** SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) or SCORM 2004's ISO 8601 duration, of `seconds`. */
export function scormTimespan(version: ScormVersion, seconds: number): string {
  const centis = Math.max(0, Math.round(seconds * 100));
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  if (version === 'scorm2004') return `PT${h}H${m}M${s}S`;
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** The elements of one data model that Pitchless reads and writes. */
const ELEMENTS = {
  scorm12: { suspend: 'cmi.suspend_data', exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time', status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max', location: 'cmi.core.lesson_location' },
  scorm2004: { suspend: 'cmi.suspend_data', exit: 'cmi.exit', sessionTime: 'cmi.session_time', status: 'cmi.completion_status', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max', location: 'cmi.location' },
} as const;

export interface ScormStep {
  readonly storyId: string;
  readonly suspendData: string;
  /** The decision just taken; null when a run starts. */
  readonly decision: Decision | null;
  /** Where it is journaled: after the interactions the LMS already holds. */
  readonly interaction: number;
  /** ISO time of the decision. */
  readonly at: string;
}

/** What the LMS keeps after a decision: the run so far (suspend data), the place, and the decision itself as an interaction. */
export function scormProgress(version: ScormVersion, step: ScormStep): ScormValues {
  const e = ELEMENTS[version];
  const kept: [string, string][] = [
    [e.suspend, step.suspendData],
    [e.location, String(step.decision ? step.decision.step + 1 : 0)],
    [e.status, 'incomplete'],
  ];
  if (step.decision) kept.push(...interactionValues(version, step.interaction, interactionRecord(step.storyId, step.decision), step.at));
  return kept;
}

/** `cmi.interactions.n`: id and type first, as both data models require. */
function interactionValues(version: ScormVersion, n: number, record: InteractionRecord, at: string): [string, string][] {
  const p = `cmi.interactions.${n}`;
  const form = INTERACTION_FORMS[version];
  return [
    [`${p}.id`, form.id(record)],
    [`${p}.type`, 'choice'],
    ...record.objectives.map((c, m): [string, string] => [`${p}.objectives.${m}.id`, c]),
    [`${p}.${form.time.element}`, form.time.of(at)],
    [`${p}.correct_responses.0.pattern`, form.choice(record.best)],
    [`${p}.${form.response}`, form.choice(record.chosen)],
    [`${p}.result`, form.result[record.verdict]],
    ...(version === 'scorm2004' ? ([[`${p}.description`, record.description]] as [string, string][]) : []),
  ];
}

/** The ending: completion, success against the mastery score, the score, and each assessed concept's grade as an objective. */
export function scormEnding(version: ScormVersion, score: Score, objectivesFrom = 0): ScormValues {
  const e = ELEMENTS[version];
  const reported = reportedScore(score);
  const verdict = reported.passed ? 'passed' : 'failed';
  const outcome: [string, string][] =
    version === 'scorm12'
      ? [[e.status, verdict]]
      : [
          ['cmi.score.scaled', String(reported.scaled)],
          [e.status, 'completed'],
          ['cmi.success_status', verdict],
        ];
  const assessed = CONCEPT_IDS.filter((c) => score.concepts[c].grade !== null);
  return [
    [e.raw, String(reported.raw)],
    [e.min, '0'],
    [e.max, '100'],
    ...outcome,
    // After the objectives the LMS already holds (its own primary objective, when it maps one).
    ...assessed.flatMap((c, i) => objectiveValues(version, objectivesFrom + i, c, score.concepts[c].grade ?? 0)),
  ];
}

function objectiveValues(version: ScormVersion, n: number, concept: ConceptId, grade: number): [string, string][] {
  const p = `cmi.objectives.${n}`;
  if (version === 'scorm12') {
    return [
      [`${p}.id`, concept],
      [`${p}.score.raw`, String(grade)],
      [`${p}.score.min`, '0'],
      [`${p}.score.max`, '100'],
      [`${p}.status`, 'completed'],
    ];
  }
  return [
    [`${p}.id`, concept],
    [`${p}.score.scaled`, String(grade / 100)],
    [`${p}.completion_status`, 'completed'],
  ];
}

/** Leaving: the time spent, and whether the LMS should offer to resume (a run not yet finished) or start again. */
export function scormExit(version: ScormVersion, seconds: number, finished: boolean): ScormValues {
  const e = ELEMENTS[version];
  const exit = finished ? (version === 'scorm2004' ? 'normal' : '') : 'suspend';
  return [
    [e.sessionTime, scormTimespan(version, seconds)],
    [e.exit, exit],
  ];
}

/** The elements Pitchless reads at launch. */
export const SCORM_READ = {
  scorm12: { suspend: 'cmi.suspend_data', mastery: 'cmi.student_data.mastery_score', status: 'cmi.core.lesson_status', learner: 'cmi.core.student_id', language: 'cmi.student_preference.language' },
  scorm2004: { suspend: 'cmi.suspend_data', mastery: 'cmi.scaled_passing_score', status: 'cmi.completion_status', learner: 'cmi.learner_id', language: 'cmi.learner_preference.language' },
} as const;

/** The mastery score (0–1) an LMS gave, or null: SCORM 1.2 gives 0–100, SCORM 2004 −1–1; empty means none. */
export function masteryFrom(version: ScormVersion, value: string): number | null {
  if (value.trim() === '' || !Number.isFinite(Number(value))) return null;
  const n = Number(value);
  const scaled = version === 'scorm12' ? n / 100 : n;
  return scaled > 0 && scaled <= 1 ? scaled : null;
}

/** Whether the LMS already holds a finished attempt (its ending is reported once; a relaunch shows it). */
export function alreadyFinished(version: ScormVersion, status: string): boolean {
  return version === 'scorm12' ? ['passed', 'failed', 'completed'].includes(status) : status === 'completed';
}
