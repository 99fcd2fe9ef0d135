import {
  AttemptReviewSchema,
  AttemptsAnswerSchema,
  CertificateAnswerSchema,
  CertificatesAnswerSchema,
  CommentAnswerSchema,
  HeatMapSchema,
  MyCommentsSchema,
  PersonAttemptsSchema,
  TeamOverviewSchema,
  TrapMapSchema,
  type ApiError,
  type TeamOverview,
  type User,
} from '../../core/api';
import { progressOf, type ProgressAttempt } from '../../core/progress';
import type { StoryFacts } from '../../core/team-review';
import type { ApiClient, ApiResult } from '../api-client';
import type { Locale } from '../locale';
import type { ProgressPage, ReviewDeps, ReviewPage } from '../review-slice';
import { queryOf, type ReviewQuery, type Route } from '../routes';
import type { KeptAttempt } from '../saved-state';
import type { CatalogueEntry } from '../store';
import { replayedProgress } from './local-progress';

/**
 * The review's requests: each answer checked against its schema in src/core/api.ts. What the
 * pages compute (progress) comes from src/core, over what the server or this browser holds.
 */

type Unkeyed<T> = T extends unknown ? Omit<T, 'key'> : never;
export type PageResult = { readonly ok: true; readonly page: Unkeyed<ReviewPage> } | { readonly ok: false; readonly problem: ApiError };

export interface PageDeps extends ReviewDeps {
  readonly user: User | null;
  readonly attempts: readonly KeptAttempt[];
  /** The options of the trap map are shown in it (the server replays the runs in that language). */
  readonly locale: Locale;
}

const id = encodeURIComponent;
const problem = (r: ApiResult<unknown> & { ok: false }): PageResult => ({ ok: false, problem: { error: r.error, message: r.message } });

/** The review filters the server reads, as its query string (the sort and version are the page's). */
const filterQuery = ({ assignment, story, phase, segment, from, to }: ReviewQuery): string => queryOf({ assignment, story, phase, segment, from, to });

/** What progress needs to know of each scenario, in programme order. */
export const storyFacts = (catalogue: readonly CatalogueEntry[]): StoryFacts[] =>
  catalogue.map(({ header, concepts }) => ({ id: header.id, phase: header.phase, segment: header.segment, concepts }));

/** The scenario a trap map shows when none is asked for: the newest assignment's first, else the programme's first. */
function defaultStory(overview: TeamOverview, catalogue: readonly CatalogueEntry[]): string | null {
  const newest = [...overview.assignments].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return newest?.storyIds[0] ?? catalogue[0]?.header.id ?? null;
}

async function teamView(route: Extract<Route, { name: 'team-view' }>, deps: PageDeps): Promise<PageResult> {
  const { api } = deps;
  const base = `/api/teams/${id(route.teamId)}`;
  const { query } = route;
  if (route.view === 'traps') {
    const overview = await api.get(`${base}/overview${queryOf({ assignment: query.assignment })}`, TeamOverviewSchema);
    if (!overview.ok) return problem(overview);
    const story = query.story ?? defaultStory(overview.data, deps.catalogue);
    if (!story) return { ok: true, page: { kind: 'team-view', overview: overview.data, heat: null, traps: null } };
    const traps = await api.get(`${base}/trap-map${queryOf({ story, version: query.version, assignment: query.assignment })}&locale=${id(deps.locale)}`, TrapMapSchema);
    return traps.ok ? { ok: true, page: { kind: 'team-view', overview: overview.data, heat: null, traps: traps.data } } : problem(traps);
  }
  const filters = filterQuery(query);
  const [overview, heat] = await Promise.all([
    api.get(`${base}/overview${filters}`, TeamOverviewSchema),
    route.view === 'heatmap' ? api.get(`${base}/heatmap${filters}`, HeatMapSchema) : null,
  ]);
  if (!overview.ok) return problem(overview);
  if (heat && !heat.ok) return problem(heat);
  return { ok: true, page: { kind: 'team-view', overview: overview.data, heat: heat?.data ?? null, traps: null } };
}

const progressPage = (person: ProgressPage['person'], attempts: readonly ProgressAttempt[], deps: PageDeps, extra: Pick<ProgressPage, 'certificates' | 'unreadable'>): PageResult => ({
  ok: true,
  page: { kind: 'progress', person, attempts, progress: progressOf(attempts, storyFacts(deps.catalogue)), ...extra },
});

/** Everything a review page shows, for the route. */
export async function loadPage(route: Route, deps: PageDeps): Promise<PageResult> {
  const { api, user } = deps;
  switch (route.name) {
    case 'team-view':
      return teamView(route, deps);
    case 'person': {
      const answer = await api.get(`/api/people/${id(route.userId)}/attempts`, PersonAttemptsSchema);
      return answer.ok ? progressPage(answer.data.person, answer.data.attempts, deps, { certificates: [], unreadable: 0 }) : problem(answer);
    }
    case 'progress': {
      if (!user) {
        const local = await replayedProgress(deps.attempts, deps.story);
        return progressPage(null, local.attempts, deps, { certificates: [], unreadable: local.unreadable });
      }
      const [attempts, certificates] = await Promise.all([api.get('/api/me/attempts', AttemptsAnswerSchema), api.get('/api/me/certificates', CertificatesAnswerSchema)]);
      if (!attempts.ok) return problem(attempts);
      if (!certificates.ok) return problem(certificates);
      return progressPage({ id: user.id, name: user.name }, attempts.data.attempts, deps, { certificates: certificates.data.certificates, unreadable: 0 });
    }
    case 'certificate': {
      const answer = await api.get(`/api/certificates/${id(route.code)}`, CertificateAnswerSchema);
      return answer.ok ? { ok: true, page: { kind: 'certificate', certificate: answer.data.certificate } } : problem(answer);
    }
    default:
      return { ok: false, problem: { error: 'not-found', message: 'There is no review page here.' } };
  }
}

export const myComments = (api: ApiClient) => api.get('/api/me/comments', MyCommentsSchema);
export const attemptReview = (api: ApiClient, attemptId: string, locale: Locale) => api.get(`/api/attempts/${id(attemptId)}/review?locale=${id(locale)}`, AttemptReviewSchema);
export const addComment = async (api: ApiClient, attemptId: string, step: number, body: string) =>
  nonNull(await api.post(`/api/attempts/${id(attemptId)}/comments`, { step, body }, CommentAnswerSchema));
export const editComment = async (api: ApiClient, commentId: string, body: string) =>
  nonNull(await api.send('PATCH', `/api/comments/${id(commentId)}`, { body }, CommentAnswerSchema));
/** A removal answers 204 with no body: success is `true`, so a form can tell it from a failure. */
async function removal(api: ApiClient, path: string): Promise<ApiResult<true>> {
  const result = await api.send('DELETE', path, undefined, null);
  return result.ok ? { ...result, data: true } : result;
}
export const deleteComment = (api: ApiClient, commentId: string) => removal(api, `/api/comments/${id(commentId)}`);
/** A manager removes an attempt of their trainee; its comments go with it. */
export const deleteAttempt = (api: ApiClient, attemptId: string) => removal(api, `/api/attempts/${id(attemptId)}`);

/** An answer with a body the schema asked for: a body-less success would not fit it. */
function nonNull<T>(result: ApiResult<T | null>): ApiResult<T> {
  if (!result.ok) return result;
  return result.data === null ? { ok: false, status: result.status, error: 'bad-answer', message: 'The server sent no answer.' } : { ...result, data: result.data };
}
