import { count } from 'drizzle-orm';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AssignmentCreateSchema,
  AttemptAnswerSchema,
  AttemptReviewQuerySchema,
  AttemptSubmissionSchema,
  CommentAnswerSchema,
  CommentCreateSchema,
  CommentEditSchema,
  CsvImportSchema,
  LoginRequestSchema,
  MemberCreateSchema,
  ReviewFilterSchema,
  SetupRequestSchema,
  TeamCreateSchema,
  TokenAcceptSchema,
  TrapMapQuerySchema,
  UserCreateSchema,
} from '../../src/core/api';
import * as schema from '../../src/server/db/schema';
import { rescoreRun } from '../../src/core/review';
import { DATABASES, pathOf, read, story, seedWorld, startTestServer, submission, type Agent, type Reply, type TestServer } from './harness';

/**
 * Bad payloads, generated: whatever a client sends that its schema rejects gets a 4xx with a
 * message, never a 500, and nothing is stored. Valid-looking attempts with random paths, seeds
 * and versions are scored or refused, never crash.
 */

const RUNS = 40;
const TABLES = [schema.users, schema.teams, schema.teamMembers, schema.links, schema.assignments, schema.assignees, schema.attempts, schema.sessions, schema.comments, schema.certificates];

/** A valid payload with one field replaced by anything, or removed; or any JSON at all. */
function invalid<S extends v.GenericSchema>(s: S, valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  const mutated = fc.record({ key: fc.constantFrom(...keys), value: fc.option(fc.jsonValue(), { nil: undefined }) }).map(({ key, value }) => {
    const copy: Record<string, unknown> = { ...valid };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  });
  return fc.oneof(mutated, fc.jsonValue()).filter((x) => !v.is(s, x));
}

function expectRefused(reply: Reply): void {
  expect(reply.status, reply.text).toBeGreaterThanOrEqual(400);
  expect(reply.status, reply.text).toBeLessThan(500);
  const body = reply.body as { error?: unknown; message?: unknown };
  expect(typeof body.error).toBe('string');
  expect(typeof body.message === 'string' && body.message.length > 5).toBe(true);
}

describe.each(DATABASES)('bad payloads on $name', (database) => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof seedWorld>>;
  /** An attempt of trainee a1 and a comment on it by their manager, for the comment routes. */
  let attemptId: string;
  let commentId: string;

  const rowCounts = async (): Promise<number[]> =>
    Promise.all(TABLES.map(async (t) => (await server.database.db.select({ n: count() }).from(t))[0]?.n ?? 0));

  beforeAll(async () => {
    server = await startTestServer(database);
    world = await seedWorld(server);
    attemptId = read(AttemptAnswerSchema, await world.a.trainees[0]!.agent.call('POST', '/api/attempts', submission())).attempt.id;
    commentId = read(CommentAnswerSchema, await world.a.manager.call('POST', `/api/attempts/${attemptId}/comments`, { step: 0, body: 'Noted.' })).comment.id;
  }, 120_000);
  afterAll(async () => server?.close());

  const routes = () => {
    const { a } = world;
    const admin = world.admin;
    const trainee = a.trainees[0]?.agent as Agent;
    return [
      { path: '/api/setup', schema: SetupRequestSchema, agent: server.agent(), valid: { token: 'x'.repeat(43), name: 'A', email: 'a@example.com', password: 'long enough pw' } },
      { path: '/api/auth/login', schema: LoginRequestSchema, agent: server.agent(), valid: { email: 'a@example.com', password: 'pw' } },
      { path: `/api/tokens/${'y'.repeat(43)}`, schema: TokenAcceptSchema, agent: server.agent(), valid: { password: 'long enough pw' } },
      { path: '/api/teams', schema: TeamCreateSchema, agent: admin, valid: { name: 'T' } },
      { path: `/api/teams/${a.teamId}/members`, schema: MemberCreateSchema, agent: admin, valid: { name: 'N', email: 'n@example.com' } },
      { path: `/api/teams/${a.teamId}/members/csv`, schema: CsvImportSchema, agent: admin, valid: { csv: 'name,email\n' } },
      { path: '/api/users', schema: UserCreateSchema, agent: admin, valid: { name: 'N', email: 'm@example.com', role: 'manager' } },
      {
        path: '/api/assignments',
        schema: AssignmentCreateSchema,
        agent: admin,
        valid: { teamId: a.teamId, storyIds: ['tiny-deal'], dueAt: '2099-01-01', passMark: 70, mode: 'coach', attemptsAllowed: 3, counting: 'best' },
      },
      { path: '/api/attempts', schema: AttemptSubmissionSchema, agent: trainee, valid: submission() },
      { path: `/api/attempts/${attemptId}/comments`, schema: CommentCreateSchema, agent: a.manager, valid: { step: 0, body: 'A word' } },
      { path: `/api/comments/${commentId}`, method: 'PATCH', schema: CommentEditSchema, agent: a.manager, valid: { body: 'Another word' } },
    ];
  };

  it('refuses every payload its schema rejects with a 4xx and a message, storing nothing', async () => {
    for (const route of routes()) {
      const before = await rowCounts();
      await fc.assert(
        fc.asyncProperty(invalid(route.schema, route.valid), async (payload) => {
          expectRefused(await route.agent.call(route.method ?? 'POST', route.path, payload));
        }),
        { numRuns: RUNS },
      );
      expect(await rowCounts(), route.path).toEqual(before);
    }
  }, 300_000);

  it('refuses every review query string its schema rejects with a 400 and a message', async () => {
    const { a } = world;
    const queries = [
      { path: `/api/teams/${a.teamId}/overview`, schema: ReviewFilterSchema, keys: ['assignment', 'story', 'phase', 'segment', 'from', 'to'] },
      { path: `/api/teams/${a.teamId}/trap-map`, schema: TrapMapQuerySchema, keys: ['story', 'version', 'assignment', 'locale'] },
      { path: `/api/attempts/${attemptId}/review`, schema: AttemptReviewQuerySchema, keys: ['locale'] },
    ];
    for (const q of queries) {
      const params = fc
        .dictionary(fc.constantFrom(...q.keys), fc.oneof(fc.string(), fc.constantFrom('1', '2', '2026-01-01', 'tiny-deal', 'zh-CN', a.assignmentId)))
        .filter((x) => !v.is(q.schema, x));
      await fc.assert(
        fc.asyncProperty(params, async (x) => {
          const reply = await a.manager.call('GET', `${q.path}?${new URLSearchParams(x)}`);
          expectRefused(reply);
          expect(reply.status, q.path).toBe(400);
        }),
        { numRuns: RUNS },
      );
    }
  }, 300_000);

  it('refuses bodies that are not JSON', async () => {
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(
        fc.string().filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
        async (text) => {
          const reply = await world.a.trainees[0]!.agent.call('POST', '/api/attempts', text);
          expectRefused(reply);
          expect((reply.body as { error: string }).error).toBe('malformed');
        },
      ),
      { numRuns: RUNS },
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('scores or refuses any well-formed attempt, never crashing, and stores only what it scored', async () => {
    // Outside any assignment: the attempt limit never interferes.
    const trainee = world.a.trainees[1]?.agent as Agent;
    const expert = pathOf('expert');
    const attempt = fc.record({
      path: fc.oneof(fc.constant(expert), fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 12 })),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      version: fc.integer({ min: 0, max: 3 }),
      storyId: fc.constantFrom('tiny-deal', 'unknown-story', 'x'),
      score: fc.integer(),
    });
    await fc.assert(
      fc.asyncProperty(attempt, async (overrides) => {
        const before = (await rowCounts())[6];
        const reply = await trainee.call('POST', '/api/attempts', submission(overrides));
        const after = (await rowCounts())[6];
        if (reply.status === 201) {
          expect(after).toBe((before ?? 0) + 1);
          const truth = rescoreRun(story, overrides, 50);
          expect((reply.body as { attempt: { score: number } }).attempt.score).toBe(truth.ok ? truth.score.overall : 'not scorable');
        } else {
          expectRefused(reply);
          expect(after).toBe(before);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
