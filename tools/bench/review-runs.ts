import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, desc, sql, type SQLWrapper } from 'drizzle-orm';
import { createApp } from '../../src/server/app';
import { newToken, tokenHash } from '../../src/server/auth/secrets';
import { openDatabase, type Database } from '../../src/server/db/database';
import { attempts, sessions } from '../../src/server/db/schema';
import { inTeamScope, storedAttemptsQuery, teamAssignments, teamAssignmentsQuery, teamTraineesQuery } from '../../src/server/review-data';
import { storyArchive } from '../../src/server/story-archive';
import type { StoryLibrary } from '../../src/server/stories';
import { storyVersionsQuery, trapRunsQuery } from '../../src/server/trap-map';
import { freshPostgres } from '../fresh-postgres';
import { seedCompany, type SeedOptions, type SeedSummary } from '../seed-data';
import { quantile } from './stats';

/**
 * The manager's review on a seeded company (`npm run bench`): one company generated once and
 * written to a fresh PGlite and, with BENCH_DATABASE_URL or TEST_DATABASE_URL, a fresh
 * PostgreSQL database; then the overview, heat map and trap map of the first team, requested
 * in-process with its manager's session, timed; and EXPLAIN ANALYZE of the queries behind them.
 */

export interface RouteTiming {
  readonly route: string;
  /** The first request: nothing cached (the trap map replays every run). */
  readonly first: number;
  readonly p50: number;
  readonly p95: number;
  /** This process's CPU time per request (PGlite's work included, a PostgreSQL server's not): what a busy machine does not inflate. */
  readonly cpuP50: number;
  readonly cpuP95: number;
  readonly requests: number;
}

export interface ReviewRun {
  readonly kind: 'pglite' | 'postgres';
  readonly timings: readonly RouteTiming[];
  /** The machine's 1-minute load average when the timing started and ended (2 cores: above 2, requests wait for a core). */
  readonly load: readonly [number, number];
  readonly plans: readonly { readonly query: string; readonly plan: string }[];
}

export interface ReviewBench {
  readonly seeded: SeedSummary;
  readonly seedSeconds: number;
  readonly teamSize: number;
  readonly trapStory: string;
  readonly runs: readonly ReviewRun[];
}

interface Target {
  readonly database: Database;
  close(): Promise<void>;
}

async function targets(): Promise<Target[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pitchless-bench-'));
  const pglite = await openDatabase({ dataDir: dir });
  const list: Target[] = [{ database: pglite, close: async () => (await pglite.close(), rmSync(dir, { recursive: true, force: true })) }];
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) {
    const fresh = await freshPostgres(url, 'pitchless_bench');
    const database = await openDatabase({ url: fresh.url });
    list.push({ database, close: async () => (await database.close(), await fresh.drop()) });
  }
  return list;
}

const planOf = async (database: Database, query: SQLWrapper): Promise<string> => {
  const result = (await database.db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)) as unknown as { rows: Record<string, string>[] };
  // The team's ids make the plans unreadable: keep how many there were.
  return result.rows
    .map((r) => String(Object.values(r)[0]).replace(/'\{([0-9a-f-]{36},?)+\}'/g, (ids) => `'{${ids.split(',').length} ids}'`))
    .join('\n');
};

async function measure(database: Database, library: StoryLibrary, seeded: SeedSummary, trapStory: string, requests: number): Promise<ReviewRun> {
  const { db } = database;
  const app = createApp({
    db,
    kind: database.kind,
    stories: library,
    archive: storyArchive(db, library),
    distDir: null,
    publicOrigin: null,
    trustProxy: false,
    lrs: null,
    now: () => new Date(),
    remoteAddress: () => '127.0.0.1',
  });
  const token = newToken();
  await db.insert(sessions).values({ tokenHash: tokenHash(token), userId: seeded.firstTeam.managerId, expiresAt: new Date(Date.now() + 86_400_000) });
  const teamId = seeded.firstTeam.id;
  const routes = [
    ['overview', `/api/teams/${teamId}/overview`],
    ['heat map', `/api/teams/${teamId}/heatmap`],
    ['trap map', `/api/teams/${teamId}/trap-map?story=${trapStory}`],
  ] as const;
  const timings: RouteTiming[] = [];
  const loadAtStart = loadavg()[0] ?? 0;
  for (const [route, path] of routes) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i <= requests; i++) {
      const started = performance.now();
      const cpuAtStart = process.cpuUsage();
      const res = await app.request(`http://localhost${path}`, { headers: { cookie: `pitchless_session=${token}` } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      const used = process.cpuUsage(cpuAtStart);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
    const [first, ...rest] = times;
    const warm = cpu.slice(1);
    timings.push({ route, first: first ?? Number.NaN, p50: quantile(rest, 0.5), p95: quantile(rest, 0.95), cpuP50: quantile(warm, 0.5), cpuP95: quantile(warm, 0.95), requests: rest.length });
  }
  const load = [loadAtStart, loadavg()[0] ?? 0] as const;

  const trainees = (await teamTraineesQuery(db, teamId)).map((t) => t.id);
  const assigned = (await teamAssignments(db, teamId)).map((a) => a.id);
  const [newest] = await storyVersionsQuery(db, trainees, assigned, trapStory);
  const plans = [
    { query: 'team trainees', plan: await planOf(database, teamTraineesQuery(db, teamId)) },
    { query: 'team assignments', plan: await planOf(database, teamAssignmentsQuery(db, teamId)) },
    { query: 'team attempts (overview, heat map)', plan: await planOf(database, storedAttemptsQuery(db, trainees, assigned)) },
    { query: 'versions played (trap map)', plan: await planOf(database, storyVersionsQuery(db, trainees, assigned, trapStory)) },
    { query: 'runs of one version (trap map)', plan: await planOf(database, trapRunsQuery(db, trainees, assigned, trapStory, newest?.version ?? 0)) },
  ];
  return { kind: database.kind, timings, load, plans };
}

/** The scenario the first team played most: its trap map has the most runs to replay. */
async function busiestStory(database: Database, seeded: SeedSummary): Promise<string> {
  const { db } = database;
  const trainees = (await teamTraineesQuery(db, seeded.firstTeam.id)).map((t) => t.id);
  const assigned = (await teamAssignments(db, seeded.firstTeam.id)).map((a) => a.id);
  const [top] = await db
    .select({ storyId: attempts.storyId, n: count() })
    .from(attempts)
    .where(inTeamScope(trainees, assigned))
    .groupBy(attempts.storyId)
    .orderBy(desc(count()));
  if (!top) throw new Error('the seeded team has no attempts');
  return top.storyId;
}

export async function reviewBench(library: StoryLibrary, options: SeedOptions & { readonly requests: number }, progress: (line: string) => void): Promise<ReviewBench> {
  const opened = await targets();
  try {
    const started = performance.now();
    const seeded = await seedCompany(opened.map((t) => t.database.db), library, options, progress);
    const seedSeconds = (performance.now() - started) / 1000;
    const first = opened[0] as Target;
    const trapStory = await busiestStory(first.database, seeded);
    const runs: ReviewRun[] = [];
    for (const target of opened) {
      progress(`timing the review on ${target.database.kind}`);
      runs.push(await measure(target.database, library, seeded, trapStory, options.requests));
    }
    return { seeded, seedSeconds, teamSize: options.teamSize, trapStory, runs };
  } finally {
    for (const target of opened) await target.close();
  }
}

/** The section of the bench's report: timings per database, then the plans. */
export function renderReview(bench: ReviewBench, table: (head: readonly string[], rows: readonly (readonly string[])[]) => string, code: (text: string) => string): string {
  const { seeded } = bench;
  const ms = (x: number): string => x.toFixed(1);
  const head = ['database', 'route', 'first request ms', 'p50 ms', 'p95 ms', 'CPU p50 ms', 'CPU p95 ms', 'requests', 'load average'];
  const rows = bench.runs.flatMap((run) =>
    run.timings.map((t) => [run.kind, t.route, ms(t.first), ms(t.p50), ms(t.p95), ms(t.cpuP50), ms(t.cpuP95), String(t.requests), run.load.map((l) => l.toFixed(1)).join(' → ')]),
  );
  return [
    `Seeded ${seeded.trainees} trainees × ${seeded.attempts / Math.max(1, seeded.trainees)} attempts (${seeded.attempts} attempts, ${seeded.teams} teams of up to ${bench.teamSize}, ${seeded.assignments} assignments) in ${bench.seedSeconds.toFixed(0)} s, written to ${bench.runs.map((r) => r.kind).join(' and ')}. Timed in-process (app.request) with the first team's manager signed in; the trap map is of \`${bench.trapStory}\`, the scenario that team played most. The first request replays every run (nothing cached yet); p50/p95 are over the requests after it, in wall time and in this process's CPU time (a machine busy with other work inflates the first, hardly the second). Goal (issue 10): p95 ≤ 50 ms.`,
    '',
    table(head, rows),
    ...bench.runs.flatMap((run) => run.plans.flatMap((p) => ['', `EXPLAIN ANALYZE on ${run.kind}: ${p.query}`, code(p.plan)])),
  ].join('\n');
}
