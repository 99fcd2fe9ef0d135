import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AssignmentAnswerSchema,
  AttemptAnswerSchema,
  AttemptReviewSchema,
  CertificateAnswerSchema,
  CertificatesAnswerSchema,
  CommentAnswerSchema,
  ErrorSchema,
  HeatMapSchema,
  MemberAddedSchema,
  MyAssignmentsAnswerSchema,
  MyCommentsSchema,
  PersonAttemptsSchema,
  TeamOverviewSchema,
  TrapMapSchema,
  type AttemptResult,
} from '../../src/core/api';
import { CONCEPT_IDS } from '../../src/core/concepts';
import { rescoreRun } from '../../src/core/review';
import { decisionsOf } from '../../src/core/transcript';
import { comments } from '../../src/server/db/schema';
import { DATABASES, pathOf, read, seedWorld, startTestServer, story, submission, type Agent, type Reply, type TestServer } from './harness';

/**
 * The manager's review through the API, on both databases, with answers worked out here from the
 * fixture story: the overview and heat map of a team, the trap map, the CSV exports, an attempt's
 * review with its comments, and certificates.
 */

const PASS_MARK = 50; // seedWorld's assessment assignment
const truth = (path: number[]) => {
  const rescored = rescoreRun(story, { seed: 1, path }, PASS_MARK);
  if (!rescored.ok) throw new Error('fixture path does not replay');
  return rescored;
};

describe.each(DATABASES)('manager review on $name', (database) => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof seedWorld>>;
  /** Trainee a1's runs under team a's assignment: worst, then expert, then expert replayed from a moment. */
  let runs: { worst: AttemptResult; expert: AttemptResult; replayed: AttemptResult; coach: AttemptResult };
  let trainee1: Agent;
  let manager: Agent;

  const errorOf = (reply: Reply) => read(ErrorSchema, reply);
  const submit = async (agent: Agent, overrides: Record<string, unknown>) => {
    const reply = await agent.call('POST', '/api/attempts', submission(overrides));
    if (reply.status !== 201) throw new Error(`submission refused: ${reply.text}`);
    return read(AttemptAnswerSchema, reply).attempt;
  };

  beforeAll(async () => {
    server = await startTestServer(database);
    world = await seedWorld(server);
    trainee1 = world.a.trainees[0]!.agent;
    manager = world.a.manager;
    const assignmentId = world.a.assignmentId;
    runs = {
      worst: await submit(trainee1, { assignmentId, path: pathOf('worst') }),
      expert: await submit(trainee1, { assignmentId, path: pathOf('expert') }),
      replayed: await submit(trainee1, { assignmentId, path: pathOf('expert'), replayedFrom: 1 }),
      coach: await submit(trainee1, { mode: 'coach', path: pathOf('worst') }),
    };
  }, 180_000);
  afterAll(async () => server?.close());

  describe('overview', () => {
    it('shows first, best and last of the runs that may count, the counting one, and practice apart', async () => {
      const overview = read(TeamOverviewSchema, await manager.call('GET', `/api/teams/${world.a.teamId}/overview`));
      expect(overview.team.id).toBe(world.a.teamId);
      expect(overview.assignments.map((a) => a.id)).toEqual([world.a.assignmentId]);
      const row = overview.rows.find((r) => r.trainee.id === world.a.trainees[0]!.id && r.assignmentId === world.a.assignmentId);
      const [worst, expert] = [truth(pathOf('worst')).score.overall, truth(pathOf('expert')).score.overall];
      expect(row).toMatchObject({ storyId: 'tiny-deal', status: 'passed', first: worst, best: expert, last: expert, trend: [worst, expert], attemptsUsed: 3, attemptsAllowed: 5 });
      expect(row?.counting).toEqual({
        id: runs.expert.id,
        storyId: 'tiny-deal',
        version: 1,
        mode: 'assessment',
        replayedFrom: null,
        assignmentId: world.a.assignmentId,
        score: runs.expert.score,
        passed: true,
        outcome: runs.expert.outcome,
        finishedAt: runs.expert.finishedAt,
        receivedAt: runs.expert.receivedAt,
      });
      expect(row?.practice.map((p) => p.id)).toEqual([runs.replayed.id]);
      // The coach-mode run outside the assignment is a self-paced row of its own, all practice.
      const selfPaced = overview.rows.find((r) => r.trainee.id === world.a.trainees[0]!.id && r.assignmentId === null);
      expect(selfPaced).toMatchObject({ storyId: 'tiny-deal', status: 'in-progress', counting: null, trend: [] });
      expect(selfPaced?.practice.map((p) => p.id)).toEqual([runs.coach.id]);
      // Not started sorts before passed; nobody of team b appears.
      const order = overview.rows.map((r) => `${r.trainee.name}:${r.status}`);
      expect(order.indexOf('Trainee a2:not-started')).toBeLessThan(order.indexOf('Trainee a1:passed'));
      expect(JSON.stringify(overview)).not.toContain(world.b.trainees[0]!.id);
    });

    it('filters by phase and date, and refuses a filter it cannot read', async () => {
      const other = read(TeamOverviewSchema, await manager.call('GET', `/api/teams/${world.a.teamId}/overview?phase=2`));
      // tiny-deal is a phase-1 scenario: only the trainees remain, once each, with nothing to show.
      expect(other.rows.map((r) => [r.trainee.name, r.status])).toEqual([
        ['Trainee a1', null],
        ['Trainee a2', null],
      ]);
      const before = read(TeamOverviewSchema, await manager.call('GET', `/api/teams/${world.a.teamId}/overview?to=2026-11-30`));
      const row = before.rows.find((r) => r.trainee.id === world.a.trainees[0]!.id && r.assignmentId === world.a.assignmentId);
      // The runs finished on 2026-12-01: the standing stays, the scores of the range are empty.
      expect(row).toMatchObject({ status: 'passed', trend: [], first: null, counting: null });
      for (const [q, where] of [
        ['phase=7', 'phase'],
        ['from=2026-02-30', 'from'],
        ['assignment=nope', 'assignment'],
        ['segment=pioneers', 'segment'],
      ]) {
        const bad = await manager.call('GET', `/api/teams/${world.a.teamId}/overview?${q}`);
        expect([bad.status, errorOf(bad).error], q).toEqual([400, 'malformed']);
        expect(errorOf(bad).message).toMatch(new RegExp(`^${where}: `));
      }
    });
  });

  it('heat map: the counting run’s grades per trainee and the team average', async () => {
    const map = read(HeatMapSchema, await manager.call('GET', `/api/teams/${world.a.teamId}/heatmap`));
    expect(map.rows.map((r) => r.trainee.name)).toEqual(['Trainee a1', 'Trainee a2']);
    const grades = truth(pathOf('expert')).score.concepts;
    const [a1, a2] = map.rows;
    for (const concept of CONCEPT_IDS) {
      const grade = grades[concept].grade;
      expect(a1?.cells[concept], concept).toEqual({ grade, attemptIds: grade === null ? [] : [runs.expert.id] });
      expect(a2?.cells[concept]?.grade).toBeNull();
      // Only trainee a1 is graded, so the average is their grade.
      expect(map.average[concept]).toBe(grade);
    }
  });

  describe('trap map', () => {
    it('replays the runs that may count and shows who took which option', async () => {
      const map = read(TrapMapSchema, await manager.call('GET', `/api/teams/${world.a.teamId}/trap-map?story=tiny-deal`));
      // worst and expert count; the replayed and the coach-mode runs do not.
      expect([map.storyId, map.version, map.versions, map.runs]).toEqual(['tiny-deal', 1, [1], 2]);
      const worstFirst = decisionsOf(truth(pathOf('worst')).snapshot.entries)[0]!;
      const expertFirst = decisionsOf(truth(pathOf('expert')).snapshot.entries)[0]!;
      const first = map.points.find((p) => p.point === worstFirst.point);
      expect(first?.reached).toBe(2);
      const took = (text: string | undefined) => first?.options.find((o) => o.text === text);
      expect(took(worstFirst.options[worstFirst.chosen]?.text)).toMatchObject({ count: 1, share: 0.5, chosenBy: [{ id: world.a.trainees[0]!.id, name: 'Trainee a1' }] });
      expect(took(expertFirst.options[expertFirst.chosen]?.text)).toMatchObject({ count: 1, share: 0.5, verdict: 'best' });
      expect(map.worst).not.toBeNull();
    });

    it('answers an empty map for a team without runs, 404 for an unknown scenario, 400 without one', async () => {
      const empty = read(TrapMapSchema, await world.b.manager.call('GET', `/api/teams/${world.b.teamId}/trap-map?story=tiny-deal`));
      expect([empty.runs, empty.points, empty.versions, empty.worst, empty.version]).toEqual([0, [], [], null, 1]);
      const unknown = await manager.call('GET', `/api/teams/${world.a.teamId}/trap-map?story=no-such-story`);
      expect([unknown.status, errorOf(unknown).error]).toEqual([404, 'not-found']);
      const none = await manager.call('GET', `/api/teams/${world.a.teamId}/trap-map`);
      expect([none.status, errorOf(none).message]).toEqual([400, expect.stringMatching(/^story: /)]);
      const badVersion = await manager.call('GET', `/api/teams/${world.a.teamId}/trap-map?story=tiny-deal&version=two`);
      expect([badVersion.status, errorOf(badVersion).message]).toEqual([400, 'version: The version is a whole number.']);
      const otherAssignment = await manager.call('GET', `/api/teams/${world.a.teamId}/trap-map?story=tiny-deal&assignment=${world.b.assignmentId}`);
      expect(otherAssignment.status).toBe(404);
    });
  });

  describe('CSV exports', () => {
    let team: { id: string; agent: Agent; name: string }[];

    beforeAll(async () => {
      // Trainees whose names a spreadsheet would misread: a formula, and Chinese.
      team = [];
      for (const [name, email] of [
        ['=cmd|\' /C calc\'!A0', 'formula@example.com'],
        ['王芳', 'wang.fang@example.com'],
      ] as const) {
        const added = read(MemberAddedSchema, await world.b.manager.call('POST', `/api/teams/${world.b.teamId}/members`, { name, email }));
        const agent = await world.accept(added.inviteUrl);
        team.push({ id: added.member.id, agent, name });
        await submit(agent, { path: pathOf('expert') });
      }
    });

    const parse = (text: string) => text.split('\r\n');

    it('attempts.csv: BOM, CRLF, a header row, formulas neutralised, Chinese intact', async () => {
      const res = await world.b.manager.call('GET', `/api/teams/${world.b.teamId}/export/attempts.csv`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Team b attempts.csv"/);
      expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(res.text.endsWith('\r\n')).toBe(true);
      expect(res.text.replace(/\r\n/g, '')).not.toContain('\n');
      const lines = parse(res.text);
      expect(lines[0]).toBe(
        `trainee,email,scenario id,title,version,mode,replayed from,assignment id,counts,score,passed,outcome,started,finished,${CONCEPT_IDS.join(',')}`,
      );
      const expert = truth(pathOf('expert')).score;
      const formula = lines.find((l) => l.includes('formula@example.com'));
      expect(formula?.startsWith(`'=cmd|' /C calc'!A0,formula@example.com,tiny-deal,Tiny deal (test fixture),1,assessment,,,yes,${expert.overall},`)).toBe(true);
      expect(lines.find((l) => l.includes('wang.fang@example.com'))).toMatch(/^王芳,wang\.fang@example\.com,tiny-deal,/);
      expect(lines.filter((l) => l).length).toBe(3);
    });

    it('grades.csv: a line per trainee, the team average last', async () => {
      const res = await world.b.manager.call('GET', `/api/teams/${world.b.teamId}/export/grades.csv`);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = parse(res.text);
      expect(lines[0]).toBe(`trainee,email,${CONCEPT_IDS.join(',')}`);
      const grades = truth(pathOf('expert')).score.concepts;
      const cells = CONCEPT_IDS.map((c) => grades[c].grade ?? '').join(',');
      expect(lines).toContain(`王芳,wang.fang@example.com,${cells}`);
      expect(lines).toContain(`'=cmd|' /C calc'!A0,formula@example.com,${cells}`);
      expect(lines.filter((l) => l).at(-1)).toBe(`Team average,,${cells}`);
    });
  });

  describe('attempt review and comments', () => {
    it('replays the attempt for its trainee and their manager, in English or Chinese', async () => {
      const mine = read(AttemptReviewSchema, await trainee1.call('GET', `/api/attempts/${runs.worst.id}/review`));
      expect(mine.entries).toEqual(truth(pathOf('worst')).snapshot.entries);
      expect([mine.header.title, mine.header.version, mine.passMark, mine.canComment, mine.trainee.name]).toEqual(['Tiny deal (test fixture)', 1, PASS_MARK, false, 'Trainee a1']);
      expect(mine.attempt.id).toBe(runs.worst.id);
      const theirs = read(AttemptReviewSchema, await manager.call('GET', `/api/attempts/${runs.worst.id}/review?locale=zh-CN`));
      expect(theirs.canComment).toBe(true);
      expect(theirs.header.title).not.toBe(mine.header.title);
      expect(decisionsOf(theirs.entries).map((d) => d.chosen)).toEqual(decisionsOf(mine.entries).map((d) => d.chosen));
      expect(JSON.stringify(theirs.entries)).toMatch(/[\u4e00-\u9fff]/);
      const bad = await trainee1.call('GET', `/api/attempts/${runs.worst.id}/review?locale=fr`);
      expect([bad.status, errorOf(bad).message]).toEqual([400, 'locale: The language is one of en, zh-CN.']);
    });

    it('pins a comment to a decision; the trainee sees it unread once', async () => {
      const made = await manager.call('POST', `/api/attempts/${runs.worst.id}/comments`, { step: 1, body: '  Ask before you pitch.  ' });
      expect(made.status).toBe(201);
      const { comment } = read(CommentAnswerSchema, made);
      expect(comment).toMatchObject({ attemptId: runs.worst.id, step: 1, body: 'Ask before you pitch.', author: { name: 'Manager a' }, readAt: null });

      const inbox = read(MyCommentsSchema, await trainee1.call('GET', '/api/me/comments'));
      expect(inbox.unread).toBe(1);
      expect(inbox.comments.map((c) => [c.id, c.storyId])).toEqual([[comment.id, 'tiny-deal']]);
      // The manager opening the attempt does not mark it read.
      read(AttemptReviewSchema, await manager.call('GET', `/api/attempts/${runs.worst.id}/review`));
      expect(read(MyCommentsSchema, await trainee1.call('GET', '/api/me/comments')).unread).toBe(1);
      const seen = read(AttemptReviewSchema, await trainee1.call('GET', `/api/attempts/${runs.worst.id}/review`));
      expect(seen.comments.map((c) => [c.body, c.readAt])).toEqual([['Ask before you pitch.', null]]);
      const after = read(MyCommentsSchema, await trainee1.call('GET', '/api/me/comments'));
      expect(after.unread).toBe(0);
      expect(after.comments[0]?.readAt).not.toBeNull();
    });

    it('refuses a step outside the attempt, an empty or too long comment', async () => {
      const path = `/api/attempts/${runs.worst.id}/comments`;
      const steps = runs.worst.path.length;
      const outside = await manager.call('POST', path, { step: steps, body: 'Too far' });
      expect([outside.status, errorOf(outside)]).toEqual([422, { error: 'no-such-decision', message: `This attempt has ${steps} decisions: pin the comment to one of steps 0–${steps - 1}.` }]);
      const long = await manager.call('POST', path, { step: 0, body: 'x'.repeat(2001) });
      expect([long.status, errorOf(long)]).toEqual([422, { error: 'invalid', message: 'body: A comment has at most 2000 characters.' }]);
      const empty = await manager.call('POST', path, { step: 0, body: '   ' });
      expect([empty.status, errorOf(empty).message]).toEqual([422, 'body: A comment is needed.']);
      const negative = await manager.call('POST', path, { step: -1, body: 'Before the start' });
      expect(negative.status).toBe(422);
      const wrongType = await manager.call('POST', path, { step: 'first', body: 'x' });
      expect([wrongType.status, errorOf(wrongType).error]).toEqual([400, 'malformed']);
      const stored = await server.database.db.select().from(comments);
      expect(stored.some((c) => c.body === 'Too far' || c.body.length > 2000 || c.body === 'Before the start')).toBe(false);
    });

    it('lets only the author edit or delete a comment', async () => {
      const { comment } = read(CommentAnswerSchema, await manager.call('POST', `/api/attempts/${runs.expert.id}/comments`, { step: 0, body: 'Good opening.' }));
      server.advance(1000);
      const edited = read(CommentAnswerSchema, await manager.call('PATCH', `/api/comments/${comment.id}`, { body: 'Very good opening.' })).comment;
      server.advance(-1000);
      expect([edited.body, edited.createdAt, edited.updatedAt > comment.updatedAt]).toEqual(['Very good opening.', comment.createdAt, true]);
      for (const other of [world.admin, trainee1, world.b.manager]) {
        expect((await other.call('PATCH', `/api/comments/${comment.id}`, { body: 'Mine now' })).status).toBe(404);
        expect((await other.call('DELETE', `/api/comments/${comment.id}`)).status).toBe(404);
      }
      const tooLong = await manager.call('PATCH', `/api/comments/${comment.id}`, { body: 'y'.repeat(2001) });
      expect(tooLong.status).toBe(422);
      expect((await manager.call('DELETE', `/api/comments/${comment.id}`)).status).toBe(204);
      expect((await manager.call('PATCH', `/api/comments/${comment.id}`, { body: 'Back?' })).status).toBe(404);
    });

    it('deletes an attempt with its comments', async () => {
      const doomed = await submit(world.a.trainees[1]!.agent, { path: pathOf('worst') });
      const { comment } = read(CommentAnswerSchema, await manager.call('POST', `/api/attempts/${doomed.id}/comments`, { step: 0, body: 'Going away' }));
      expect((await world.a.trainees[1]!.agent.call('DELETE', `/api/attempts/${doomed.id}`)).status).toBe(403);
      expect((await world.b.manager.call('DELETE', `/api/attempts/${doomed.id}`)).status).toBe(404);
      expect((await manager.call('DELETE', `/api/attempts/${doomed.id}`)).status).toBe(204);
      expect((await manager.call('GET', `/api/attempts/${doomed.id}`)).status).toBe(404);
      expect((await manager.call('DELETE', `/api/attempts/${doomed.id}`)).status).toBe(404);
      const left = await server.database.db.select().from(comments);
      expect(left.map((c) => c.id)).not.toContain(comment.id);
      expect(read(MyCommentsSchema, await world.a.trainees[1]!.agent.call('GET', '/api/me/comments')).comments).toEqual([]);
    });

    it('lists a person’s attempts for their manager', async () => {
      const answer = read(PersonAttemptsSchema, await manager.call('GET', `/api/people/${world.a.trainees[0]!.id}/attempts`));
      expect(answer.person).toEqual({ id: world.a.trainees[0]!.id, name: 'Trainee a1' });
      expect(answer.attempts.map((a) => a.id)).toEqual([runs.worst.id, runs.expert.id, runs.replayed.id, runs.coach.id]);
      expect((await world.b.manager.call('GET', `/api/people/${world.a.trainees[0]!.id}/attempts`)).status).toBe(404);
      expect((await manager.call('GET', `/api/people/${crypto.randomUUID()}/attempts`)).status).toBe(404);
    });
  });

  describe('certificates and what counts', () => {
    it('issues one certificate when the assessment is passed, verifiable by anyone with its code', async () => {
      const mine = read(CertificatesAnswerSchema, await trainee1.call('GET', '/api/me/certificates')).certificates;
      expect(mine).toHaveLength(1);
      const [certificate] = mine;
      expect(certificate).toMatchObject({
        trainee: { id: world.a.trainees[0]!.id, name: 'Trainee a1' },
        assignmentId: world.a.assignmentId,
        teamName: 'Team a',
        passMark: PASS_MARK,
        scenarios: [{ storyId: 'tiny-deal', title: 'Tiny deal (test fixture)', attemptId: runs.expert.id, score: runs.expert.score, finishedAt: runs.expert.finishedAt }],
      });
      expect(certificate?.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
      // Issued with the expert run, not with the failing run before it.
      expect(Date.parse(certificate!.issuedAt)).toBeGreaterThanOrEqual(Date.parse(runs.expert.receivedAt));
      const anyone = await server.agent().call('GET', `/api/certificates/${certificate?.code}`);
      expect(read(CertificateAnswerSchema, anyone).certificate).toEqual(certificate);
      for (const code of ['A'.repeat(22), 'not-a-code', `${certificate?.code}x`]) {
        const res = await server.agent().call('GET', `/api/certificates/${code}`);
        expect([res.status, errorOf(res).error], code).toEqual([404, 'not-found']);
      }
      expect(read(CertificatesAnswerSchema, await world.a.trainees[1]!.agent.call('GET', '/api/me/certificates')).certificates).toEqual([]);
    });

    it('keeps the certificate when a later run under a "last" rule fails, and issues none for coach mode', async () => {
      const { a } = world;
      const make = async (mode: string, counting: string) =>
        read(
          AssignmentAnswerSchema,
          await manager.call('POST', '/api/assignments', { teamId: a.teamId, userIds: [a.trainees[1]!.id], storyIds: ['tiny-deal'], dueAt: '2099-01-01', passMark: PASS_MARK, mode, attemptsAllowed: null, counting }),
        ).assignment.id;
      const last = await make('assessment', 'last');
      const coach = await make('coach', 'best');
      const trainee = a.trainees[1]!.agent;
      await submit(trainee, { assignmentId: last, path: pathOf('expert') });
      await submit(trainee, { assignmentId: last, path: pathOf('worst') });
      await submit(trainee, { assignmentId: coach, mode: 'coach', path: pathOf('expert') });
      const held = read(CertificatesAnswerSchema, await trainee.call('GET', '/api/me/certificates')).certificates;
      expect(held.map((c) => c.assignmentId)).toEqual([last]);
      const item = read(MyAssignmentsAnswerSchema, await trainee.call('GET', '/api/me/assignments')).items.find((i) => i.assignment.id === last);
      expect(item?.status).toBe('in-progress');
    });

    it('does not count a run replayed from a moment in /me/assignments, though it uses an attempt', async () => {
      const { b } = world;
      const trainee = b.trainees[1]!.agent;
      await submit(trainee, { assignmentId: b.assignmentId, path: pathOf('expert'), replayedFrom: 2 });
      const item = read(MyAssignmentsAnswerSchema, await trainee.call('GET', '/api/me/assignments')).items.find((i) => i.assignment.id === b.assignmentId);
      expect(item).toMatchObject({ status: 'in-progress', attemptsUsed: 1, counting: null });
      expect(read(CertificatesAnswerSchema, await trainee.call('GET', '/api/me/certificates')).certificates).toEqual([]);
    });
  });
});
