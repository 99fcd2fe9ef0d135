import { describe, expect, it } from 'vitest';
import type { Fetch } from '../../src/app/api-client';
import { createApiClient } from '../../src/app/api-client';
import { memoryOutbox, retryDelay } from '../../src/app/outbox';
import { createAppStore, type CatalogueEntry } from '../../src/app/store';
import { loadStory, replay } from '../../src/core/runner';
import { compileInkFile } from '../../tools/ink-compile';
import { fixturePath } from '../stories/fixture';

const json = compileInkFile(fixturePath('tiny-deal')).json as string;
const header = JSON.parse(JSON.stringify(compileInkFile(fixturePath('tiny-deal')).lint.header));
const USER = { id: '10000000-0000-4000-8000-000000000001', name: 'Tess', email: 'tess@example.com', role: 'trainee' as const };
const OTHER = { ...USER, id: '10000000-0000-4000-8000-000000000002', email: 'rex@example.com' };

type Reply = { status: number; body?: unknown } | 'offline';

/** A fake server: records what the browser posted, and answers from a script per path. */
function fakeServer(answer: (method: string, path: string, body: unknown) => Reply) {
  const posted: { path: string; body: unknown }[] = [];
  const fetchFn: Fetch = async (path, init) => {
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    if (init?.method === 'POST') posted.push({ path, body });
    const reply = answer(init?.method ?? 'GET', path, body);
    if (reply === 'offline') throw new TypeError('Failed to fetch');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status });
  };
  return { posted, api: createApiClient(fetchFn) };
}

const resultOf = (submission: Record<string, unknown>) => ({
  attempt: { ...submission, userId: USER.id, receivedAt: '2026-11-24T10:00:01Z', score: 88, passed: true, outcome: 'won', grades: {} },
});

function makeStore(answer: (method: string, path: string, body: unknown) => Reply, outbox = memoryOutbox()) {
  const server = fakeServer(answer);
  const timers: { ms: number; run: () => void }[] = [];
  const catalogue: CatalogueEntry[] = [{ header, concepts: ['C1'], portraits: {}, load: async () => json }];
  const data = new Map<string, string>();
  const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  let ids = 0;
  const store = createAppStore({
    catalogue,
    storage,
    random: () => 0.25,
    now: () => new Date('2026-11-24T10:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    api: server.api,
    outbox,
    schedule: (run, ms) => void timers.push({ ms, run }),
  });
  return { store, outbox, timers, ...server };
}

const me = (user: object | null) => ({ status: 200, body: { user } });

/** The facts of an attempt the server stored for the trainee (its path fits the fixture story). */
const storedAttempt = (id: string, seed: number, assignmentId: string | null) => ({
  id,
  storyId: 'tiny-deal',
  version: header.version,
  seed,
  path: [0, 0, 0],
  mode: 'assessment',
  assignmentId,
  replayedFrom: null,
  startedAt: '2026-11-24T09:00:00Z',
  finishedAt: '2026-11-24T09:10:00Z',
});

/** The server's review of a stored attempt: its path replayed on the fixture story. */
const reviewOf = (submission: { seed: number; path: number[] } & Record<string, unknown>, author: { id: string; name: string }, comments: object[] = []) => ({
  ...resultOf(submission),
  trainee: { id: USER.id, name: USER.name },
  header,
  entries: replay(loadStory(json), submission.seed, submission.path).snapshot().entries,
  passMark: 60,
  comments: comments.map((c) => ({ attemptId: submission.id, author: { id: author.id, name: author.name }, createdAt: '2026-11-25T09:00:00Z', updatedAt: '2026-11-25T09:00:00Z', readAt: null, ...c })),
  canComment: true,
});

async function playToEnd(store: ReturnType<typeof makeStore>['store']): Promise<void> {
  await store.getState().start('tiny-deal');
  for (const i of [0, 0, 0]) store.getState().choose(i);
  await new Promise((r) => setTimeout(r, 0));
  await store.getState().flush();
}

describe('attempts of a signed-in user', () => {
  it('are sent with their facts only, confirmed, and leave the outbox', async () => {
    const { store, posted, outbox } = makeStore((method, path, body) =>
      path === '/api/auth/me' ? me(USER) : path === '/api/attempts' ? { status: 201, body: resultOf(body as Record<string, unknown>) } : { status: 404, body: { error: 'not-found', message: 'no' } },
    );
    await store.getState().loadSession();
    await playToEnd(store);
    const sent = posted.filter((p) => p.path === '/api/attempts');
    expect(sent).toHaveLength(1);
    expect(Object.keys(sent[0]?.body as object).sort()).toEqual(['assignmentId', 'finishedAt', 'id', 'mode', 'path', 'replayedFrom', 'seed', 'startedAt', 'storyId', 'version']);
    expect(await outbox.all()).toEqual([]);
    const id = store.getState().attempts[0]?.id as string;
    expect(store.getState().delivery[id]).toMatchObject({ state: 'saved', result: { score: 88 } });
    expect(store.getState().attempts[0]?.owner).toBe(USER.id);
  });

  it('wait while the server is unreachable, retry with growing delays, and are sent once it answers', async () => {
    let up = false;
    const { store, posted, outbox, timers } = makeStore((_m, path, body) =>
      path === '/api/auth/me' ? me(USER) : !up ? 'offline' : { status: 200, body: resultOf(body as Record<string, unknown>) },
    );
    await store.getState().loadSession();
    await playToEnd(store);
    const id = store.getState().attempts[0]?.id as string;
    expect(store.getState().delivery[id]).toEqual({ state: 'waiting' });
    expect(await outbox.all()).toHaveLength(1);
    // One retry is scheduled at a time, each later than the one before.
    expect(timers.map((t) => t.ms)).toEqual([retryDelay(1)]);
    timers.shift()?.run();
    await new Promise((r) => setTimeout(r, 0));
    await store.getState().flush();
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBeGreaterThan(retryDelay(1));
    up = true;
    await store.getState().flush();
    expect(store.getState().delivery[id]).toMatchObject({ state: 'saved' });
    expect(await outbox.all()).toEqual([]);
    expect(posted.filter((p) => p.path === '/api/attempts').length).toBeGreaterThanOrEqual(2);
  });

  it('refused for good (4xx) are kept with the reason and never sent again', async () => {
    const { store, posted, outbox } = makeStore((_m, path) =>
      path === '/api/auth/me' ? me(USER) : { status: 409, body: { error: 'attempts-exhausted', message: 'You have used all 1 attempts.' } },
    );
    await store.getState().loadSession();
    await playToEnd(store);
    const id = store.getState().attempts[0]?.id as string;
    expect(store.getState().delivery[id]).toEqual({ state: 'refused', problem: { error: 'attempts-exhausted', message: 'You have used all 1 attempts.' } });
    await store.getState().flush();
    await store.getState().flush();
    expect(posted.filter((p) => p.path === '/api/attempts')).toHaveLength(1);
    expect((await outbox.all())[0]?.refused?.error).toBe('attempts-exhausted');
  });

  it('of one account are never sent while another account is signed in', async () => {
    const outbox = memoryOutbox();
    await outbox.put({ submission: { id: '00000000-0000-4000-8000-0000000000aa' } as never, userId: OTHER.id, refused: null });
    const { store, posted } = makeStore((_m, path) => (path === '/api/auth/me' ? me(USER) : { status: 201, body: {} }), outbox);
    await store.getState().loadSession();
    await store.getState().flush();
    expect(posted).toEqual([]);
  });

  it('are not queued at all when nobody is signed in: playing without an account works as before', async () => {
    const { store, posted, outbox } = makeStore((_m, path) => (path === '/api/auth/me' ? me(null) : { status: 500, body: {} }));
    await store.getState().loadSession();
    await playToEnd(store);
    expect(store.getState().attempts).toHaveLength(1);
    expect(store.getState().attempts[0]?.owner).toBeNull();
    expect(posted).toEqual([]);
    expect(await outbox.all()).toEqual([]);
  });
});

describe('signing in', () => {
  it('shows the server’s problem on a failed sign-in, and returns to the page that asked after a good one', async () => {
    let good = false;
    const { store } = makeStore((_m, path) =>
      path === '/api/auth/me'
        ? me(null)
        : path === '/api/auth/login'
          ? good
            ? { status: 200, body: { user: USER } }
            : { status: 401, body: { error: 'bad-credentials', message: 'That email and password do not match an account.' } }
          : path === '/api/me/assignments'
            ? { status: 200, body: { items: [] } }
            : 'offline',
    );
    await store.getState().navigate({ name: 'home' });
    expect(store.getState().route.name).toBe('login');
    await store.getState().login('tess@example.com', 'nope');
    expect(store.getState().forms.login).toEqual({ busy: false, problem: { error: 'bad-credentials', message: 'That email and password do not match an account.' } });
    good = true;
    await store.getState().login('tess@example.com', 'right');
    expect(store.getState().route.name).toBe('home');
    expect(store.getState().home).toEqual([]);
  });

  it('offers once to add the attempts played here without an account', async () => {
    let signedIn = false;
    const { store, posted } = makeStore((_m, path, body) =>
      path === '/api/auth/me' ? me(signedIn ? USER : null) : path === '/api/attempts' ? { status: 201, body: resultOf(body as Record<string, unknown>) } : 'offline',
    );
    await store.getState().loadSession();
    await playToEnd(store);
    expect(posted).toEqual([]);
    signedIn = true;
    await store.getState().loadSession();
    store.getState().declineClaim();
    expect(store.getState().claimAnswered).toEqual([USER.id]);
    await store.getState().claimLocal();
    expect(posted.filter((p) => p.path === '/api/attempts')).toHaveLength(1);
    expect(store.getState().attempts[0]?.owner).toBe(USER.id);
  });

  it('makes every connection problem a message, never an exception', async () => {
    const { api } = fakeServer((_m, path) => (path === '/html' ? { status: 502, body: undefined } : 'offline'));
    expect(await api.get('/api/teams', { kind: 'schema' } as never)).toMatchObject({ ok: false, status: 0, error: 'network' });
    expect(await api.post('/html', {}, null)).toMatchObject({ ok: false, status: 502, error: 'bad-answer' });
  });

  it('replays a trainee’s stored attempt for their manager freely, not under the trainee’s assignment', async () => {
    const stored = storedAttempt('00000000-0000-4000-8000-0000000000ee', 7, '20000000-0000-4000-8000-000000000001');
    const manager = { ...USER, id: '10000000-0000-4000-8000-000000000009', role: 'manager' as const };
    const { store } = makeStore((_m, path) =>
      path === '/api/auth/me' ? me(manager) : path === `/api/attempts/${stored.id}/review?locale=en` ? { status: 200, body: reviewOf(stored, manager) } : 'offline',
    );
    await store.getState().loadSession();
    await store.getState().arrive({ name: 'attempt', attemptId: stored.id });
    expect(store.getState().review?.server?.score).toBe(88);
    expect(store.getState().review?.run.assignmentId).toBe(stored.assignmentId);
    expect(store.getState().review?.replayable).toBe(true);
    await store.getState().rewind(1);
    expect(store.getState().active).toMatchObject({ path: [0], assignmentId: null, replayedFrom: 1 });
    expect(store.getState().route).toEqual({ name: 'play', storyId: 'tiny-deal', assignmentId: null });
  });

  it('rebuilds the debrief of a server attempt from its entries, and pins, edits and removes comments on it', async () => {
    const stored = storedAttempt('00000000-0000-4000-8000-0000000000ef', 3, null);
    const manager = { ...USER, id: '10000000-0000-4000-8000-000000000009', name: 'Mo', role: 'manager' as const };
    const first = { id: '30000000-0000-4000-8000-000000000001', step: 0, body: 'Ask first.' };
    const methods: string[] = [];
    const { store, posted } = makeStore((method, path, body) => {
      methods.push(`${method} ${path}`);
      if (path === '/api/auth/me') return me(manager);
      if (path === `/api/attempts/${stored.id}/review?locale=en`) return { status: 200, body: reviewOf(stored, manager, [first]) };
      const comment = (id: string, step: number, text: string) => ({ comment: { id, attemptId: stored.id, step, body: text, author: { id: manager.id, name: 'Mo' }, createdAt: 'x', updatedAt: 'y', readAt: null } });
      if (method === 'POST' && path === `/api/attempts/${stored.id}/comments`) return { status: 201, body: comment('30000000-0000-4000-8000-000000000002', 2, (body as { body: string }).body) };
      if (method === 'PATCH' && path === `/api/comments/${first.id}`) return { status: 200, body: comment(first.id, 0, (body as { body: string }).body) };
      if (method === 'DELETE' && (path === `/api/comments/${first.id}` || path === `/api/attempts/${stored.id}`)) return { status: 204 };
      return { status: 404, body: { error: 'not-found', message: 'No such thing.' } };
    });
    await store.getState().loadSession();
    await store.getState().arrive({ name: 'attempt', attemptId: stored.id });
    const review = store.getState().review;
    const local = replay(loadStory(json), stored.seed, stored.path).snapshot();
    expect(review?.snapshot.outcome).toBe(local.outcome);
    expect(review?.snapshot.phase).toBe(local.phase);
    expect(review?.snapshot.moods).toEqual(local.moods);
    expect(review?.run.passMark).toBe(60);
    expect(review?.served?.comments.map((c) => c.body)).toEqual(['Ask first.']);

    expect(await store.getState().addComment(2, '  Better: ask about the goal.  ')).toBe(true);
    expect(posted.at(-1)).toEqual({ path: `/api/attempts/${stored.id}/comments`, body: { step: 2, body: '  Better: ask about the goal.  ' } });
    expect(await store.getState().editComment(first.id, 'Ask about their goal first.')).toBe(true);
    expect(store.getState().review?.served?.comments.map((c) => [c.step, c.body])).toEqual([
      [0, 'Ask about their goal first.'],
      [2, '  Better: ask about the goal.  '],
    ]);
    await store.getState().deleteComment(first.id);
    expect(store.getState().review?.served?.comments.map((c) => c.step)).toEqual([2]);
    expect(methods).toContain(`DELETE /api/comments/${first.id}`);

    // A comment the server refuses stays out, and the form says why.
    expect(await store.getState().editComment('30000000-0000-4000-8000-00000000dead', 'x')).toBe(false);
    expect(store.getState().forms.comment?.problem?.message).toBe('No such thing.');
    expect(store.getState().review?.served?.comments).toHaveLength(1);

    // Removing the attempt takes a second step; then the page moves to the trainee's progress.
    await store.getState().deleteAttempt();
    expect(methods).not.toContain(`DELETE /api/attempts/${stored.id}`);
    store.getState().askDeleteAttempt(stored.id);
    await store.getState().deleteAttempt();
    expect(methods).toContain(`DELETE /api/attempts/${stored.id}`);
    expect(store.getState().route).toEqual({ name: 'person', userId: USER.id });
  });

  it('offers no replay of an attempt played on a story version this build does not have', async () => {
    const stored = { ...storedAttempt('00000000-0000-4000-8000-0000000000f0', 7, null), version: header.version + 1 };
    const manager = { ...USER, id: '10000000-0000-4000-8000-000000000009', role: 'manager' as const };
    const { store } = makeStore((_m, path) =>
      path === '/api/auth/me' ? me(manager) : path === `/api/attempts/${stored.id}/review?locale=en` ? { status: 200, body: reviewOf(stored, manager) } : 'offline',
    );
    await store.getState().loadSession();
    await store.getState().arrive({ name: 'attempt', attemptId: stored.id });
    expect(store.getState().review?.snapshot.ended).toBe(true);
    expect(store.getState().review?.replayable).toBe(false);
  });
});
