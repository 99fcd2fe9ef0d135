import { rmSync } from 'node:fs';
import { request, type APIRequestContext, type Page } from '@playwright/test';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';
import { freePort, freshDataDir, startServer, type RunningServer } from './server';

const STORY = 'first-meeting';
const expert = policyPath(`stories/${STORY}.ink`, 'expert');
const PASSWORD = 'correct horse battery';

let server: RunningServer;
let port: number;
let dataDir: string;
let admin: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  port = await freePort();
  dataDir = freshDataDir();
  server = await startServer(port, dataDir);
  // The manager's side is set up through the API: these tests are about the trainee's browser.
  admin = await request.newContext({ baseURL: server.origin, extraHTTPHeaders: { origin: server.origin } });
  const token = new URL(server.setupUrl as string).searchParams.get('token');
  expect((await admin.post('/api/setup', { data: { token, name: 'Ada Admin', email: 'ada@example.com', password: PASSWORD } })).ok()).toBe(true);
});
test.afterAll(async () => {
  await admin?.dispose();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A new trainee in a new team (with an assignment when asked), signed in on `page` through their invite link. */
async function signedInTrainee(page: Page, email: string, assignment?: { attemptsAllowed: number }): Promise<string | null> {
  const team = (await (await admin.post('/api/teams', { data: { name: `Team of ${email}` } })).json()) as { team: { id: string } };
  const added = (await (await admin.post(`/api/teams/${team.team.id}/members`, { data: { name: email.split('@')[0], email } })).json()) as { inviteUrl: string };
  let assignmentId: string | null = null;
  if (assignment) {
    const dueAt = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
    const made = await admin.post('/api/assignments', {
      data: { teamId: team.team.id, storyIds: [STORY], dueAt, passMark: 50, mode: 'coach', attemptsAllowed: assignment.attemptsAllowed, counting: 'best' },
    });
    assignmentId = ((await made.json()) as { assignment: { id: string } }).assignment.id;
  }
  await page.goto(added.inviteUrl);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat the password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page).toHaveURL(/\/home$/);
  return assignmentId;
}

const myAttempts = async (page: Page): Promise<{ id: string; score: number }[]> =>
  ((await (await page.request.get('/api/me/attempts')).json()) as { attempts: { id: string; score: number }[] }).attempts;

test('an attempt finished while the server is down waits in the browser and arrives exactly once after a restart', async ({ browser, expectErrors }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ baseURL: server.origin });
  const page = await context.newPage();
  await signedInTrainee(page, 'olive@example.com');

  await page.goto(`/play/${STORY}`);
  // The offline copy is installed once the page is idle (src/app/offline.ts).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await answerWithKeys(page, expert.path.slice(0, -1));
  await server.stop();
  await answerWithKeys(page, expert.path.slice(-1));
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.delivery.waiting-send')).toContainText('Waiting to be sent');
  const id = await page.evaluate(() => (JSON.parse(localStorage.getItem('pitchless') ?? '{}') as { state: { attempts: { id: string }[] } }).state.attempts[0]?.id);
  expect(id).toMatch(/^[0-9a-f-]{36}$/);

  // A reload while the server is down comes from the offline copy: everything held in memory is
  // gone, and only IndexedDB (and the saved progress) keep the attempt, still waiting.
  await page.reload();
  await expect(page.locator('.delivery.waiting-send')).toContainText('Waiting to be sent');
  server = await startServer(port, dataDir);
  const back = await context.newPage();
  await page.close();
  await back.goto(`/debrief/${STORY}`);
  await expect(back.locator('.delivery.saved')).toContainText('Saved to your account. Score on the server:');
  const score = Number(await back.locator('.score-number').innerText());

  // More chances to send it again (reloads, coming back online) store nothing twice.
  await back.reload();
  await back.evaluate(() => window.dispatchEvent(new Event('online')));
  await back.goto('/home');
  await expect(back.locator('.outbox')).toHaveCount(0);
  const stored = await myAttempts(back);
  expect(stored.map((a) => a.id)).toEqual([id]);
  expect(stored[0]?.score).toBe(score);
  expect(await back.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('pitchless-outbox');
    open.onsuccess = () => {
      const count = open.result.transaction('attempts').objectStore('attempts').count();
      count.onsuccess = () => resolve(count.result);
    };
  }))).toBe(0);
  await context.close();
  expectErrors(/ERR_CONNECTION_REFUSED|Failed to load resource/);
});

test('an attempt the server refuses (no attempts left) is shown plainly and not sent again', async ({ browser, expectErrors }) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext({ baseURL: server.origin })).newPage();
  const assignmentId = await signedInTrainee(page, 'rex@example.com', { attemptsAllowed: 1 });
  await page.goto(`/play/${STORY}?assignment=${assignmentId}`);
  await answerWithKeys(page, expert.path);
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.delivery.saved')).toBeVisible();

  await page.getByRole('button', { name: 'Play again' }).click();
  await answerWithKeys(page, expert.path);
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.delivery.refused')).toContainText('Not accepted by the server: You have used all 1 attempts');

  await page.goto('/home');
  await expect(page.locator('.outbox')).toContainText('You have used all 1 attempts');
  await expect(page.locator(`.assignment[data-assignment="${assignmentId}"]`)).toContainText('No attempts left');
  await page.reload();
  await expect(page.locator('.outbox')).toContainText('You have used all 1 attempts');
  expect(await myAttempts(page)).toHaveLength(1);
  await page.context().close();
  expectErrors(/status of 409/);
});

test('attempts played without an account can be added, once, to the account signed in later', async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await (await browser.newContext({ baseURL: server.origin })).newPage();
  await page.goto(`/play/${STORY}`);
  await answerWithKeys(page, expert.path);
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.score-number')).toBeVisible();
  await expect(page.locator('.delivery')).toHaveCount(0);

  await signedInTrainee(page, 'liu@example.com');
  const offer = page.getByRole('region', { name: 'Attempts in this browser' });
  await expect(offer).toContainText('You played 1 attempt in this browser without an account');
  expect(await myAttempts(page)).toEqual([]);
  await offer.getByRole('button', { name: 'Add to my account' }).click();
  await expect(offer).toHaveCount(0);
  await expect.poll(async () => (await myAttempts(page)).length).toBe(1);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My assignments' })).toBeVisible();
  await expect(offer).toHaveCount(0);
  await page.context().close();
});
