import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttemptAnswerSchema,
  AttemptsAnswerSchema,
  CsvImportAnswerSchema,
  ErrorSchema,
  MeAnswerSchema,
  MyAssignmentsAnswerSchema,
  ResetLinkSchema,
  TeamDetailSchema,
  TokenInfoSchema,
  UserAnswerSchema,
} from '../../src/core/api';
import { rescoreRun } from '../../src/core/review';
import { LOGIN_LIMITS } from '../../src/server/auth/rate-limit';
import { SESSION_DAYS } from '../../src/server/auth/sessions';
import { setupLinkIfNeeded } from '../../src/server/setup';
import { DATABASES, ORIGIN, PASSWORD, pathOf, read, seedWorld, startTestServer, story, submission, tokenOf, type Reply, type TestServer } from './harness';

describe.each(DATABASES)('API on $name', (database) => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof seedWorld>>;

  beforeAll(async () => {
    server = await startTestServer(database);
    world = await seedWorld(server);
  }, 120_000);
  afterAll(async () => server?.close());

  /** Runs `check` with the server's clock moved forward, then moves it back for the other tests. */
  const later = async (ms: number, check: () => Promise<void>): Promise<void> => {
    server.advance(ms);
    try {
      await check();
    } finally {
      server.advance(-ms);
    }
  };
  const errorOf = (reply: Reply) => read(ErrorSchema, reply);

  it('reports health and which database it uses', async () => {
    const res = await server.agent().call('GET', '/api/health');
    expect([res.status, res.body]).toEqual([200, { ok: true, db: database.name }]);
  });

  it('creates the first admin once, with the printed one-use link', async () => {
    expect((await server.agent().call('GET', '/api/setup')).body).toEqual({ needed: false });
    expect(await setupLinkIfNeeded(server.database.db, ORIGIN, new Date())).toBeNull();
    const again = await server.agent().call('POST', '/api/setup', { token: 'x'.repeat(43), name: 'Eve', email: 'eve@example.com', password: PASSWORD });
    expect([again.status, errorOf(again).error]).toEqual([409, 'already-set-up']);
  });

  it('signs in and out with a session cookie that is HttpOnly and SameSite=Lax, storing only its hash', async () => {
    const agent = server.agent();
    const res = await agent.call('POST', '/api/auth/login', { email: 'TRAINEE-A1@example.com ', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(read(UserAnswerSchema, res).user).toMatchObject({ email: 'trainee-a1@example.com', role: 'trainee' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pitchless_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = (agent.cookie ?? '').split('=')[1] as string;
    const { sessions } = await import('../../src/server/db/schema');
    const stored = await server.database.db.select().from(sessions);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((s) => s.tokenHash === token || s.tokenHash.includes(token))).toBe(false);
    expect(read(MeAnswerSchema, await agent.call('GET', '/api/auth/me')).user?.email).toBe('trainee-a1@example.com');
    expect((await agent.call('POST', '/api/auth/logout')).status).toBe(204);
    expect(read(MeAnswerSchema, await agent.call('GET', '/api/auth/me')).user).toBeNull();
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const res = await server.agent().call('POST', '/api/auth/login', { email: 'trainee-a1@example.com', password: PASSWORD }, { 'x-forwarded-proto': 'https', origin: 'https://localhost' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses wrong credentials without saying which part was wrong', async () => {
    const unknown = await server.agent().call('POST', '/api/auth/login', { email: 'nobody@example.com', password: PASSWORD });
    const wrong = await server.agent().call('POST', '/api/auth/login', { email: 'trainee-a1@example.com', password: 'not the password' });
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(errorOf(unknown)).toEqual(errorOf(wrong));
  });

  it('rate-limits sign-in per account, counted in the database, even with the right password', async () => {
    const email = 'trainee-b2@example.com';
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      expect((await server.agent().call('POST', '/api/auth/login', { email, password: `wrong ${i}` })).status).toBe(401);
    }
    const blocked = await server.agent().call('POST', '/api/auth/login', { email, password: PASSWORD });
    expect([blocked.status, errorOf(blocked).error]).toEqual([429, 'rate-limited']);
    expect(errorOf(blocked).message).toMatch(/Too many failed sign-ins/);
    await later(LOGIN_LIMITS.windowMinutes * 60_000 + 1000, async () => {
      expect((await server.agent().call('POST', '/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    });
  });

  it('rate-limits sign-in per address across accounts', async () => {
    const attacker = server.agent('192.0.2.66');
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) {
      await attacker.call('POST', '/api/auth/login', { email: `guess${i}@example.com`, password: 'guess guess' });
    }
    expect((await attacker.call('POST', '/api/auth/login', { email: 'trainee-a2@example.com', password: PASSWORD })).status).toBe(429);
    expect((await server.agent().call('POST', '/api/auth/login', { email: 'trainee-a2@example.com', password: PASSWORD })).status).toBe(200);
  });

  it('ends a session when it expires', async () => {
    const agent = server.agent();
    await agent.call('POST', '/api/auth/login', { email: 'trainee-a2@example.com', password: PASSWORD });
    expect(read(MeAnswerSchema, await agent.call('GET', '/api/auth/me')).user).not.toBeNull();
    await later(SESSION_DAYS * 24 * 60 * 60 * 1000 + 1000, async () => {
      expect(read(MeAnswerSchema, await agent.call('GET', '/api/auth/me')).user).toBeNull();
      expect((await agent.call('GET', '/api/me/attempts')).status).toBe(401);
    });
  });

  it('refuses a state change whose Origin is not ours, even with a valid cookie', async () => {
    const agent = server.agent();
    await agent.call('POST', '/api/auth/login', { email: 'manager-a@example.com', password: PASSWORD });
    for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example']) {
      const res = await agent.call('POST', '/api/teams', { name: 'Evil team' }, { origin });
      expect([res.status, errorOf(res).error]).toEqual([403, 'csrf']);
    }
    const bare = await agent.call('POST', '/api/teams', { name: 'No origin' }, { origin: '' });
    expect(bare.status).toBe(403);
    const teams = await agent.call('GET', '/api/teams', undefined, { origin: 'https://evil.example' });
    expect(teams.text).not.toMatch(/Evil team|No origin/);
  });

  it('hands out invite and reset links that work once', async () => {
    const { a } = world;
    const added = await a.manager.call('POST', `/api/teams/${a.teamId}/members`, { name: 'Nina New', email: 'nina@example.com' });
    expect(added.status).toBe(201);
    const token = tokenOf((added.body as { inviteUrl: string }).inviteUrl);
    expect((added.body as { inviteUrl: string }).inviteUrl).toBe(`${ORIGIN}/invite/${token}`);
    expect(read(TokenInfoSchema, await server.agent().call('GET', `/api/tokens/${token}`))).toEqual({ kind: 'invite', name: 'Nina New', email: 'nina@example.com' });
    const short = await server.agent().call('POST', `/api/tokens/${token}`, { password: 'short' });
    expect([short.status, errorOf(short).message]).toEqual([400, 'password: A password needs at least 10 characters.']);
    const nina = server.agent();
    expect((await nina.call('POST', `/api/tokens/${token}`, { password: PASSWORD })).status).toBe(200);
    expect((await server.agent().call('GET', `/api/tokens/${token}`)).status).toBe(404);
    expect((await server.agent().call('POST', `/api/tokens/${token}`, { password: 'another password' })).status).toBe(404);

    const reset = read(ResetLinkSchema, await a.manager.call('POST', `/api/users/${(added.body as { member: { id: string } }).member.id}/reset-link`));
    expect(reset.resetUrl).toMatch(new RegExp(`^${ORIGIN}/reset/[A-Za-z0-9_-]{43}$`));
    expect(read(TokenInfoSchema, await server.agent().call('GET', `/api/tokens/${tokenOf(reset.resetUrl)}`)).kind).toBe('reset');
    expect((await server.agent().call('POST', `/api/tokens/${tokenOf(reset.resetUrl)}`, { password: 'a brand new password' })).status).toBe(200);
    // The new password ended the session the old one opened, and the old password no longer works.
    expect(read(MeAnswerSchema, await nina.call('GET', '/api/auth/me')).user).toBeNull();
    expect((await server.agent().call('POST', '/api/auth/login', { email: 'nina@example.com', password: PASSWORD })).status).toBe(401);
    expect((await server.agent().call('POST', '/api/auth/login', { email: 'nina@example.com', password: 'a brand new password' })).status).toBe(200);
  });

  it('expires an unused invite', async () => {
    const { a } = world;
    const added = await a.manager.call('POST', `/api/teams/${a.teamId}/members`, { name: 'Late Larry', email: 'larry@example.com' });
    await later(15 * 24 * 60 * 60 * 1000, async () => {
      expect((await server.agent().call('GET', `/api/tokens/${tokenOf((added.body as { inviteUrl: string }).inviteUrl)}`)).status).toBe(404);
    });
  });

  it('imports trainees from a CSV, rejecting bad lines with their line numbers', async () => {
    const { a } = world;
    const csv = '\uFEFFName,Email\n"Lee, Ming",ming@example.com\nNo Email,\nBad,not-an-email\nDup,ming@example.com\nTaken,trainee-a1@example.com\n\n  Wang Fang , FANG@example.com \n';
    const res = await a.manager.call('POST', `/api/teams/${a.teamId}/members/csv`, { csv });
    expect(res.status).toBe(201);
    const answer = read(CsvImportAnswerSchema, res);
    expect(answer.added.map((x) => [x.member.name, x.member.email, x.member.activated])).toEqual([
      ['Lee, Ming', 'ming@example.com', false],
      ['Wang Fang', 'fang@example.com', false],
    ]);
    expect(answer.added.every((x) => x.inviteUrl.startsWith(`${ORIGIN}/invite/`))).toBe(true);
    expect(answer.rejected).toEqual([
      { line: 3, message: 'That is not an email address.' },
      { line: 4, message: 'That is not an email address.' },
      { line: 5, message: 'This email is already on an earlier line.' },
      { line: 6, message: 'Someone with that email already has an account.' },
    ]);
    const team = read(TeamDetailSchema, await a.manager.call('GET', `/api/teams/${a.teamId}`));
    expect(team.members.map((m) => m.email)).toEqual(expect.arrayContaining(['ming@example.com', 'fang@example.com']));
    const noHeader = await a.manager.call('POST', `/api/teams/${a.teamId}/members/csv`, { csv: 'ming@example.com\n' });
    expect([noHeader.status, errorOf(noHeader).message]).toEqual([400, 'The CSV needs a header line "name,email" and at least one person.']);
    const broken = await a.manager.call('POST', `/api/teams/${a.teamId}/members/csv`, { csv: 'name,email\n"unclosed,x@example.com\n' });
    expect(broken.status).toBe(400);
    expect(errorOf(broken).message).toMatch(/^The CSV could not be read: /);
  });

  it('re-scores an attempt itself: a forged score is ignored', async () => {
    const trainee = world.a.trainees[0]!.agent;
    const path = pathOf('worst');
    const res = await trainee.call('POST', '/api/attempts', { ...submission({ path, assignmentId: world.a.assignmentId }), score: 100, passed: true, grades: { C1: 100 }, outcome: 'won' });
    expect(res.status).toBe(201);
    const { attempt } = read(AttemptAnswerSchema, res);
    const truth = rescoreRun(story, { seed: 1, path }, 50);
    if (!truth.ok) throw new Error('fixture path does not replay');
    expect(attempt.score).toBe(truth.score.overall);
    expect(attempt.score).toBeLessThan(100);
    expect(attempt.passed).toBe(truth.score.passed);
    expect(attempt.outcome).toBe(truth.score.outcome);
    expect(attempt.grades.C1).toBe(truth.score.concepts.C1.grade);
  });

  it('stores the same attempt id once, and refuses someone else reusing it', async () => {
    const trainee = world.a.trainees[1]!.agent;
    const sub = submission();
    const first = await trainee.call('POST', '/api/attempts', sub);
    const again = await trainee.call('POST', '/api/attempts', { ...sub, path: pathOf('worst') });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(read(AttemptAnswerSchema, again).attempt).toEqual(read(AttemptAnswerSchema, first).attempt);
    // A resend that would now be refused (here a path that does not fit) still answers with what was stored.
    const refusedNow = await trainee.call('POST', '/api/attempts', { ...sub, path: [9] });
    expect([refusedNow.status, read(AttemptAnswerSchema, refusedNow).attempt]).toEqual([200, read(AttemptAnswerSchema, first).attempt]);
    const mine = read(AttemptsAnswerSchema, await trainee.call('GET', '/api/me/attempts')).attempts.filter((x) => x.id === sub.id);
    expect(mine).toHaveLength(1);
    const thief = await world.b.trainees[0]!.agent.call('POST', '/api/attempts', sub);
    expect([thief.status, errorOf(thief).error]).toEqual([409, 'id-taken']);
    expect(thief.text).not.toContain(String(read(AttemptAnswerSchema, first).attempt.score + 1000));
  });

  it('stores one attempt when the same id arrives twice at once', async () => {
    const trainee = world.b.trainees[1]!.agent;
    const sub = submission();
    const replies = await Promise.all([trainee.call('POST', '/api/attempts', sub), trainee.call('POST', '/api/attempts', sub)]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 201]);
    const mine = read(AttemptsAnswerSchema, await trainee.call('GET', '/api/me/attempts')).attempts.filter((x) => x.id === sub.id);
    expect(mine).toHaveLength(1);
  });

  it('refuses unknown stories, stale versions, illegal and unfinished paths, wrong modes and others’ assignments', async () => {
    const trainee = world.a.trainees[0]!.agent;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ storyId: 'no-such-story' }, 404, 'unknown-story'],
      [{ version: story.header.version + 1 }, 409, 'stale-version'],
      [{ path: [...pathOf('expert').slice(0, -1), 9] }, 422, 'illegal-path'],
      [{ path: pathOf('expert').slice(0, 1) }, 422, 'illegal-path'],
      [{ path: [...pathOf('expert'), 0] }, 422, 'illegal-path'],
      [{ assignmentId: world.a.assignmentId, mode: 'coach' }, 422, 'wrong-mode'],
      [{ assignmentId: world.b.assignmentId }, 403, 'not-your-assignment'],
      [{ assignmentId: crypto.randomUUID() }, 403, 'not-your-assignment'],
    ];
    const before = read(AttemptsAnswerSchema, await trainee.call('GET', '/api/me/attempts')).attempts.length;
    for (const [overrides, status, error] of cases) {
      const res = await trainee.call('POST', '/api/attempts', submission(overrides));
      expect([res.status, errorOf(res).error], JSON.stringify(overrides)).toEqual([status, error]);
      expect(errorOf(res).message.length).toBeGreaterThan(10);
    }
    expect(errorOf(await trainee.call('POST', '/api/attempts', submission({ version: 7 }))).message).toMatch(/version 7 .* now version 1/);
    expect(read(AttemptsAnswerSchema, await trainee.call('GET', '/api/me/attempts')).attempts).toHaveLength(before);
  });

  it('refuses attempts beyond the number allowed, with a message for the trainee', async () => {
    const { a } = world;
    const one = await a.manager.call('POST', '/api/assignments', {
      teamId: a.teamId,
      userIds: [a.trainees[1]!.id],
      storyIds: ['tiny-deal'],
      dueAt: '2099-01-01T12:00:00Z',
      passMark: 60,
      mode: 'coach',
      attemptsAllowed: 2,
      counting: 'last',
    });
    expect(one.status).toBe(201);
    const assignmentId = (one.body as { assignment: { id: string } }).assignment.id;
    const trainee = a.trainees[1]!.agent;
    const send = () => trainee.call('POST', '/api/attempts', submission({ assignmentId, mode: 'coach' }));
    const replies = await Promise.all([send(), send(), send()]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 409]);
    const refused = replies.find((r) => r.status === 409);
    expect(refused && errorOf(refused)).toEqual({ error: 'attempts-exhausted', message: 'You have used all 2 attempts this assignment allows for “Tiny deal (test fixture)”.' });
    const item = read(MyAssignmentsAnswerSchema, await trainee.call('GET', '/api/me/assignments')).items.find((i) => i.assignment.id === assignmentId);
    expect(item).toMatchObject({ storyId: 'tiny-deal', attemptsUsed: 2, attemptsAllowed: 2, status: 'passed' });
  });

  it('lists a trainee’s assignments with status, the counting attempt and due date', async () => {
    const { b } = world;
    const trainee = b.trainees[0]!.agent;
    const before = read(MyAssignmentsAnswerSchema, await trainee.call('GET', '/api/me/assignments')).items;
    expect(before).toEqual([expect.objectContaining({ storyId: 'tiny-deal', status: 'not-started', attemptsUsed: 0, counting: null, dueAt: '2099-12-31T23:59:59.999Z' })]);
    await trainee.call('POST', '/api/attempts', submission({ assignmentId: b.assignmentId, path: pathOf('worst') }));
    const mid = read(MyAssignmentsAnswerSchema, await trainee.call('GET', '/api/me/assignments')).items[0];
    expect(mid?.status).toBe(mid?.counting?.passed ? 'passed' : 'in-progress');
    await trainee.call('POST', '/api/attempts', submission({ assignmentId: b.assignmentId, path: pathOf('expert') }));
    const after = read(MyAssignmentsAnswerSchema, await trainee.call('GET', '/api/me/assignments')).items[0];
    expect(after).toMatchObject({ status: 'passed', attemptsUsed: 2 });
    expect(after?.counting?.path).toEqual(pathOf('expert'));
    // The manager sees the server's score for it.
    const seen = await b.manager.call('GET', `/api/assignments/${b.assignmentId}`);
    expect((seen.body as { attempts: { id: string; score: number }[] }).attempts.map((x) => x.score)).toContain(after?.counting?.score);
  });

  it('shows an overdue assignment as overdue', async () => {
    const { a } = world;
    const res = await a.manager.call('POST', '/api/assignments', { teamId: a.teamId, storyIds: ['tiny-deal'], dueAt: '2020-01-01', passMark: 70, mode: 'assessment', attemptsAllowed: null, counting: 'first' });
    const id = (res.body as { assignment: { id: string } }).assignment.id;
    const item = read(MyAssignmentsAnswerSchema, await a.trainees[0]!.agent.call('GET', '/api/me/assignments')).items.find((i) => i.assignment.id === id);
    expect(item?.status).toBe('overdue');
  });

  it('validates assignments: people outside the team, unknown scenarios', async () => {
    const { a, b } = world;
    const base = { teamId: a.teamId, storyIds: ['tiny-deal'], dueAt: '2099-01-01', passMark: 70, mode: 'assessment', attemptsAllowed: 3, counting: 'best' };
    const outsider = await a.manager.call('POST', '/api/assignments', { ...base, userIds: [b.trainees[0]!.id] });
    expect([outsider.status, errorOf(outsider).error]).toEqual([422, 'not-in-team']);
    const unknown = await a.manager.call('POST', '/api/assignments', { ...base, storyIds: ['nope'] });
    expect([unknown.status, errorOf(unknown).error]).toEqual([422, 'unknown-story']);
    const badDate = await a.manager.call('POST', '/api/assignments', { ...base, dueAt: '2099-02-30' });
    expect([badDate.status, errorOf(badDate).message]).toEqual([400, 'dueAt: That date does not exist.']);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await server.agent().call('GET', '/api/nothing/here');
    expect([res.status, errorOf(res).error]).toEqual([404, 'not-found']);
  });
});
