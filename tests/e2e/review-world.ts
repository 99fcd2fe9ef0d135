import { randomUUID } from 'node:crypto';
import { expect, request, type APIRequestContext } from '@playwright/test';
import type { PolicyName } from '../../src/core/policies';
import { compileInkFile } from '../../tools/ink-compile';
import { policyPath } from './paths';
import type { RunningServer } from './server';

/**
 * A team for the manager's review, made through the API: a manager, three trainees (one named
 * like an HTML injection, one in Chinese), an overdue assessment the first two failed, and an
 * assessment Tess passed (so she holds a certificate); a second manager with a team of their own.
 */

export const PASSWORD = 'correct horse battery';
export const EVIL_NAME = '<img src=x onerror=alert(1)>';
export const STORY = 'first-meeting';
const version = (compileInkFile(`stories/${STORY}.ink`).lint.header as { version: number }).version;

export interface ReviewWorld {
  readonly manager: { email: string; name: string };
  readonly otherManager: { email: string };
  readonly teamId: string;
  readonly otherTeamId: string;
  readonly evil: { id: string; email: string; attemptId: string };
  readonly wang: { id: string; attemptId: string };
  readonly tess: { id: string; email: string };
  readonly certificateCode: string;
  dispose(): Promise<void>;
}

type Json = Record<string, unknown>;

async function json<T>(response: Promise<import('@playwright/test').APIResponse>): Promise<T> {
  const answered = await response;
  expect(answered.ok(), `${answered.url()} answered ${answered.status()}: ${await answered.text()}`).toBe(true);
  return (await answered.json()) as T;
}

export async function buildReviewWorld(server: RunningServer): Promise<ReviewWorld> {
  const contexts: APIRequestContext[] = [];
  const client = async (): Promise<APIRequestContext> => {
    const context = await request.newContext({ baseURL: server.origin, extraHTTPHeaders: { origin: server.origin } });
    contexts.push(context);
    return context;
  };
  /** Someone who sets their password from their link: a signed-in client of their own. */
  const accept = async (inviteUrl: string): Promise<APIRequestContext> => {
    const context = await client();
    const token = inviteUrl.split('/').pop() as string;
    await json(context.post(`/api/tokens/${token}`, { data: { password: PASSWORD } }));
    return context;
  };

  const admin = await client();
  const setupToken = new URL(server.setupUrl as string).searchParams.get('token');
  await json(admin.post('/api/setup', { data: { token: setupToken, name: 'Ada Admin', email: 'ada@example.com', password: PASSWORD } }));
  const invited = async (name: string, email: string) => accept((await json<{ inviteUrl: string }>(admin.post('/api/users', { data: { name, email, role: 'manager' } }))).inviteUrl);
  const manager = await invited('Mo Manager', 'mo@example.com');
  const other = await invited('Nia Other', 'nia@example.com');

  const team = (await json<{ team: { id: string } }>(manager.post('/api/teams', { data: { name: 'Field sales 华东' } }))).team.id;
  const otherTeam = (await json<{ team: { id: string } }>(other.post('/api/teams', { data: { name: 'Other team' } }))).team.id;
  const member = async (name: string, email: string) => {
    const added = await json<{ member: { id: string }; inviteUrl: string }>(manager.post(`/api/teams/${team}/members`, { data: { name, email } }));
    return { id: added.member.id, email, client: await accept(added.inviteUrl) };
  };
  const evil = await member(EVIL_NAME, 'evil@example.com');
  const wang = await member('王磊', 'wang@example.com');
  const tess = await member('Tess Trainee', 'tess@example.com');

  const assign = async (userIds: string[], dueAt: string) =>
    (await json<{ assignment: { id: string } }>(manager.post('/api/assignments', {
      data: { teamId: team, userIds, storyIds: [STORY], dueAt, passMark: 70, mode: 'assessment', attemptsAllowed: null, counting: 'best' },
    }))).assignment.id;
  const day = 24 * 3600 * 1000;
  const overdue = await assign([evil.id, wang.id], new Date(Date.now() - 2 * day).toISOString());
  const current = await assign([tess.id], new Date(Date.now() + 7 * day).toISOString());

  const play = async (who: APIRequestContext, policy: PolicyName, assignmentId: string | null, mode: 'assessment' | 'coach' = 'assessment') => {
    const { path } = policyPath(`stories/${STORY}.ink`, policy);
    const finishedAt = new Date(Date.now() - 3 * day).toISOString();
    const answer = await json<{ attempt: { id: string } }>(who.post('/api/attempts', {
      data: { id: randomUUID(), storyId: STORY, version, seed: 1, path, mode, assignmentId, replayedFrom: null, startedAt: finishedAt, finishedAt } satisfies Json,
    }));
    return answer.attempt.id;
  };
  const evilAttempt = await play(evil.client, 'pitch-first', overdue);
  const wangAttempt = await play(wang.client, 'mixed', overdue);
  await play(tess.client, 'expert', current);
  await play(tess.client, 'pitch-first', null, 'coach');
  const certificates = await json<{ certificates: { code: string }[] }>(tess.client.get('/api/me/certificates'));
  expect(certificates.certificates).toHaveLength(1);

  return {
    manager: { email: 'mo@example.com', name: 'Mo Manager' },
    otherManager: { email: 'nia@example.com' },
    teamId: team,
    otherTeamId: otherTeam,
    evil: { id: evil.id, email: evil.email, attemptId: evilAttempt },
    wang: { id: wang.id, attemptId: wangAttempt },
    tess: { id: tess.id, email: tess.email },
    certificateCode: certificates.certificates[0]?.code as string,
    dispose: async () => {
      for (const c of contexts) await c.dispose();
    },
  };
}
