import {
  AttemptAnswerSchema,
  AssignmentDetailSchema,
  MeAnswerSchema,
  MyAssignmentsAnswerSchema,
  SetupStatusSchema,
  TokenInfoSchema,
  UserAnswerSchema,
  type ApiError,
  type Assignment,
  type AttemptResult,
  type AttemptSubmission,
  type MyAssignment,
  type TokenInfo,
  type User,
} from '../core/api';
import type { ApiClient, ApiResult } from './api-client';
import { isFinalRefusal, retryDelay, type Outbox } from './outbox';
import type { Route } from './routes';
import type { KeptAttempt } from './saved-state';
import type { AppActions, AppState } from './store';

/**
 * Accounts in the browser: who is signed in, the sign-in, setup, invite and reset forms, the
 * trainee's assignments, and delivering finished attempts through the outbox. The server
 * decides every score and every permission; this slice shows what it answered.
 */

export type FormName = 'login' | 'setup' | 'password' | 'team' | 'member' | 'csv' | 'assignment' | 'reset' | 'comment' | 'attempt';
export interface FormState {
  readonly busy: boolean;
  readonly problem: ApiError | null;
}

/** Where a finished attempt of a signed-in user stands with the server. */
export type Delivery =
  | { readonly state: 'waiting' }
  | { readonly state: 'saved'; readonly result: AttemptResult | null }
  | { readonly state: 'refused'; readonly problem: ApiError };

export interface TokenPage {
  readonly token: string;
  readonly info: TokenInfo | null;
  readonly problem: ApiError | null;
}

export interface AccountState {
  readonly user: User | null;
  /** False until the server said who is signed in (or could not be reached). */
  readonly sessionKnown: boolean;
  readonly forms: Readonly<Partial<Record<FormName, FormState>>>;
  readonly setupNeeded: boolean | null;
  readonly tokenPage: TokenPage | null;
  readonly home: readonly MyAssignment[] | null;
  readonly homeProblem: ApiError | null;
  readonly delivery: Readonly<Record<string, Delivery>>;
  /** Accounts that answered the offer to add this browser's attempts (asked once each). */
  readonly claimAnswered: readonly string[];
  /** The page that asked for a sign-in, to return to afterwards. */
  readonly afterSignIn: Route | null;
  /** The text last copied to the clipboard, to say so beside its button. */
  readonly copied: string | null;
}

export interface AccountActions {
  loadSession(): Promise<void>;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  setup(fields: { token: string; name: string; email: string; password: string }): Promise<void>;
  acceptToken(token: string, password: string): Promise<void>;
  /** Loads what an account page shows, or sends the user to sign in first. */
  loadAccountPage(route: Route): Promise<void>;
  /** The assignment a run is played under, when it is the signed-in trainee's. */
  assignmentFor(id: string): Promise<Assignment | null>;
  /** Queues a just-finished attempt for the signed-in user and tries to send it. */
  deliver(attempt: KeptAttempt): Promise<void>;
  /** Sends what waits in the outbox (on finish, on load, when back online, and with backoff). */
  flush(): Promise<void>;
  claimLocal(): Promise<void>;
  declineClaim(): void;
  copy(text: string): Promise<void>;
  setForm(name: FormName, form: FormState): void;
}

export interface AccountDeps {
  readonly api: ApiClient;
  readonly outbox: Outbox;
  readonly schedule: (run: () => void, ms: number) => void;
  readonly clipboard?: (text: string) => Promise<void>;
}

type Full = AppState & AppActions;
type Set = (partial: Partial<AppState>) => void;

const IDLE: FormState = { busy: false, problem: null };

/** The submission the API takes for a kept attempt: its facts, never its score. */
export function submissionOf(a: KeptAttempt): AttemptSubmission {
  const { id, storyId, version, seed, path, mode, assignmentId, replayedFrom, startedAt, finishedAt } = a;
  return { id, storyId, version, seed, path, mode, assignmentId, replayedFrom, startedAt, finishedAt };
}

/** Attempts played in this browser without an account, that one could be given to. */
export function unclaimed(state: AppState): KeptAttempt[] {
  return state.attempts.filter((a) => a.owner === null && a.assignmentId === null);
}

/** Runs a form's request: busy while it runs, the server's problem shown on the form if it fails. */
export async function runForm<T>(get: () => Full, name: FormName, request: () => Promise<ApiResult<T>>): Promise<T | null> {
  get().setForm(name, { busy: true, problem: null });
  const result = await request();
  get().setForm(name, result.ok ? IDLE : { busy: false, problem: { error: result.error, message: result.message } });
  return result.ok ? result.data : null;
}

export function accountSlice(set: Set, get: () => Full, deps: AccountDeps): AccountState & AccountActions {
  const { api, outbox } = deps;
  let failures = 0;
  let flushing: Promise<void> | null = null;
  let retryPending = false;

  const submit = <T>(name: FormName, request: () => Promise<ApiResult<T>>): Promise<T | null> => runForm(get, name, request);

  const signedIn = async (user: User): Promise<void> => {
    set({ user, sessionKnown: true, home: null });
    const next = get().afterSignIn ?? { name: user.role === 'trainee' ? 'home' : 'manage' };
    set({ afterSignIn: null });
    void get().flush();
    await get().navigate(next, { replace: true });
  };

  const setDelivery = (id: string, delivery: Delivery): void => set({ delivery: { ...get().delivery, [id]: delivery } });

  const sendOne = async (entry: Awaited<ReturnType<Outbox['all']>>[number]): Promise<'sent' | 'stop' | 'next'> => {
    const result = await api.post('/api/attempts', entry.submission, AttemptAnswerSchema);
    const { id } = entry.submission;
    if (result.ok) {
      await outbox.remove(id);
      setDelivery(id, { state: 'saved', result: result.data?.attempt ?? null });
      return 'sent';
    }
    if (isFinalRefusal(result.status)) {
      const problem = { error: result.error, message: result.message };
      await outbox.put({ ...entry, refused: problem });
      setDelivery(id, { state: 'refused', problem });
      return 'next';
    }
    if (result.status === 401) set({ user: null });
    return 'stop';
  };

  const flushOnce = async (): Promise<void> => {
    const user = get().user;
    const entries = await outbox.all().catch(() => []);
    const delivery = { ...get().delivery };
    for (const e of entries) delivery[e.submission.id] = e.refused ? { state: 'refused', problem: e.refused } : { state: 'waiting' };
    set({ delivery });
    if (!user) return;
    for (const entry of entries.filter((e) => e.userId === user.id && !e.refused)) {
      const step = await sendOne(entry);
      if (step === 'stop') {
        failures += 1;
        if (!retryPending) {
          retryPending = true;
          deps.schedule(() => {
            retryPending = false;
            void get().flush();
          }, retryDelay(failures));
        }
        return;
      }
    }
    failures = 0;
  };

  const requireRole = async (route: Route, roles: readonly User['role'][]): Promise<User | null> => {
    if (!get().sessionKnown) await get().loadSession();
    const { user } = get();
    if (!user) {
      set({ afterSignIn: route });
      await get().navigate({ name: 'login' }, { replace: true });
      return null;
    }
    if (!roles.includes(user.role)) {
      await get().navigate({ name: user.role === 'trainee' ? 'home' : 'manage' }, { replace: true });
      return null;
    }
    return user;
  };

  const loadHome = async (): Promise<void> => {
    const result = await api.get('/api/me/assignments', MyAssignmentsAnswerSchema);
    set(result.ok ? { home: result.data.items, homeProblem: null } : { homeProblem: { error: result.error, message: result.message } });
  };

  return {
    user: null,
    sessionKnown: false,
    forms: {},
    setupNeeded: null,
    tokenPage: null,
    home: null,
    homeProblem: null,
    delivery: {},
    claimAnswered: [],
    afterSignIn: null,
    copied: null,

    setForm: (name, form) => set({ forms: { ...get().forms, [name]: form } }),
    loadSession: async () => {
      const result = await api.get('/api/auth/me', MeAnswerSchema);
      set({ user: result.ok ? result.data.user : get().user, sessionKnown: true });
    },
    login: async (email, password) => {
      const answer = await submit('login', () => api.post('/api/auth/login', { email, password }, UserAnswerSchema));
      if (answer) await signedIn(answer.user);
    },
    logout: async () => {
      await api.post('/api/auth/logout', {}, null);
      set({ user: null, home: null, teams: null, team: null, links: [], reviewPage: null, myComments: null, review: null });
      await get().navigate({ name: 'catalogue' });
    },
    setup: async (fields) => {
      const answer = await submit('setup', () => api.post('/api/setup', fields, UserAnswerSchema));
      if (answer) await signedIn(answer.user);
    },
    acceptToken: async (token, password) => {
      const answer = await submit('password', () => api.post(`/api/tokens/${encodeURIComponent(token)}`, { password }, UserAnswerSchema));
      if (answer) await signedIn(answer.user);
    },
    loadAccountPage: async (route) => {
      switch (route.name) {
        case 'home':
          if (await requireRole(route, ['trainee'])) await Promise.all([loadHome(), get().loadMyComments()]);
          return;
        case 'team-view':
        case 'person':
          if (await requireRole(route, ['manager', 'admin'])) await get().loadReviewPage(route);
          return;
        case 'progress':
          // Signed in: the account's attempts; without an account: this browser's own.
          if (!get().sessionKnown) await get().loadSession();
          await get().loadReviewPage(route);
          return;
        case 'certificate':
          await get().loadReviewPage(route);
          return;
        case 'manage':
          if (await requireRole(route, ['manager', 'admin'])) await get().loadTeams();
          return;
        case 'team':
          if (await requireRole(route, ['manager', 'admin'])) await get().loadTeam(route.teamId);
          return;
        case 'login': {
          get().setForm('login', IDLE);
          if (!get().sessionKnown) await get().loadSession();
          // Already signed in: the sign-in page has nothing to do, so go where signing in leads.
          const { user } = get();
          if (user) await get().navigate({ name: user.role === 'trainee' ? 'home' : 'manage' }, { replace: true });
          return;
        }
        case 'setup': {
          get().setForm('setup', IDLE);
          const result = await api.get('/api/setup', SetupStatusSchema);
          set({ setupNeeded: result.ok ? result.data.needed : null });
          return;
        }
        case 'invite':
        case 'reset': {
          get().setForm('password', IDLE);
          set({ tokenPage: { token: route.token, info: null, problem: null } });
          const result = await api.get(`/api/tokens/${encodeURIComponent(route.token)}`, TokenInfoSchema);
          set({ tokenPage: { token: route.token, info: result.ok ? result.data : null, problem: result.ok ? null : { error: result.error, message: result.message } } });
          return;
        }
        default:
          return;
      }
    },
    assignmentFor: async (id) => {
      const result = await api.get(`/api/assignments/${encodeURIComponent(id)}`, AssignmentDetailSchema);
      return result.ok ? result.data.assignment : null;
    },
    deliver: async (attempt) => {
      const { user } = get();
      if (!user) return;
      set({ attempts: get().attempts.map((a) => (a.id === attempt.id ? { ...a, owner: user.id } : a)) });
      setDelivery(attempt.id, { state: 'waiting' });
      await outbox.put({ submission: submissionOf(attempt), userId: user.id, refused: null }).catch(() => undefined);
      await get().flush();
    },
    flush: async () => {
      // One sender at a time: a second call waits for the running one, then sends what is left.
      while (flushing) await flushing;
      flushing = flushOnce().finally(() => {
        flushing = null;
      });
      await flushing;
    },
    claimLocal: async () => {
      const { user } = get();
      if (!user) return;
      const mine = unclaimed(get());
      set({ claimAnswered: [...get().claimAnswered, user.id], attempts: get().attempts.map((a) => (mine.includes(a) ? { ...a, owner: user.id } : a)) });
      for (const a of mine) {
        setDelivery(a.id, { state: 'waiting' });
        await outbox.put({ submission: submissionOf(a), userId: user.id, refused: null }).catch(() => undefined);
      }
      await get().flush();
    },
    declineClaim: () => {
      const { user } = get();
      if (user) set({ claimAnswered: [...get().claimAnswered, user.id] });
    },
    copy: async (text) => {
      try {
        await (deps.clipboard ?? ((t: string) => navigator.clipboard.writeText(t)))(text);
        set({ copied: text });
      } catch {
        set({ copied: null });
      }
    },
  };
}
