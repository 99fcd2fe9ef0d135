import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AttemptAnswerSchema, MemberAddedSchema, TeamAnswerSchema } from '../../src/core/api';
import { fixtureStories, freshPostgres, PASSWORD, pathOf, read, submission } from './harness';
import { LRS_PASSWORD, LRS_USERNAME, stubLrs } from './stub-lrs';

/**
 * Real server processes (`npm run serve`'s entry): two instances on one PostgreSQL share
 * sessions, rate limits and attempts; the embedded database refuses a second process on its
 * folder, closes cleanly on SIGTERM and keeps its data across restarts; with an LRS configured,
 * a stored attempt reaches it and the forwarding worker does not hold the process up.
 */

const SETUP_TOKEN = 'e2e-setup-token-0123456789abcdefghijkl';

interface Running {
  readonly child: ChildProcess;
  readonly origin: string;
  output(): string;
}

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGTERM');
});

function launch(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PITCHLESS_STORIES: fixtureStories(), PITCHLESS_DIST: mkdtempSync(join(tmpdir(), 'pitchless-nodist-')), PITCHLESS_SETUP_TOKEN: SETUP_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function serve(env: Record<string, string>): Promise<Running> {
  const run = launch(env);
  for (;;) {
    const match = /running at (http:\/\/[^\s]+)/.exec(run.output());
    if (match?.[1]) return { child: run.child, origin: match[1], output: run.output };
    if (run.child.exitCode !== null) throw new Error(`server exited: ${run.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A browser against one instance (its own Origin), holding a cookie it may carry to another. */
async function call(server: Running, method: string, path: string, body?: unknown, cookie?: string) {
  const res = await fetch(`${server.origin}${path}`, {
    method,
    headers: { origin: server.origin, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const reply = { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, text, headers: res.headers };
  return { ...reply, json: reply.body, reply, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

describe.runIf(process.env.TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  it('signs in on one and submits on the other; limits and attempts are shared', async () => {
    const db = await freshPostgres();
    try {
      // Started together, they also race to migrate the empty database.
      const [one, two] = await Promise.all([serve({ DATABASE_URL: db.url }), serve({ DATABASE_URL: db.url })]);
      expect((await call(one, 'GET', '/api/health')).json).toEqual({ ok: true, db: 'postgres' });
      expect((await call(two, 'GET', '/api/health')).json).toEqual({ ok: true, db: 'postgres' });

      const admin = await call(one, 'POST', '/api/setup', { token: SETUP_TOKEN, name: 'Ada', email: 'ada@example.com', password: PASSWORD });
      expect(admin.status).toBe(201);
      expect((await call(two, 'GET', '/api/setup')).json).toEqual({ needed: false });
      const team = read(TeamAnswerSchema, (await call(two, 'POST', '/api/teams', { name: 'Shared' }, admin.cookie)).reply).team;
      const member = read(MemberAddedSchema, (await call(one, 'POST', `/api/teams/${team.id}/members`, { name: 'Tia', email: 'tia@example.com' }, admin.cookie)).reply);
      const token = member.inviteUrl.split('/').pop();
      await call(two, 'POST', `/api/tokens/${token}`, { password: PASSWORD });

      const signedIn = await call(one, 'POST', '/api/auth/login', { email: 'tia@example.com', password: PASSWORD });
      expect(signedIn.status).toBe(200);
      const sub = submission({ path: pathOf('expert') });
      const stored = await call(two, 'POST', '/api/attempts', sub, signedIn.cookie);
      expect(stored.status).toBe(201);
      expect((await call(one, 'POST', '/api/attempts', sub, signedIn.cookie)).status).toBe(200);
      const seen = read(AttemptAnswerSchema, (await call(one, 'GET', `/api/attempts/${sub.id}`, undefined, signedIn.cookie)).reply);
      expect(seen.attempt.score).toBe(read(AttemptAnswerSchema, stored.reply).attempt.score);

      for (let i = 0; i < 5; i++) await call(i % 2 ? one : two, 'POST', '/api/auth/login', { email: 'tia@example.com', password: `wrong ${i}` });
      expect((await call(one, 'POST', '/api/auth/login', { email: 'tia@example.com', password: PASSWORD })).status).toBe(429);

      // Signing out on one instance ends the session on both.
      await call(two, 'POST', '/api/auth/logout', undefined, signedIn.cookie);
      expect((await call(one, 'GET', '/api/auth/me', undefined, signedIn.cookie)).json).toEqual({ user: null });
      for (const s of [one, two]) s.child.kill('SIGTERM');
    } finally {
      await new Promise((r) => setTimeout(r, 500));
      await db.drop();
    }
  }, 120_000);
});

describe('the embedded database in a data folder', () => {
  it('refuses a second process, closes on SIGTERM, and keeps its data across restarts', async () => {
    const data = mkdtempSync(join(tmpdir(), 'pitchless-data-'));
    const first = await serve({ PITCHLESS_DATA: data });
    expect(first.output()).toContain(`/setup?token=${SETUP_TOKEN}`);
    expect((await call(first, 'POST', '/api/setup', { token: SETUP_TOKEN, name: 'Ada', email: 'ada@example.com', password: PASSWORD })).status).toBe(201);

    const second = launch({ PITCHLESS_DATA: data });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`The data folder ${data} is in use by another Pitchless server (process ${first.child.pid})`);
    expect(second.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect((await call(first, 'GET', '/api/health')).status).toBe(200);

    first.child.kill('SIGTERM');
    expect(await new Promise((resolve) => first.child.on('exit', resolve))).toBe(0);
    expect(existsSync(join(data, 'server.lock'))).toBe(false);

    const again = await serve({ PITCHLESS_DATA: data });
    expect(again.output()).not.toContain('/setup?token=');
    expect((await call(again, 'GET', '/api/setup')).json).toEqual({ needed: false });
    expect((await call(again, 'POST', '/api/auth/login', { email: 'ada@example.com', password: PASSWORD })).status).toBe(200);
    again.child.kill('SIGTERM');
  }, 120_000);

  it('takes over the lock of a process that was killed', async () => {
    const data = mkdtempSync(join(tmpdir(), 'pitchless-data-'));
    const first = await serve({ PITCHLESS_DATA: data });
    await call(first, 'POST', '/api/setup', { token: SETUP_TOKEN, name: 'Ada', email: 'ada@example.com', password: PASSWORD });
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.on('exit', resolve));
    expect(existsSync(join(data, 'server.lock'))).toBe(true);
    const again = await serve({ PITCHLESS_DATA: data });
    expect((await call(again, 'GET', '/api/setup')).json).toEqual({ needed: false });
    again.child.kill('SIGTERM');
  }, 120_000);
});

describe('a server forwarding to an LRS', () => {
  const LRS_PORT = 5343;
  const PORT = 5344;
  const lrs = stubLrs(LRS_PORT);
  afterAll(() => lrs.down());

  it('refuses a half-set LRS at start, sends a stored attempt, and stops on SIGTERM', async () => {
    const data = mkdtempSync(join(tmpdir(), 'pitchless-data-'));
    const halfSet = launch({ PITCHLESS_DATA: data, PITCHLESS_LRS_ENDPOINT: lrs.endpoint });
    expect(await halfSet.exited).toBe(1);
    expect(halfSet.output()).toContain('PITCHLESS_LRS_USERNAME and PITCHLESS_LRS_PASSWORD must be set too');
    expect(halfSet.output()).not.toMatch(/\n\s+at /);

    await lrs.up();
    const origin = `http://127.0.0.1:${PORT}`;
    const server = await serve({
      PITCHLESS_DATA: data,
      PORT: String(PORT),
      PUBLIC_ORIGIN: origin,
      PITCHLESS_LRS_ENDPOINT: lrs.endpoint,
      PITCHLESS_LRS_USERNAME: LRS_USERNAME,
      PITCHLESS_LRS_PASSWORD: LRS_PASSWORD,
    });
    expect(server.output()).toContain(`Forwarding attempts as xAPI statements to ${lrs.endpoint}`);
    const admin = await call(server, 'POST', '/api/setup', { token: SETUP_TOKEN, name: 'Ada', email: 'ada@example.com', password: PASSWORD });
    const sub = submission({ path: pathOf('expert') });
    expect((await call(server, 'POST', '/api/attempts', sub, admin.cookie)).status).toBe(201);
    // The worker polls every 5 s: wait for what the LRS receives, not for a time.
    while (!lrs.stored.some((s) => (s.statement as { verb: { id: string } }).verb.id.endsWith('/passed'))) {
      if (server.child.exitCode !== null) throw new Error(`server exited: ${server.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const status = (await call(server, 'GET', '/api/admin/lrs', undefined, admin.cookie)).json as { lrs: { queued: number; sent: number } };
    expect(status.lrs).toMatchObject({ queued: 0, sent: lrs.stored.length });

    await lrs.down();
    server.child.kill('SIGTERM');
    expect(await new Promise((resolve) => server.child.on('exit', resolve))).toBe(0);
  }, 120_000);
});
