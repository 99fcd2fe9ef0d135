import Cmi5 from '@xapi/cmi5';
import * as v from 'valibot';
import {
  answeredStatement,
  cmi5AttemptId,
  cmi5EndingStatements,
  initializedStatement,
  LAUNCH_MODES,
  terminatedStatement,
  type Cmi5ContextTemplate,
  type Cmi5Launch,
  type Cmi5Run,
} from '../../core/lms-cmi5';
import { decodeSuspendData, encodeSuspendData } from '../../core/lms-suspend';
import type { StoryHeader } from '../../core/tags';
import { XAPI_BASE, type XapiAgent, type XapiStatement } from '../../core/xapi';
import type { Locale } from '../locale';
import type { LmsLink, Tell } from './lms-link';
import { statementQueue, type QueueStore, type SendResult } from './statement-queue';

/**
 * The game launched as a cmi5 AU: the launch parameters, the auth token and `LMS.LaunchData`
 * through `@xapi/cmi5`; every statement (built in core) goes through its xAPI client from the
 * IndexedDB queue, in order. The run's choice path is kept in the LRS's State API (and in this
 * browser), so a relaunch resumes it and a finished registration is never reported twice.
 */

/** The State API document Pitchless keeps per registration: the choice path, and whether its ending was sent. */
const RUN_STATE = `${XAPI_BASE}/state/run`;
/** The app's languages as xAPI language tags. */
const XAPI_LANGUAGES: Record<Locale, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };
const RunStateSchema = v.object({ suspend: v.string(), finished: v.boolean() });

/** One launch's session in this tab: its token (the fetch URL gives it once), and whether `initialized` is queued. */
const SessionSchema = v.object({ authToken: v.string(), initializedAt: v.string(), initialized: v.optional(v.boolean(), false) });
type Session = v.InferOutput<typeof SessionSchema>;

const LaunchDataSchema = v.object({
  contextTemplate: v.optional(v.custom<Cmi5ContextTemplate>((x) => typeof x === 'object' && x !== null), {}),
  launchMode: v.optional(v.picklist(LAUNCH_MODES), 'Normal'),
  masteryScore: v.optional(v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))), null),
});

const readSession = (key: string): Session | null => {
  try {
    const parsed = v.safeParse(SessionSchema, JSON.parse(sessionStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
};

/** The auth token, asked of the fetch URL once per launch (the LMS answers it only once). */
async function authToken(fetchUrl: string): Promise<string> {
  const answer = await fetch(fetchUrl, { method: 'POST' });
  if (!answer.ok) throw new Error(`the LMS's fetch URL answered ${answer.status}`);
  const body = (await answer.json()) as { 'auth-token'?: unknown };
  if (typeof body['auth-token'] !== 'string') throw new Error(`the LMS's fetch URL gave no auth token`);
  return body['auth-token'];
}

export interface Cmi5Deps {
  readonly header: (storyId: string) => StoryHeader | null;
  /** The language the learner plays in now (the words of the options in each statement). */
  readonly locale: () => Locale;
  readonly queueStore: QueueStore;
  readonly now: () => Date;
  readonly tell: Tell;
  readonly schedule: (run: () => void, ms: number) => void;
}

export async function connectCmi5(scenarioId: string, deps: Cmi5Deps): Promise<LmsLink | null> {
  if (!Cmi5.isCmiAvailable) return null;
  const header = deps.header(scenarioId);
  if (!header) return null;
  const cmi5 = new Cmi5();
  const params = cmi5.getLaunchParameters();
  // One launch has one fetch URL: a reload of it keeps its session, a new launch starts another.
  const sessionKey = `pitchless-cmi5:${params.fetch}`;
  let session = readSession(sessionKey);
  const remember = (kept: Session): void => {
    try {
      sessionStorage.setItem(sessionKey, JSON.stringify(kept));
    } catch {
      // without session storage a reload of this launch cannot resume its session; nothing else is lost
    }
  };
  try {
    session ??= { authToken: await authToken(params.fetch), initializedAt: deps.now().toISOString(), initialized: false };
    remember(session);
    // With a token already in hand the library reads the launch data and sends nothing itself.
    await cmi5.initialize({ authToken: session.authToken, initializedDate: new Date(session.initializedAt) });
  } catch {
    deps.tell({ key: 'lms-lost' });
    return null;
  }
  const xapi = cmi5.xapi;
  if (!xapi) return null;
  // Launch data the schema does not know leaves the defaults (Normal mode, no mastery score).
  const parsed = v.safeParse(LaunchDataSchema, cmi5.getLaunchData() ?? {});
  const data = parsed.success ? parsed.output : v.parse(LaunchDataSchema, {});
  const actor = params.actor as unknown as XapiAgent;
  const launch: Cmi5Launch = { activityId: params.activityId, registration: params.registration, actor, contextTemplate: data.contextTemplate, launchMode: data.launchMode, masteryScore: data.masteryScore };
  const language = cmi5.getLearnerPreferences()?.languagePreference?.split(',')[0] ?? null;
  const run: Cmi5Run = { launch, header, language: language ?? 'en-US', startedAt: session.initializedAt };
  const stateParams = { agent: params.actor, activityId: params.activityId, registration: params.registration, stateId: RUN_STATE };
  const kept = await xapi
    .getState(stateParams)
    .then((answer) => v.safeParse(RunStateSchema, answer.data))
    .catch(() => null);
  let finished = kept?.success ? kept.output.finished : false;

  const send = (statement: XapiStatement): Promise<SendResult> =>
    cmi5
      .sendXapiStatement(statement as unknown as Parameters<typeof cmi5.sendXapiStatement>[0])
      .then((): SendResult => ({ ok: true }))
      .catch((error: { response?: { status?: number }; message?: string }): SendResult => ({ ok: false, status: error.response?.status ?? 0, message: error.message ?? String(error) }));
  // The latest run state, written again when the LRS is back from being down.
  let latest: v.InferOutput<typeof RunStateSchema> | null = null;
  const writeState = (): void => {
    if (latest) void xapi.setState({ ...stateParams, state: latest }).catch(() => undefined);
  };
  const keep = (suspend: string): void => {
    latest = { suspend, finished };
    writeState();
  };
  const queue = statementQueue(
    deps.queueStore,
    send,
    {
      onDown: () => deps.tell({ key: 'lms-lost' }),
      onBack: () => {
        writeState();
        deps.tell({ key: 'lms-back' });
      },
      onRefused: (status, message) => deps.tell({ key: 'lms-refused', params: { detail: `${status}: ${message}` } }),
    },
    deps.schedule,
  );

  const enqueue = (statements: readonly XapiStatement[]): Promise<void> => queue.add(statements).catch(() => deps.tell({ key: 'lms-lost' }));
  if (!session.initialized) {
    await enqueue([initializedStatement(run, session.initializedAt)]);
    remember({ ...session, initialized: true });
  } else void queue.flush();

  return {
    learnerKey: params.registration,
    language,
    masteryScore: launch.masteryScore,
    suspended: kept?.success ? decodeSuspendData(kept.output.suspend) : null,
    finished,
    attemptId: cmi5AttemptId(launch),
    reporter: {
      progress: (active, snapshot, decided) => {
        const at = deps.now().toISOString();
        const answered = decided ? answeredStatement({ ...run, language: XAPI_LANGUAGES[deps.locale()] }, snapshot.entries, at) : null;
        if (answered) void enqueue([answered]);
        keep(encodeSuspendData(active));
      },
      ending: (active, review) => {
        if (finished) return;
        const at = deps.now().toISOString();
        // Outside the Normal mode nothing is judged (cmi5 sends no ending then), so a later Normal launch still reports one.
        finished = launch.launchMode === 'Normal';
        keep(encodeSuspendData(active));
        void enqueue([...cmi5EndingStatements(run, review.score, at), terminatedStatement(run, at)]);
      },
    },
    // Leaving unfinished sends no terminated: a reload continues the same session, and the LMS
    // marks a session left without one as abandoned (cmi5 9.3.9), as the rules expect.
    leave: () => void queue.flush(),
  };
}
