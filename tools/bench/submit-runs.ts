import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import * as v from 'valibot';
import { AttemptsAnswerSchema, MemberAddedSchema, TeamAnswerSchema } from '../../src/core/api';
import { playWith } from '../../src/core/explore';
import { EVIDENCE_POLICIES, POLICIES } from '../../src/core/policies';
import type { StoryLibrary } from '../../src/server/stories';
import { freshPostgres } from '../fresh-postgres';
import { selfTimeByPlace, topSelfTime, type CpuProfile, type SelfTime } from './cpu-profile';
import { sampleRss, startServer, type ServerProcess } from './server-process';
import { median, quantile, summary } from './stats';

/**
 * Attempts submitted to the real server (`npm run bench`): a server process on a fresh PGlite
 * folder and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, on a fresh PostgreSQL database;
 * trainees signed in through the server's own setup link and invites; then autocannon, from
 * this process over loopback, posts finished attempts (real paths of the scripted trainees,
 * each a new id, round-robin over the trainees) for a few timed runs. Only 2xx answers count as
 * accepted. When the goal is missed, one more run under `--cpu-prof` says where the time went.
 */

export const SUBMIT_GOAL_PER_SECOND = 1000;

export interface SubmitOptions {
  readonly trainees: number;
  readonly connections: number;
  readonly seconds: number;
  readonly runs: number;
  /** The server's port (0: any free one). */
  readonly port: number;
  /** Profile one more run when the goal is missed (`false` for a quick look). */
  readonly profile: boolean;
}

export interface SubmitRun {
  readonly accepted: number;
  readonly rejected: ReadonlyMap<number, number>;
  readonly errors: number;
  readonly seconds: number;
  readonly latencies: readonly number[];
  readonly rssPeak: number | null;
  readonly load: readonly [number, number];
}

export interface SubmitTarget {
  readonly kind: 'pglite' | 'postgres';
  readonly runs: readonly SubmitRun[];
  readonly rssIdle: number | null;
  /** Attempts the server lists for the trainees afterwards, against the 2xx answers counted. */
  readonly stored: number;
  readonly answered2xx: number;
  readonly firstRejection: string | null;
  readonly profile: Profiled | null;
}

export interface Profiled {
  readonly functions: readonly SelfTime[];
  readonly places: readonly SelfTime[];
}

export interface SubmitBench {
  readonly options: SubmitOptions;
  readonly payloads: number;
  readonly stories: readonly string[];
  readonly targets: readonly SubmitTarget[];
}

const SETUP_TOKEN = `bench-${crypto.randomUUID().replaceAll('-', '')}`;
const PASSWORD = 'bench horse battery staple';

/** Accepted attempts per second of a run. */
export const perSecond = (run: Pick<SubmitRun, 'accepted' | 'seconds'>): number => run.accepted / run.seconds;

/** The finished runs the scripted trainees play through the library, as attempt bodies without their id. */
export function attemptBodies(library: StoryLibrary, storyIds: readonly string[], seeds: readonly number[]): string[] {
  const bodies: string[] = [];
  for (const storyId of storyIds) {
    const story = library.get(storyId);
    if (!story) throw new Error(`no built story "${storyId}": run npm run stories:build`);
    for (const policy of EVIDENCE_POLICIES) {
      for (const seed of seeds) {
        const end = playWith(story.compiled, POLICIES[policy], seed);
        if (!end.ended) continue;
        const minute = String(bodies.length % 60).padStart(2, '0');
        bodies.push(
          JSON.stringify({
            storyId,
            version: story.version,
            seed,
            path: end.path,
            mode: 'assessment',
            assignmentId: null,
            replayedFrom: null,
            startedAt: `2026-12-01T10:${minute}:00.000Z`,
            finishedAt: `2026-12-01T10:${minute}:30.000Z`,
          }),
        );
      }
    }
  }
  return bodies;
}

/** An attempt body with a new id in front (cheaper than serialising the whole attempt again). */
export const withId = (body: string, id: string): string => `{"id":"${id}",${body.slice(1)}`;

async function call(server: ServerProcess, method: string, path: string, body?: unknown, cookie?: string): Promise<{ status: number; json: unknown; cookie: string | undefined }> {
  const res = await fetch(`${server.origin}${path}`, {
    method,
    headers: { origin: server.origin, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null, cookie: res.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

/** The admin through the setup link, a team, and its trainees through their invites: one session cookie each. */
async function signInTrainees(server: ServerProcess, trainees: number, progress: (line: string) => void): Promise<string[]> {
  const admin = await call(server, 'POST', '/api/setup', { token: SETUP_TOKEN, name: 'Bench Admin', email: 'admin@bench.example', password: PASSWORD });
  const team = v.parse(TeamAnswerSchema, (await call(server, 'POST', '/api/teams', { name: 'Bench' }, admin.cookie)).json).team;
  const cookies: string[] = [];
  for (let i = 0; i < trainees; i++) {
    progress(`signing in trainee ${i + 1}/${trainees}`);
    const added = v.parse(MemberAddedSchema, (await call(server, 'POST', `/api/teams/${team.id}/members`, { name: `Trainee ${i + 1}`, email: `trainee-${i + 1}@bench.example` }, admin.cookie)).json);
    const accepted = await call(server, 'POST', `/api/tokens/${added.inviteUrl.split('/').pop() ?? ''}`, { password: PASSWORD });
    if (!accepted.cookie) throw new Error('accepting an invite gave no session cookie');
    cookies.push(accepted.cookie);
  }
  return cookies;
}

interface Load {
  readonly server: ServerProcess;
  readonly cookies: readonly string[];
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

/** One timed run of autocannon against the server, sampling its memory. */
async function loadRun({ server, cookies, bodies, connections, seconds }: Load, onRejection: (status: number, body: string) => void): Promise<SubmitRun> {
  let next = 0;
  const latencies: number[] = [];
  const rejected = new Map<number, number>();
  let accepted = 0;
  const rss = sampleRss(server.pid);
  const loadAtStart = loadavg()[0] ?? 0;
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: server.origin,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            path: '/api/attempts',
            setupRequest: (request) => {
              const n = next++;
              return {
                ...request,
                headers: { origin: server.origin, 'content-type': 'application/json', cookie: cookies[n % cookies.length] as string },
                body: withId(bodies[n % bodies.length] as string, crypto.randomUUID()),
              };
            },
            onResponse: (status, body) => {
              if (status < 200 || status >= 300) onRejection(status, body);
            },
          },
        ],
      },
      (error: unknown, res: autocannon.Result) => (error ? fail(error instanceof Error ? error : new Error(String(error))) : done(res)),
    );
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time);
      if (status >= 200 && status < 300) accepted++;
      else rejected.set(status, (rejected.get(status) ?? 0) + 1);
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  return { accepted, rejected, errors: result.errors + result.timeouts, seconds: Math.min(elapsed, result.duration || elapsed), latencies, rssPeak: rss.stop(), load: [loadAtStart, loadavg()[0] ?? 0] };
}

interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

async function freshDatabase(kind: 'pglite' | 'postgres'): Promise<Database> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'pitchless-bench-submit-'));
    return { kind, env: { PITCHLESS_DATA: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const fresh = await freshPostgres(postgresUrl() as string, 'pitchless_bench_submit');
  return { kind, env: { DATABASE_URL: fresh.url }, drop: fresh.drop };
}

const postgresUrl = (): string | undefined => process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** What an interrupted bench still has to stop and drop. */
const unclosed = new Set<() => Promise<void>>();
export const abortSubmit = async (): Promise<void> => void (await Promise.allSettled([...unclosed].map((close) => close())));

/** A server on a fresh database with its trainees signed in; `close` stops it and drops the database. */
async function openTarget(kind: 'pglite' | 'postgres', storiesDir: string, options: SubmitOptions, nodeArgs: readonly string[], progress: (line: string) => void) {
  const database = await freshDatabase(kind);
  const noDist = mkdtempSync(join(tmpdir(), 'pitchless-bench-nodist-'));
  let server: ServerProcess | null = null;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    unclosed.delete(close);
    await server?.stop();
    await database.drop();
    rmSync(noDist, { recursive: true, force: true });
  };
  unclosed.add(close);
  try {
    server = await startServer(
      { ...database.env, PORT: String(options.port), PITCHLESS_SETUP_TOKEN: SETUP_TOKEN, PITCHLESS_STORIES: storiesDir, PITCHLESS_DIST: noDist },
      nodeArgs,
    );
    const cookies = await signInTrainees(server, options.trainees, progress);
    return { server, cookies, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function storedAttempts(server: ServerProcess, cookies: readonly string[]): Promise<number> {
  let n = 0;
  for (const cookie of cookies) n += v.parse(AttemptsAnswerSchema, (await call(server, 'GET', '/api/me/attempts', undefined, cookie)).json).attempts.length;
  return n;
}

/** One more run with the server under `node --cpu-prof`: its top self-time functions. */
async function profiledRun(kind: 'pglite' | 'postgres', storiesDir: string, options: SubmitOptions, bodies: readonly string[], progress: (line: string) => void): Promise<Profiled> {
  const dir = mkdtempSync(join(tmpdir(), 'pitchless-bench-prof-'));
  try {
    const target = await openTarget(kind, storiesDir, options, ['--cpu-prof', `--cpu-prof-dir=${dir}`], progress);
    try {
      progress(`profiling the server on ${kind}`);
      await loadRun({ server: target.server, cookies: target.cookies, bodies, connections: options.connections, seconds: options.seconds }, () => undefined);
    } finally {
      await target.close();
    }
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the profiled server wrote no .cpuprofile');
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    return { functions: topSelfTime(profile, 15), places: selfTimeByPlace(profile, 12) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function submitBench(library: StoryLibrary, storiesDir: string, options: SubmitOptions, progress: (line: string) => void): Promise<SubmitBench> {
  const stories = library.ids().slice(0, 4);
  const bodies = attemptBodies(library, stories, [1, 2, 3]);
  const kinds: ('pglite' | 'postgres')[] = postgresUrl() ? ['pglite', 'postgres'] : ['pglite'];
  const targets: SubmitTarget[] = [];
  for (const kind of kinds) {
    progress(`starting the server on ${kind}`);
    const target = await openTarget(kind, resolve(storiesDir), options, [], progress);
    try {
      const rssIdle = sampleRss(target.server.pid).stop();
      const load: Load = { server: target.server, cookies: target.cookies, bodies, connections: options.connections, seconds: options.seconds };
      let firstRejection: string | null = null;
      const onRejection = (status: number, body: string): void => void (firstRejection ??= `${status} ${body.slice(0, 300)}`);
      progress(`warming up on ${kind}`);
      const warm = await loadRun({ ...load, seconds: Math.min(3, options.seconds) }, onRejection);
      const runs: SubmitRun[] = [];
      for (let i = 0; i < options.runs; i++) {
        progress(`submitting on ${kind}: run ${i + 1}/${options.runs}`);
        runs.push(await loadRun(load, onRejection));
      }
      progress(`counting what ${kind} stored`);
      const stored = await storedAttempts(target.server, target.cookies);
      const answered2xx = warm.accepted + runs.reduce((sum, r) => sum + r.accepted, 0);
      const missed = median(runs.map(perSecond)) < SUBMIT_GOAL_PER_SECOND;
      await target.close();
      const profile = missed && options.profile ? await profiledRun(kind, resolve(storiesDir), options, bodies, progress) : null;
      targets.push({ kind, runs, rssIdle, stored, answered2xx, firstRejection, profile });
    } finally {
      await target.close();
    }
  }
  return { options, payloads: bodies.length, stories, targets };
}

/**
 * What the server stored against the 2xx answers counted: a run ends with up to one request per
 * connection in flight, which the server still stores but autocannon no longer counts.
 */
export function storedCheck(t: Pick<SubmitTarget, 'stored' | 'answered2xx'>, inFlight: number): string {
  const extra = t.stored - t.answered2xx;
  if (extra === 0) return `equal (${t.stored})`;
  if (extra > 0 && extra <= inFlight) return `${t.stored} (2xx + ${extra} in flight at the ends)`;
  return `MISMATCH: ${t.stored} stored, ${t.answered2xx} answered 2xx`;
}

/** The section of the bench's report: a row per database, then the profile of a missed goal. */
export function renderSubmit(bench: SubmitBench, table: (head: readonly string[], rows: readonly (readonly string[])[]) => string): string {
  const mib = (bytes: number | null): string => (bytes === null ? '—' : (bytes / 2 ** 20).toFixed(0));
  const { options } = bench;
  const head = ['database', 'accepted / s', 'p50 ms', 'p95 ms', 'non-2xx', 'errors', 'RSS before load MiB', 'RSS peak MiB', 'stored vs 2xx', 'load average'];
  const rows = bench.targets.map((t) => {
    const rejected = t.runs.reduce((sum, r) => sum + [...r.rejected.values()].reduce((a, b) => a + b, 0), 0);
    const peaks = t.runs.map((r) => r.rssPeak).filter((p): p is number => p !== null);
    return [
      t.kind,
      summary(t.runs.map(perSecond), 0),
      summary(t.runs.map((r) => quantile(r.latencies, 0.5)), 1),
      summary(t.runs.map((r) => quantile(r.latencies, 0.95)), 1),
      String(rejected),
      String(t.runs.reduce((sum, r) => sum + r.errors, 0)),
      mib(t.rssIdle),
      peaks.length ? summary(peaks.map((p) => p / 2 ** 20), 0) : '—',
      storedCheck(t, options.connections * (t.runs.length + 1)),
      `${(t.runs[0]?.load[0] ?? 0).toFixed(1)} → ${(t.runs.at(-1)?.load[1] ?? 0).toFixed(1)}`,
    ];
  });
  const lines = [
    `The real server (\`src/server/server.ts\`, a process of its own) on a fresh database; autocannon in the bench process posts finished attempts over loopback: ${options.connections} connections, ${options.runs} runs of ${options.seconds} s after a 3 s warm-up, round-robin over ${options.trainees} trainees signed in through invites and ${bench.payloads} runs the scripted trainees played through ${bench.stories.map((s) => `\`${s}\``).join(', ')} (self-paced, so no assignment's attempt limit applies; the server's only rate limit is on failed sign-ins, which the bench never makes), each with a new id. The server replays every path through src/core to score it. Accepted = 2xx answers; non-2xx and connection errors are counted apart; "stored vs 2xx" compares what the trainees' \`GET /api/me/attempts\` lists afterwards with the 2xx answers (a run's end leaves up to one request per connection in flight: stored, not counted). RSS: the server process's VmRSS, sampled every 100 ms. Goal (issue 13): ≥ ${SUBMIT_GOAL_PER_SECOND} / s on 2 cores.`,
    '',
    table(head, rows),
  ];
  for (const t of bench.targets) {
    if (t.firstRejection) lines.push('', `First non-2xx answer on ${t.kind}: ${t.firstRejection}`);
    if (t.profile) {
      const rows = (list: readonly SelfTime[]): string[][] => list.map((p) => [p.where, p.ms.toFixed(0), `${(p.share * 100).toFixed(1)} %`]);
      lines.push('', `Goal missed on ${t.kind}: self time of the server process over its whole life (start, sign-ins, one more run of the same load) under \`node --cpu-prof\`, by package or folder, then by function (minified packages show line 1)`, '');
      lines.push(table(['package or folder', 'self ms', 'share'], rows(t.profile.places)), '', table(['function', 'self ms', 'share'], rows(t.profile.functions)));
    }
  }
  return lines.join('\n');
}
