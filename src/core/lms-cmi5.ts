import { reportedScore } from './lms-report';
import type { Score } from './scoring';
import type { StoryHeader } from './tags';
import type { TranscriptEntry } from './transcript';
import {
  answeredStatements,
  derivedId,
  endingStatements,
  isoDuration,
  scenarioActivity,
  statementId,
  VERBS,
  type AttemptContext,
  type VerbName,
  type XapiActivity,
  type XapiActivityRef,
  type XapiAgent,
  type XapiStatement,
} from './xapi';

/**
 * The statements of a run launched by a cmi5 LMS: core's xAPI statements (one `answered` per
 * decision, the ending) inside the LMS's context template, and cmi5's own statements around
 * them: `initialized` first, `completed` and `passed` or `failed` once per registration (never
 * outside the Normal launch mode), `terminated` last. Ids are derived, so a resend is stored once.
 */

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
} as const;

export const LAUNCH_MODES = ['Normal', 'Browse', 'Review'] as const;
export type LaunchMode = (typeof LAUNCH_MODES)[number];

/** The part of the LMS's `contextTemplate` every statement must carry. */
export interface Cmi5ContextTemplate {
  readonly contextActivities?: { readonly grouping?: readonly XapiActivityRef[]; readonly category?: readonly XapiActivityRef[]; readonly other?: readonly XapiActivityRef[] };
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/** One launch of an AU, as the LMS described it (launch parameters and `LMS.LaunchData`). */
export interface Cmi5Launch {
  /** The AU's activity id. */
  readonly activityId: string;
  readonly registration: string;
  readonly actor: XapiAgent;
  readonly contextTemplate: Cmi5ContextTemplate;
  readonly launchMode: LaunchMode;
  /** 0–1, or null when the LMS sets none. */
  readonly masteryScore: number | null;
}

/** The attempt that one registration of one AU is: every statement id derives from it. */
export const cmi5AttemptId = (launch: Pick<Cmi5Launch, 'registration' | 'activityId'>): string => derivedId(`${launch.registration} ${launch.activityId}`);

/** A launch's session id (the LMS names it in the template), so initialized and terminated are once per session. */
const sessionOf = (launch: Cmi5Launch): string => String(launch.contextTemplate.extensions?.[CMI5.sessionId] ?? 'session');

const ref = (id: string): XapiActivityRef => ({ objectType: 'Activity', id });

/** Core's statement inside the launch's template: its grouping, categories and extensions added to the statement's own. */
function inTemplate(statement: XapiStatement, launch: Cmi5Launch, categories: readonly string[] = [], extensions: Record<string, unknown> = {}): XapiStatement {
  const template = launch.contextTemplate;
  const own = statement.context.contextActivities;
  const category = [...(template.contextActivities?.category ?? []), ...categories.map(ref)];
  return {
    ...statement,
    actor: launch.actor,
    context: {
      ...statement.context,
      registration: launch.registration,
      contextActivities: {
        ...own,
        grouping: [...(template.contextActivities?.grouping ?? []), ...(own.grouping ?? [])],
        ...(category.length ? { category } : {}),
        ...(template.contextActivities?.other ? { other: template.contextActivities.other } : {}),
      },
      extensions: { ...template.extensions, ...statement.context.extensions, ...extensions },
    },
  };
}

export interface Cmi5Run {
  readonly launch: Cmi5Launch;
  readonly header: StoryHeader;
  readonly language: string;
  /** When this session started (initialized): durations count from it. */
  readonly startedAt: string;
}

const attemptContext = (run: Cmi5Run, at: string): AttemptContext => ({
  attemptId: cmi5AttemptId(run.launch),
  actor: run.launch.actor,
  registration: run.launch.registration,
  header: run.header,
  language: run.language,
  startedAt: run.startedAt,
  finishedAt: at,
});

/** The AU itself, the object of cmi5's own statements. */
const auActivity = (run: Cmi5Run): XapiActivity => ({ ...scenarioActivity(run.header), id: run.launch.activityId });

/** A cmi5-defined statement about the AU (initialized, terminated). */
function definedStatement(run: Cmi5Run, verb: Extract<VerbName, 'initialized' | 'terminated'>, at: string): XapiStatement {
  const statement: XapiStatement = {
    id: statementId(cmi5AttemptId(run.launch), verb, sessionOf(run.launch)),
    actor: run.launch.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: auActivity(run),
    ...(verb === 'terminated' ? { result: { duration: isoDuration(run.startedAt, at) } } : {}),
    context: { registration: run.launch.registration, language: run.language, contextActivities: {}, extensions: {} },
    timestamp: at,
  };
  return inTemplate(statement, run.launch, [CMI5.category]);
}

export const initializedStatement = (run: Cmi5Run, at: string): XapiStatement => definedStatement(run, 'initialized', at);
export const terminatedStatement = (run: Cmi5Run, at: string): XapiStatement => definedStatement(run, 'terminated', at);

/** The `answered` statement of the latest decision in `entries` (a cmi5 "allowed" statement: no cmi5 category). */
export function answeredStatement(run: Cmi5Run, entries: readonly TranscriptEntry[], at: string): XapiStatement | null {
  const last = answeredStatements(attemptContext(run, at), entries).at(-1);
  return last ? inTemplate(last, run.launch) : null;
}

/**
 * `completed`, then `passed` or `failed` about the AU, with the duration, the score as the LMS
 * must read it against its mastery score, and every concept's grade. None outside Normal mode.
 */
export function cmi5EndingStatements(run: Cmi5Run, score: Score, at: string): XapiStatement[] {
  if (run.launch.launchMode !== 'Normal') return [];
  const [completed, verdict] = endingStatements(attemptContext(run, at), score);
  if (!completed || !verdict) return [];
  const reported = reportedScore(score);
  const duration = isoDuration(run.startedAt, at);
  const mastery = run.launch.masteryScore === null ? {} : { [CMI5.masteryScore]: run.launch.masteryScore };
  return [
    inTemplate({ ...completed, object: auActivity(run), result: { completion: true, duration } }, run.launch, [CMI5.category, CMI5.moveOn]),
    inTemplate(
      {
        ...verdict,
        object: auActivity(run),
        result: {
          success: reported.passed,
          duration,
          score: { scaled: reported.scaled, raw: reported.raw, min: 0, max: 100 },
          ...(verdict.result?.extensions ? { extensions: verdict.result.extensions } : {}),
        },
      },
      run.launch,
      [CMI5.category, CMI5.moveOn],
      mastery,
    ),
  ];
}
