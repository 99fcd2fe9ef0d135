import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { AssignmentAnswerSchema, MemberAddedSchema, TeamAnswerSchema, UserCreatedSchema } from '../../src/core/api';
import { createApp, type PitchlessApp } from '../../src/server/app';
import type { LrsConfig } from '../../src/server/config';
import type { AppDeps } from '../../src/server/context';
import { openDatabase, type Database, type DatabaseTarget } from '../../src/server/db/database';
import { setupLinkIfNeeded } from '../../src/server/setup';
import { storyArchive } from '../../src/server/story-archive';
import { storyLibrary } from '../../src/server/stories';
import { playWith } from '../../src/core/explore';
import { POLICIES, type PolicyName } from '../../src/core/policies';
import { freshPostgres as freshDatabase } from '../../tools/fresh-postgres';
import { buildStories, writeStoryBuild } from '../../tools/stories-build';
import { fixture, fixturePath } from '../stories/fixture';

/**
 * Server tests run in-process (`app.request`) against each database: embedded PGlite always,
 * and PostgreSQL when TEST_DATABASE_URL names a server where this role may create databases
 * (`.ci/run` sets it up). Each suite gets a database of its own.
 */

export const ORIGIN = 'http://localhost';
export const STORY_ID = 'tiny-deal';
export const story = fixture(STORY_ID);

/** A finished choice path through the fixture story, played by one of core's scripted trainees. */
export const pathOf = (policy: PolicyName, seed = 1): number[] => [...playWith(story, POLICIES[policy], seed).path];

let storiesDir: string | null = null;
/** The fixture library, built once per test file like `npm run stories:build` would. */
export function fixtureStories(): string {
  if (!storiesDir) {
    storiesDir = mkdtempSync(join(tmpdir(), 'pitchless-server-stories-'));
    writeStoryBuild(buildStories([fixturePath(STORY_ID)]), storiesDir);
  }
  return storiesDir;
}

export interface TestDatabase {
  readonly name: 'pglite' | 'postgres';
  /** A fresh, migrated database; `drop` removes it (PostgreSQL) after closing. */
  open(): Promise<{ target: DatabaseTarget; database: Database; drop(): Promise<void> }>;
}

const pgUrl = process.env.TEST_DATABASE_URL;

/** A new empty PostgreSQL database on the test server, for one suite. */
export const freshPostgres = () => freshDatabase(pgUrl as string);

export const DATABASES: TestDatabase[] = [
  {
    name: 'pglite',
    open: async () => {
      const target = { memory: true } as const;
      return { target, database: await openDatabase(target), drop: async () => {} };
    },
  },
  ...(pgUrl
    ? [
        {
          name: 'postgres' as const,
          open: async () => {
            const fresh = await freshPostgres();
            const target = { url: fresh.url };
            return { target, database: await openDatabase(target), drop: fresh.drop };
          },
        },
      ]
    : []),
];

export interface Reply {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
  /** The body as sent (text above is decoded, which drops a byte order mark). */
  readonly bytes: Uint8Array;
  readonly headers: Headers;
}

/** The answer, checked against its schema in src/core/api.ts (so the tests hold the server to the contract). */
export function read<S extends v.GenericSchema>(schema: S, reply: Pick<Reply, 'status' | 'body' | 'text'>): v.InferOutput<S> {
  const result = v.safeParse(schema, reply.body);
  if (!result.success) throw new Error(`answer ${reply.status} does not fit the contract (${v.summarize(result.issues)}): ${reply.text}`);
  return result.output;
}

/** A browser: keeps its session cookie, sends our Origin, and has an address of its own. */
export class Agent {
  cookie: string | null = null;
  constructor(
    private readonly app: PitchlessApp,
    readonly address: string,
    readonly origin: string | null = ORIGIN,
  ) {}

  async call(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Reply> {
    const headers: Record<string, string> = { 'x-forwarded-for': this.address };
    if (this.origin) headers.origin = this.origin;
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, extra);
    const res = await this.app.request(`${ORIGIN}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0] ?? '';
      this.cookie = /=$/.test(pair) || /Max-Age=0/i.test(set) ? null : pair;
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed, text, bytes, headers: res.headers };
  }
}

export interface TestServer {
  readonly app: PitchlessApp;
  readonly database: Database;
  readonly deps: AppDeps;
  /** Moves the server's clock (session expiry, due dates, rate-limit windows). */
  advance(ms: number): void;
  agent(address?: string): Agent;
  close(): Promise<void>;
}

let addresses = 0;

export async function startTestServer(db: TestDatabase, options: { distDir?: string; storiesDir?: string; lrs?: LrsConfig } = {}): Promise<TestServer> {
  const { database, drop } = await db.open();
  let offset = 0;
  const stories = storyLibrary(options.storiesDir ?? fixtureStories());
  const deps: AppDeps = {
    db: database.db,
    kind: database.kind,
    stories,
    archive: storyArchive(database.db, stories),
    distDir: options.distDir ?? null,
    publicOrigin: null,
    trustProxy: true,
    lrs: options.lrs ?? null,
    now: () => new Date(Date.now() + offset),
    remoteAddress: () => 'unknown',
  };
  const app = createApp(deps);
  return {
    app,
    database,
    deps,
    advance: (ms) => {
      offset += ms;
    },
    agent: (address = `10.0.${Math.floor(++addresses / 250)}.${addresses % 250}`) => new Agent(app, address),
    close: async () => {
      await database.close();
      await drop();
    },
  };
}

export const tokenOf = (url: string): string => url.split(/[/=]/).pop() as string;

export const PASSWORD = 'correct horse battery';

/** A world to test in: an admin, and per team a manager, trainees and an assignment of the fixture story. */
export async function seedWorld(server: TestServer) {
  const admin = server.agent();
  const setup = await setupLinkIfNeeded(server.database.db, ORIGIN, server.deps.now());
  const made = await admin.call('POST', '/api/setup', { token: tokenOf(setup as string), name: 'Ada Admin', email: 'admin@example.com', password: PASSWORD });
  if (made.status !== 201) throw new Error(`setup failed: ${made.text}`);

  const accept = async (inviteUrl: string): Promise<Agent> => {
    const agent = server.agent();
    const res = await agent.call('POST', `/api/tokens/${tokenOf(inviteUrl)}`, { password: PASSWORD });
    if (res.status !== 200) throw new Error(`invite failed: ${res.text}`);
    return agent;
  };

  const team = async (label: string) => {
    const created = read(UserCreatedSchema, await admin.call('POST', '/api/users', { name: `Manager ${label}`, email: `manager-${label}@example.com`, role: 'manager' }));
    const manager = await accept(created.inviteUrl);
    const teamId = read(TeamAnswerSchema, await manager.call('POST', '/api/teams', { name: `Team ${label}` })).team.id;
    const people = [];
    for (const n of [1, 2]) {
      const email = `trainee-${label}${n}@example.com`;
      const m = read(MemberAddedSchema, await manager.call('POST', `/api/teams/${teamId}/members`, { name: `Trainee ${label}${n}`, email }));
      people.push({ id: m.member.id, agent: await accept(m.inviteUrl), email });
    }
    const a = await manager.call('POST', '/api/assignments', {
      teamId,
      storyIds: [STORY_ID],
      dueAt: '2099-12-31',
      passMark: 50,
      mode: 'assessment',
      attemptsAllowed: 5,
      counting: 'best',
    });
    const assignmentId = read(AssignmentAnswerSchema, a).assignment.id;
    return { label, manager, managerId: created.user.id, managerEmail: `manager-${label}@example.com`, teamId, teamName: `Team ${label}`, trainees: people, assignmentId };
  };

  return { admin, a: await team('a'), b: await team('b'), accept };
}

let attemptSeq = 0;
/** An attempt's payload as the browser sends it. */
export function submission(overrides: Record<string, unknown> = {}) {
  attemptSeq += 1;
  return {
    id: crypto.randomUUID(),
    storyId: STORY_ID,
    version: story.header.version,
    seed: 1,
    path: pathOf('expert'),
    mode: 'assessment',
    assignmentId: null,
    replayedFrom: null,
    startedAt: new Date(Date.UTC(2026, 11, 1, 10, 0, attemptSeq)).toISOString(),
    finishedAt: new Date(Date.UTC(2026, 11, 1, 10, 5, attemptSeq)).toISOString(),
    ...overrides,
  };
}
