import { v5 as uuidv5 } from 'uuid';
import { CONCEPT_IDS, CONCEPTS, type ConceptId } from './concepts';
import { bestOption, conceptsAtStake, optionEvidence, reviewDecision, type Evidence, type Score } from './scoring';
import type { StoryHeader } from './tags';
import { decisionsOf, type Decision, type TranscriptEntry } from './transcript';

/**
 * xAPI 1.0.3 statements for an attempt, built from its transcript and score, so the game (for an
 * LRS or cmi5) and the server (forwarding what it stored) send the very same statements. Ids are
 * derived from the attempt, so sending a statement twice is harmless: the LRS keeps one.
 */

/** The IRI space of Pitchless's own activities and extensions. */
export const XAPI_BASE = 'https://pitchless.dev/xapi';
export const XAPI_EXTENSIONS = {
  /** On an `answered` result: the evidence of the chosen option and of the best one, per concept. */
  chosenEvidence: `${XAPI_BASE}/extensions/chosen-evidence`,
  bestEvidence: `${XAPI_BASE}/extensions/best-evidence`,
  /** On the ending: the 0–100 grade of every concept (null: not assessed). */
  conceptGrades: `${XAPI_BASE}/extensions/concept-grades`,
  /** The story version the attempt was played on. */
  storyVersion: `${XAPI_BASE}/extensions/story-version`,
} as const;

export const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type VerbName = keyof typeof VERBS;

const ACTIVITY_TYPES = {
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;

/** Fixed namespace for the statement ids (a v5 UUID per attempt, verb and decision). */
const STATEMENT_NAMESPACE = '8c2b0d0e-3f7a-5b1e-9a43-5d0c1e7f6a21';

export type LanguageMap = Readonly<Record<string, string>>;

export interface XapiAgent {
  readonly objectType: 'Agent';
  readonly name?: string;
  readonly account?: { readonly homePage: string; readonly name: string };
  readonly mbox?: string;
}

/** An activity named in a statement's context by its id alone (an LMS's course, a category). */
export interface XapiActivityRef {
  readonly objectType?: 'Activity';
  readonly id: string;
}

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: {
    readonly type: string;
    readonly name: LanguageMap;
    readonly description?: LanguageMap;
    readonly interactionType?: 'choice';
    readonly choices?: readonly { readonly id: string; readonly description: LanguageMap }[];
    readonly correctResponsesPattern?: readonly string[];
  };
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: XapiActivity;
  readonly result?: {
    readonly response?: string;
    readonly success?: boolean;
    readonly completion?: boolean;
    readonly duration?: string;
    readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
    readonly extensions?: Readonly<Record<string, unknown>>;
  };
  readonly context: {
    readonly registration?: string;
    readonly language?: string;
    readonly contextActivities: {
      readonly parent?: readonly XapiActivity[];
      readonly grouping?: readonly XapiActivityRef[];
      readonly category?: readonly XapiActivityRef[];
      readonly other?: readonly XapiActivityRef[];
    };
    readonly extensions: Readonly<Record<string, unknown>>;
  };
  readonly timestamp: string;
}

/** What the statements need to know about the attempt beyond its transcript. */
export interface AttemptContext {
  /** The attempt's own UUID (the browser makes it; the server keeps it). */
  readonly attemptId: string;
  readonly actor: XapiAgent;
  /** cmi5's registration, or the attempt id when there is none. */
  readonly registration?: string;
  readonly header: StoryHeader;
  readonly language: string;
  readonly startedAt: string;
  readonly finishedAt: string;
}

/** A statement's id: the same attempt, verb and step always give the same id, so a resent statement is stored once. */
export const statementId = (attemptId: string, verb: VerbName, step: number | string): string =>
  uuidv5(`${attemptId}/${verb}/${step}`, STATEMENT_NAMESPACE);

/** A UUID derived from a name (an attempt id for a run that has none of its own, such as a cmi5 registration's AU). */
export const derivedId = (name: string): string => uuidv5(name, STATEMENT_NAMESPACE);

const en = (text: string): LanguageMap => ({ 'en-US': text });
/** The identifier of an option, as LMSs record a choice (xAPI `result.response`, SCORM `learner_response`). */
export const optionId = (index: number): string => `option-${index + 1}`;

/** The activity standing for one concept: every decision that assesses it names it as a parent. */
export function conceptActivity(concept: ConceptId): XapiActivity {
  return {
    objectType: 'Activity',
    id: `${XAPI_BASE}/concepts/${concept}`,
    definition: {
      type: ACTIVITY_TYPES.objective,
      name: { 'en-US': `${concept} ${CONCEPTS[concept].en}`, 'zh-CN': `${concept} ${CONCEPTS[concept].zh}` },
    },
  };
}

export function scenarioActivity(header: StoryHeader): XapiActivity {
  return {
    objectType: 'Activity',
    id: `${XAPI_BASE}/scenarios/${header.id}`,
    definition: { type: ACTIVITY_TYPES.simulation, name: en(header.title), description: en(header.brief) },
  };
}

/**
 * The same fork has the same activity on every path through one version of a story. The options
 * are in the language the run was played in (an LRS merges the languages of one activity).
 */
function decisionActivity(header: StoryHeader, decision: Decision, language: string): XapiActivity {
  const best = bestOption(decision.options);
  return {
    objectType: 'Activity',
    id: `${XAPI_BASE}/scenarios/${header.id}/v${header.version}/decisions/${encodeURIComponent(decision.point)}`,
    definition: {
      type: ACTIVITY_TYPES.interaction,
      name: en(`${header.title} — decision ${decision.step + 1}`),
      interactionType: 'choice',
      choices: decision.options.map((o) => ({ id: optionId(o.index), description: { [language]: o.text } })),
      ...(best ? { correctResponsesPattern: [optionId(best.index)] } : {}),
    },
  };
}

const evidenceOf = (evidence: Evidence): Record<string, number> =>
  Object.fromEntries(CONCEPT_IDS.filter((c) => evidence[c] !== undefined).map((c) => [c, evidence[c] as number]));

function base(context: AttemptContext, verb: VerbName, step: number | 'end', object: XapiActivity, parent: readonly XapiActivity[], timestamp: string) {
  return {
    id: statementId(context.attemptId, verb, step),
    actor: context.actor,
    verb: { id: VERBS[verb], display: en(verb) },
    object,
    context: {
      registration: context.registration ?? context.attemptId,
      language: context.language,
      contextActivities: { parent, grouping: [scenarioActivity(context.header)] },
      extensions: { [XAPI_EXTENSIONS.storyVersion]: context.header.version },
    },
    timestamp,
  };
}

/** One `answered` statement per decision: the options, the choice, and its evidence beside the best. */
export function answeredStatements(context: AttemptContext, entries: readonly TranscriptEntry[]): XapiStatement[] {
  return decisionsOf(entries).map((decision) => {
    const chosen = decision.options[decision.chosen];
    const best = bestOption(decision.options);
    const parents = conceptsAtStake(decision.options).map(conceptActivity);
    return {
      ...base(context, 'answered', decision.step, decisionActivity(context.header, decision, context.language), parents, context.finishedAt),
      result: {
        response: optionId(decision.chosen),
        success: reviewDecision(decision).verdict === 'best',
        extensions: {
          [XAPI_EXTENSIONS.chosenEvidence]: chosen ? evidenceOf(optionEvidence(chosen)) : {},
          [XAPI_EXTENSIONS.bestEvidence]: best ? evidenceOf(optionEvidence(best)) : {},
        },
      },
    };
  });
}

/** ISO 8601 duration between two times, as xAPI and cmi5 want it. */
export function isoDuration(from: string, to: string): string {
  const seconds = Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
  return `PT${Math.round(seconds * 100) / 100}S`;
}

/** The ending: `completed`, then `passed` or `failed` with the scaled score and every concept's grade. */
export function endingStatements(context: AttemptContext, score: Score): XapiStatement[] {
  const scenario = scenarioActivity(context.header);
  const grades = Object.fromEntries(CONCEPT_IDS.map((c) => [c, score.concepts[c].grade]));
  const parents = CONCEPT_IDS.filter((c) => score.concepts[c].grade !== null).map(conceptActivity);
  const duration = isoDuration(context.startedAt, context.finishedAt);
  const verdict: VerbName = score.passed ? 'passed' : 'failed';
  return [
    { ...base(context, 'completed', 'end', scenario, parents, context.finishedAt), result: { completion: true, duration } },
    {
      ...base(context, verdict, 'end', scenario, parents, context.finishedAt),
      result: {
        success: score.passed,
        completion: true,
        duration,
        score: { scaled: score.overall / 100, raw: score.overall, min: 0, max: 100 },
        extensions: { [XAPI_EXTENSIONS.conceptGrades]: grades },
      },
    },
  ];
}

/** Every statement of a finished attempt, in the order they are sent. */
export function attemptStatements(context: AttemptContext, entries: readonly TranscriptEntry[], score: Score): XapiStatement[] {
  return [...answeredStatements(context, entries), ...endingStatements(context, score)];
}
