import type { ApiError, AttemptReview, Certificate, Comment, HeatMap, Person, TeamOverview, TrapMap } from '../core/api';
import type { Progress, ProgressAttempt } from '../core/progress';
import type { CompiledStory } from '../core/runner';
import type { ApiClient } from './api-client';
import { runForm } from './account-slice';
import { loadReviewChunk, type ReviewChunk } from './review-chunk';
import { routePath, type Route } from './routes';
import type { AppActions, AppState, CatalogueEntry } from './store';

/**
 * The manager's review and what a trainee reads of it: a team's overview, heat map and trap map,
 * a person's progress, a certificate, the comments pinned to an attempt's decisions and the
 * unread ones on the home page. The requests and their checks live in the review chunk; this
 * slice holds what the server answered.
 */

export type ReviewPage =
  | { readonly kind: 'team-view'; readonly key: string; readonly overview: TeamOverview; readonly heat: HeatMap | null; readonly traps: TrapMap | null }
  | {
      readonly kind: 'progress';
      readonly key: string;
      /** Whose progress: null for the learner in this browser without an account. */
      readonly person: Person | null;
      readonly attempts: readonly ProgressAttempt[];
      readonly progress: Progress;
      readonly certificates: readonly Certificate[];
      /** Attempts of this browser that could not be replayed (their scenario changed since). */
      readonly unreadable: number;
    }
  | { readonly kind: 'certificate'; readonly key: string; readonly certificate: Certificate };

export type ProgressPage = Extract<ReviewPage, { kind: 'progress' }>;

export interface MyComments {
  readonly comments: readonly (Comment & { readonly storyId: string })[];
  readonly unread: number;
}

/** The review an attempt opened from the server carries beside its debrief. */
export interface ServedReview extends Pick<AttemptReview, 'trainee' | 'canComment'> {
  readonly comments: readonly Comment[];
}

export interface ReviewState {
  readonly reviewPage: ReviewPage | null;
  readonly reviewProblem: ApiError | null;
  readonly myComments: MyComments | null;
  /** The comment whose text is being edited. */
  readonly editing: string | null;
  /** The decision a new comment was last pinned to (where its problem shows). */
  readonly commentStep: number | null;
  /** The attempt whose removal waits for a second click. */
  readonly confirmDelete: string | null;
  /** The heat-map cell whose attempts are listed ("trainee id|concept"). */
  readonly openCell: string | null;
}

export interface ReviewActions {
  /** Loads what a review page shows (the account slice has checked who may see it). */
  loadReviewPage(route: Route): Promise<void>;
  loadMyComments(): Promise<void>;
  /** An attempt as its trainee saw it, replayed by the server on the version it was played on. */
  fetchAttemptReview(id: string): Promise<AttemptReview | null>;
  addComment(step: number, body: string): Promise<boolean>;
  editComment(id: string, body: string): Promise<boolean>;
  deleteComment(id: string): Promise<void>;
  setEditing(id: string | null): void;
  /** Asks to remove the attempt on show (null: not after all); `deleteAttempt` then removes it. */
  askDeleteAttempt(id: string | null): void;
  deleteAttempt(): Promise<void>;
  setOpenCell(key: string | null): void;
}

export interface ReviewDeps {
  readonly api: ApiClient;
  readonly catalogue: readonly CatalogueEntry[];
  /** A scenario compiled, for replaying this browser's own attempts. */
  readonly story: (storyId: string) => Promise<CompiledStory>;
}

type Full = AppState & AppActions;
type Set = (partial: Partial<AppState>) => void;

export function reviewSlice(set: Set, get: () => Full, deps: ReviewDeps): ReviewState & ReviewActions {
  const { api } = deps;

  /** The chunk with the requests; a failed download is a connection problem, shown like one. */
  const chunkOrProblem = async (): Promise<ReviewChunk | ApiError> =>
    loadReviewChunk().catch((): ApiError => ({ error: 'network', message: 'Part of this page could not be loaded.' }));
  const isChunk = (x: ReviewChunk | ApiError): x is ReviewChunk => !('error' in x);

  /** Puts the comments of the attempt on show, after one was added, changed or removed. */
  const showComments = (change: (comments: readonly Comment[]) => readonly Comment[]): void => {
    const review = get().review;
    if (review?.served) set({ review: { ...review, served: { ...review.served, comments: change(review.served.comments) } } });
  };

  return {
    reviewPage: null,
    reviewProblem: null,
    myComments: null,
    editing: null,
    commentStep: null,
    confirmDelete: null,
    openCell: null,

    loadReviewPage: async (route) => {
      const key = routePath(route);
      if (get().reviewPage?.key !== key) set({ reviewPage: null, reviewProblem: null, openCell: null });
      const chunk = await chunkOrProblem();
      const { user, attempts } = get();
      const result = isChunk(chunk) ? await chunk.loadPage(route, { ...deps, user, attempts, locale: get().locale }) : { ok: false as const, problem: chunk };
      if (routePath(get().route) !== key) return;
      set(result.ok ? { reviewPage: { ...result.page, key }, reviewProblem: null } : { reviewPage: null, reviewProblem: result.problem });
    },
    loadMyComments: async () => {
      const chunk = await chunkOrProblem();
      const result = isChunk(chunk) ? await chunk.myComments(api) : null;
      if (result?.ok) set({ myComments: result.data });
    },
    fetchAttemptReview: async (id) => {
      const chunk = await chunkOrProblem();
      const result = isChunk(chunk) ? await chunk.attemptReview(api, id, get().locale) : null;
      return result?.ok ? result.data : null;
    },
    addComment: async (step, body) => {
      const review = get().review;
      if (!review) return false;
      set({ commentStep: step, editing: null });
      const chunk = await loadReviewChunk();
      const answer = await runForm(get, 'comment', () => chunk.addComment(api, review.run.id, step, body));
      if (answer) showComments((comments) => [...comments, answer.comment]);
      return !!answer;
    },
    editComment: async (id, body) => {
      const chunk = await loadReviewChunk();
      const answer = await runForm(get, 'comment', () => chunk.editComment(api, id, body));
      if (answer) {
        showComments((comments) => comments.map((c) => (c.id === id ? answer.comment : c)));
        set({ editing: null });
      }
      return !!answer;
    },
    deleteComment: async (id) => {
      const chunk = await loadReviewChunk();
      const result = await runForm(get, 'comment', () => chunk.deleteComment(api, id));
      if (result !== null) showComments((comments) => comments.filter((c) => c.id !== id));
    },
    setEditing: (id) => set({ editing: id, commentStep: null }),
    askDeleteAttempt: (id) => set({ confirmDelete: id }),
    deleteAttempt: async () => {
      const review = get().review;
      if (!review?.served || get().confirmDelete !== review.run.id) return;
      const chunk = await loadReviewChunk();
      const done = await runForm(get, 'attempt', () => chunk.deleteAttempt(api, review.run.id));
      if (!done) return;
      set({ review: null, confirmDelete: null });
      await get().navigate({ name: 'person', userId: review.served.trainee.id }, { replace: true });
    },
    setOpenCell: (key) => set({ openCell: get().openCell === key ? null : key }),
  };
}
