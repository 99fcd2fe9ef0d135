import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttemptAnswerSchema, CertificatesAnswerSchema, CommentAnswerSchema, MemberAddedSchema } from '../../src/core/api';
import { DATABASES, PASSWORD, read, seedWorld, startTestServer, submission, tokenOf, type Agent, type Reply, type TestServer } from './harness';

/**
 * Every route × every role (anonymous, trainee, manager, admin) × own / other team: each cell
 * asserts the exact status, that an error is exactly `{ error, message }`, and that nothing of
 * what the role may not see (the other team, a teammate's attempts, any hash) is in the body.
 */

const ROLES = ['anonymous', 'trainee', 'manager', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Scope = 'own' | 'other';
/** A status for every role; a pair is [own team, other team]. */
type Expect = Readonly<Record<Role, number | readonly [number, number]>>;

interface Cell {
  readonly role: Role;
  readonly scope: Scope | null;
  readonly agent: Agent;
  /** A session of its own, for cells that end theirs. */
  fresh(): Promise<Agent>;
}

type World = Awaited<ReturnType<typeof seedWorld>> & {
  attempts: { a1: string; a2: string; b1: string };
  /** Pinned by team a's manager to a1, by team b's to b1. */
  comments: { a1: string; b1: string };
  /** Trainee a1's certificate (their expert run passed the assessment). */
  certificate: string;
};

interface Route {
  readonly name: string;
  readonly expect: Expect;
  /** Ids the answer shows to anyone by design (a certificate's public page). */
  readonly shows?: (w: World) => readonly string[];
  call(cell: Cell, world: World, server: TestServer): Promise<Reply>;
}

const emailOf = (role: Role): string => (role === 'trainee' ? 'trainee-a1@example.com' : role === 'manager' ? 'manager-a@example.com' : 'admin@example.com');

let unique = 0;
const next = (): number => ++unique;
const team = (w: World, s: Scope | null) => (s === 'other' ? w.b : w.a);
const attemptOf = (w: World, s: Scope | null) => (s === 'other' ? w.attempts.b1 : w.attempts.a1);
/** A self-paced attempt of the team's first trainee, made for a cell that deletes it. */
const freshAttempt = async (w: World, s: Scope | null): Promise<string> =>
  read(AttemptAnswerSchema, await (team(w, s).trainees[0] as { agent: Agent }).agent.call('POST', '/api/attempts', submission())).attempt.id;
/** A comment by the team's manager, made for a cell that deletes it. */
const freshComment = async (w: World, s: Scope | null): Promise<string> =>
  read(CommentAnswerSchema, await team(w, s).manager.call('POST', `/api/attempts/${attemptOf(w, s)}/comments`, { step: 0, body: `Fresh ${next()}` })).comment.id;
const MANAGER_ONLY = { anonymous: 401, trainee: 403, manager: [200, 404], admin: [200, 200] } as const;

const ROUTES: Route[] = [
  { name: 'GET /api/health', expect: { anonymous: 200, trainee: 200, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/health') },
  { name: 'GET /api/setup', expect: { anonymous: 200, trainee: 200, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/setup') },
  {
    name: 'POST /api/setup (admin exists)',
    expect: { anonymous: 409, trainee: 409, manager: 409, admin: 409 },
    call: ({ agent }) => agent.call('POST', '/api/setup', { token: 'x'.repeat(43), name: 'Mallory', email: `mallory${next()}@example.com`, password: PASSWORD }),
  },
  {
    name: 'POST /api/auth/login (wrong password)',
    expect: { anonymous: 401, trainee: 401, manager: 401, admin: 401 },
    call: ({ agent }) => agent.call('POST', '/api/auth/login', { email: 'trainee-a2@example.com', password: `wrong password ${next()}` }),
  },
  {
    name: 'POST /api/auth/login (right password)',
    expect: { anonymous: 200, trainee: 200, manager: 200, admin: 200 },
    call: async ({ fresh, role }) => (await fresh()).call('POST', '/api/auth/login', { email: emailOf(role === 'anonymous' ? 'trainee' : role), password: PASSWORD }),
  },
  {
    name: 'POST /api/auth/logout',
    expect: { anonymous: 401, trainee: 204, manager: 204, admin: 204 },
    call: async ({ fresh }) => (await fresh()).call('POST', '/api/auth/logout'),
  },
  { name: 'GET /api/auth/me', expect: { anonymous: 200, trainee: 200, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/auth/me') },
  {
    name: 'GET /api/tokens/:token',
    expect: { anonymous: 200, trainee: 200, manager: 200, admin: 200 },
    call: async ({ agent }, w) => {
      const added = read(MemberAddedSchema, await w.a.manager.call('POST', `/api/teams/${w.a.teamId}/members`, { name: 'Invitee', email: `invitee${next()}@example.com` }));
      return agent.call('GET', `/api/tokens/${tokenOf(added.inviteUrl)}`);
    },
  },
  {
    name: 'POST /api/tokens/:token',
    expect: { anonymous: 200, trainee: 200, manager: 200, admin: 200 },
    call: async ({ fresh }, w) => {
      const added = read(MemberAddedSchema, await w.a.manager.call('POST', `/api/teams/${w.a.teamId}/members`, { name: 'Invitee', email: `invitee${next()}@example.com` }));
      return (await fresh()).call('POST', `/api/tokens/${tokenOf(added.inviteUrl)}`, { password: PASSWORD });
    },
  },
  { name: 'GET /api/teams', expect: { anonymous: 401, trainee: 403, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/teams') },
  { name: 'POST /api/teams', expect: { anonymous: 401, trainee: 403, manager: 201, admin: 201 }, call: ({ agent }) => agent.call('POST', '/api/teams', { name: `New team ${next()}` }) },
  {
    name: 'GET /api/teams/:teamId',
    expect: { anonymous: 401, trainee: 403, manager: [200, 404], admin: [200, 200] },
    call: ({ agent, scope }, w) => agent.call('GET', `/api/teams/${team(w, scope).teamId}`),
  },
  {
    name: 'POST /api/teams/:teamId/members',
    expect: { anonymous: 401, trainee: 403, manager: [201, 404], admin: [201, 201] },
    call: ({ agent, scope }, w) => agent.call('POST', `/api/teams/${team(w, scope).teamId}/members`, { name: 'Someone', email: `someone${next()}@example.com` }),
  },
  {
    name: 'POST /api/teams/:teamId/members/csv',
    expect: { anonymous: 401, trainee: 403, manager: [201, 404], admin: [201, 201] },
    call: ({ agent, scope }, w) => agent.call('POST', `/api/teams/${team(w, scope).teamId}/members/csv`, { csv: `name,email\nCsv Person,csv${next()}@example.com\n` }),
  },
  {
    name: 'GET /api/teams/:teamId/assignments',
    expect: { anonymous: 401, trainee: 403, manager: [200, 404], admin: [200, 200] },
    call: ({ agent, scope }, w) => agent.call('GET', `/api/teams/${team(w, scope).teamId}/assignments`),
  },
  {
    name: 'POST /api/assignments',
    expect: { anonymous: 401, trainee: 403, manager: [201, 404], admin: [201, 201] },
    call: ({ agent, scope }, w) =>
      agent.call('POST', '/api/assignments', { teamId: team(w, scope).teamId, storyIds: ['tiny-deal'], dueAt: '2099-06-30', passMark: 70, mode: 'coach', attemptsAllowed: null, counting: 'last' }),
  },
  {
    name: 'GET /api/assignments/:id',
    expect: { anonymous: 401, trainee: [200, 404], manager: [200, 404], admin: [200, 200] },
    call: ({ agent, scope }, w) => agent.call('GET', `/api/assignments/${team(w, scope).assignmentId}`),
  },
  {
    name: 'POST /api/users/:userId/reset-link',
    expect: { anonymous: 401, trainee: 403, manager: [200, 404], admin: [200, 200] },
    call: ({ agent, scope }, w) => agent.call('POST', `/api/users/${team(w, scope).trainees[0]?.id}/reset-link`),
  },
  {
    name: 'POST /api/users',
    expect: { anonymous: 401, trainee: 403, manager: 403, admin: 201 },
    call: ({ agent }) => agent.call('POST', '/api/users', { name: 'Another Manager', email: `mgr${next()}@example.com`, role: 'manager' }),
  },
  { name: 'GET /api/me/assignments', expect: { anonymous: 401, trainee: 200, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/me/assignments') },
  {
    name: 'POST /api/attempts',
    expect: { anonymous: 401, trainee: [201, 403], manager: [403, 403], admin: [403, 403] },
    call: ({ agent, scope }, w) => agent.call('POST', '/api/attempts', submission({ assignmentId: team(w, scope).assignmentId })),
  },
  {
    name: 'GET /api/attempts/:id',
    expect: { anonymous: 401, trainee: [200, 404], manager: [200, 404], admin: [200, 200] },
    call: ({ agent, scope }, w) => agent.call('GET', `/api/attempts/${scope === 'other' ? w.attempts.b1 : w.attempts.a1}`),
  },
  {
    name: "GET /api/attempts/:id (a teammate's)",
    expect: { anonymous: 401, trainee: 404, manager: 200, admin: 200 },
    call: ({ agent }, w) => agent.call('GET', `/api/attempts/${w.attempts.a2}`),
  },
  { name: 'GET /api/me/attempts', expect: { anonymous: 401, trainee: 200, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/me/attempts') },
  { name: 'GET /api/teams/:teamId/overview', expect: MANAGER_ONLY, call: ({ agent, scope }, w) => agent.call('GET', `/api/teams/${team(w, scope).teamId}/overview`) },
  { name: 'GET /api/teams/:teamId/heatmap', expect: MANAGER_ONLY, call: ({ agent, scope }, w) => agent.call('GET', `/api/teams/${team(w, scope).teamId}/heatmap`) },
  {
    name: 'GET /api/teams/:teamId/trap-map',
    expect: MANAGER_ONLY,
    call: ({ agent, scope }, w) => agent.call('GET', `/api/teams/${team(w, scope).teamId}/trap-map?story=tiny-deal`),
  },
  {
    name: 'GET /api/teams/:teamId/export/attempts.csv',
    expect: MANAGER_ONLY,
    call: ({ agent, scope }, w) => agent.call('GET', `/api/teams/${team(w, scope).teamId}/export/attempts.csv`),
  },
  {
    name: 'GET /api/teams/:teamId/export/grades.csv',
    expect: MANAGER_ONLY,
    call: ({ agent, scope }, w) => agent.call('GET', `/api/teams/${team(w, scope).teamId}/export/grades.csv`),
  },
  {
    name: 'GET /api/attempts/:id/review',
    expect: { anonymous: 401, trainee: [200, 404], manager: [200, 404], admin: [200, 200] },
    call: ({ agent, scope }, w) => agent.call('GET', `/api/attempts/${attemptOf(w, scope)}/review`),
  },
  {
    name: "GET /api/attempts/:id/review (a teammate's)",
    expect: { anonymous: 401, trainee: 404, manager: 200, admin: 200 },
    call: ({ agent }, w) => agent.call('GET', `/api/attempts/${w.attempts.a2}/review?locale=zh-CN`),
  },
  {
    name: 'DELETE /api/attempts/:id',
    expect: { anonymous: 401, trainee: 403, manager: [204, 404], admin: [204, 204] },
    call: async ({ agent, scope }, w) => agent.call('DELETE', `/api/attempts/${await freshAttempt(w, scope)}`),
  },
  {
    name: 'POST /api/attempts/:id/comments',
    expect: { anonymous: 401, trainee: 403, manager: [201, 404], admin: [201, 201] },
    call: ({ agent, scope }, w) => agent.call('POST', `/api/attempts/${attemptOf(w, scope)}/comments`, { step: 1, body: `A word ${next()}` }),
  },
  {
    name: 'PATCH /api/comments/:id',
    expect: { anonymous: 401, trainee: [404, 404], manager: [200, 404], admin: [404, 404] },
    call: ({ agent, scope }, w) => agent.call('PATCH', `/api/comments/${scope === 'other' ? w.comments.b1 : w.comments.a1}`, { body: `Edited ${next()}` }),
  },
  {
    name: 'DELETE /api/comments/:id',
    expect: { anonymous: 401, trainee: [404, 404], manager: [204, 404], admin: [404, 404] },
    call: async ({ agent, scope }, w) => agent.call('DELETE', `/api/comments/${await freshComment(w, scope)}`),
  },
  { name: 'GET /api/me/comments', expect: { anonymous: 401, trainee: 200, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/me/comments') },
  {
    name: 'GET /api/people/:userId/attempts',
    expect: MANAGER_ONLY,
    call: ({ agent, scope }, w) => agent.call('GET', `/api/people/${team(w, scope).trainees[0]?.id}/attempts`),
  },
  { name: 'GET /api/me/certificates', expect: { anonymous: 401, trainee: 200, manager: 200, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/me/certificates') },
  {
    name: 'GET /api/certificates/:code',
    expect: { anonymous: 200, trainee: 200, manager: 200, admin: 200 },
    shows: (w) => [w.a.assignmentId, w.attempts.a1],
    call: ({ agent }, w) => agent.call('GET', `/api/certificates/${w.certificate}`),
  },
  { name: 'GET /api/admin/lrs', expect: { anonymous: 401, trainee: 403, manager: 403, admin: 200 }, call: ({ agent }) => agent.call('GET', '/api/admin/lrs') },
  { name: 'POST /api/admin/lrs/retry', expect: { anonymous: 401, trainee: 403, manager: 403, admin: 200 }, call: ({ agent }) => agent.call('POST', '/api/admin/lrs/retry') },
];

interface Case {
  readonly route: Route;
  readonly role: Role;
  readonly scope: Scope | null;
  readonly status: number;
}

const cells: Case[] = ROUTES.flatMap((route) =>
  ROLES.flatMap((role): Case[] => {
    const expected = route.expect[role];
    return typeof expected === 'number'
      ? [{ route, role, scope: null, status: expected }]
      : (['own', 'other'] as const).map((scope, i) => ({ route, role, scope, status: expected[i] as number }));
  }),
);

describe.each(DATABASES)('access matrix on $name', (database) => {
  let server: TestServer;
  let world: World;
  let secrets: Record<Role, string[]>;

  beforeAll(async () => {
    server = await startTestServer(database);
    const seeded = await seedWorld(server);
    const attempt = async (agent: Agent, assignmentId: string) => read(AttemptAnswerSchema, await agent.call('POST', '/api/attempts', submission({ assignmentId }))).attempt.id;
    const [a1, a2, b1] = seeded.a.trainees.concat(seeded.b.trainees.slice(0, 1)).map((t) => t.agent);
    const attempts = {
      a1: await attempt(a1 as Agent, seeded.a.assignmentId),
      a2: await attempt(a2 as Agent, seeded.a.assignmentId),
      b1: await attempt(b1 as Agent, seeded.b.assignmentId),
    };
    const comment = async (manager: Agent, attemptId: string, text: string) =>
      read(CommentAnswerSchema, await manager.call('POST', `/api/attempts/${attemptId}/comments`, { step: 0, body: text })).comment.id;
    const comments = { a1: await comment(seeded.a.manager, attempts.a1, 'Good opening.'), b1: await comment(seeded.b.manager, attempts.b1, 'Team b only note') };
    await comment(seeded.a.manager, attempts.a2, 'For the teammate only');
    const [certificate] = read(CertificatesAnswerSchema, await (a1 as Agent).call('GET', '/api/me/certificates')).certificates;
    world = { ...seeded, attempts, comments, certificate: certificate?.code as string };
    const { a, b } = world;
    const otherTeam = [b.teamId, b.teamName, b.managerId, b.managerEmail, b.assignmentId, world.attempts.b1, 'Team b only note', ...b.trainees.flatMap((t) => [t.id, t.email])];
    const teammate = [a.trainees[1]?.id as string, a.trainees[1]?.email as string, world.attempts.a2, 'For the teammate only'];
    secrets = { anonymous: [...otherTeam, ...teammate, a.teamId, a.assignmentId, world.attempts.a1], trainee: [...otherTeam, ...teammate], manager: otherTeam, admin: [] };
  }, 180_000);
  afterAll(async () => server?.close());

  const agentOf = (role: Role): Agent =>
    role === 'anonymous' ? server.agent() : role === 'trainee' ? (world.a.trainees[0]?.agent as Agent) : role === 'manager' ? world.a.manager : world.admin;

  it.each(cells)('$route.name × $role × $scope → $status', async ({ route, role, scope, status }: Case) => {
    const fresh = async (): Promise<Agent> => {
      const agent = server.agent();
      if (role !== 'anonymous') await agent.call('POST', '/api/auth/login', { email: emailOf(role), password: PASSWORD });
      return agent;
    };
    const reply = await route.call({ role, scope, agent: agentOf(role), fresh }, world, server);
    expect(reply.status, reply.text).toBe(status);
    if (status >= 400) expect(Object.keys(reply.body as object).sort()).toEqual(['error', 'message']);
    const shown = new Set(route.shows?.(world) ?? []);
    for (const secret of [...secrets[role].filter((x) => !shown.has(x)), '$argon2', 'passwordHash', 'password_hash', 'tokenHash', 'transcript']) {
      expect(reply.text, `leaks ${secret}`).not.toContain(secret);
    }
  });

  it('has a certificate to verify', () => {
    expect(world.certificate).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('covers every route the API serves', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = 'src/server/routes';
    const served = readdirSync(dir).flatMap((f) =>
      [...readFileSync(`${dir}/${f}`, 'utf8').matchAll(/app\.(get|post|patch|delete)\('([^']+)'/g)].map((m) => `${m[1]?.toUpperCase()} /api${m[2]}`),
    );
    served.push('GET /api/health');
    const tested = new Set(ROUTES.map((r) => r.name.split(' (')[0]));
    expect(served.filter((s) => !tested.has(s))).toEqual([]);
  });
});
