import { rmSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { violations } from './axe';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';
import { buildReviewWorld, EVIL_NAME, PASSWORD, STORY, type ReviewWorld } from './review-world';
import { freePort, freshDataDir, startServer, type RunningServer } from './server';

const COMMENT = 'Ask about their goal before the demo. <script>alert(1)</script>';

let server: RunningServer;
let dataDir: string;
let world: ReviewWorld;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = freshDataDir();
  server = await startServer(await freePort(), dataDir);
  world = await buildReviewWorld(server);
});
test.afterAll(async () => {
  await world?.dispose();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What went wrong in any page of a test: console errors, uncaught exceptions, and any dialog (an injected alert). */
const problems: string[] = [];
test.beforeEach(() => void problems.splice(0));

async function person(browser: Browser, allowed: RegExp | null = null): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.origin });
  const page = await context.newPage();
  page.on('console', (msg) => void (msg.type() === 'error' && !allowed?.test(msg.text()) && problems.push(msg.text())));
  page.on('pageerror', (error) => void problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/(manage|home)$/);
}

/** The injected name and comment are on the page as text, and nothing of them became markup. */
async function shownAsText(page: Page, text: string): Promise<void> {
  await expect(page.locator('main')).toContainText(text);
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], main script, [onerror]').length)).toBe(0);
}

test('a manager opens an overdue trainee’s attempt and pins a comment to a decision; the trainee sees it, badge and debrief, all as text', async ({ browser }) => {
  test.setTimeout(300_000);
  const manager = await person(browser);
  await signIn(manager, world.manager.email);

  // The overview: the overdue trainees on top, the injected name shown as text.
  await manager.goto(`/manage/teams/${world.teamId}/overview`);
  const rows = manager.locator('.overview-table tbody tr');
  await expect(rows.first()).toHaveClass(/status-overdue/);
  await expect(rows.nth(1)).toHaveClass(/status-overdue/);
  await expect(rows.last()).toHaveClass(/status-passed/);
  await shownAsText(manager, EVIL_NAME);
  await expect(manager.locator(`tr[data-trainee="${world.tess.id}"] .practice`)).toContainText('1 practice run');
  expect(await violations(manager)).toEqual([]);
  // Sorting by best score, best first, puts the passed row on top; the address keeps it.
  await manager.getByRole('link', { name: /^Best/ }).click();
  await manager.getByRole('link', { name: /^Best/ }).click();
  await expect(manager).toHaveURL(/sort=-best/);
  await expect(rows.first()).toHaveClass(/status-passed/);
  await manager.getByRole('link', { name: 'Overview' }).click();

  // The overdue trainee's counting attempt opens as their debrief plus the transcript.
  const evilRow = manager.locator(`tr[data-trainee="${world.evil.id}"]`);
  await evilRow.locator('.attempt-link').click();
  await expect(manager).toHaveURL(new RegExp(`/attempts/${world.evil.attemptId}$`));
  await expect(manager.locator('.served-transcript .decision-review').first()).toBeVisible();
  await expect(manager.locator('.served-head')).toContainText(`Attempt by ${EVIL_NAME}`);
  await expect(manager.locator('.decision-review').first().locator('.better')).not.toBeEmpty();
  await manager.getByLabel('Pin a comment to decision 2').fill(COMMENT);
  await manager.locator('#decision-2').getByRole('button', { name: 'Pin comment' }).click();
  await expect(manager.locator('#decision-2 .comment-body')).toHaveText(COMMENT);
  await expect(manager.locator('.served-head .comment-index')).toContainText(COMMENT);
  await shownAsText(manager, COMMENT);
  expect(await violations(manager)).toEqual([]);
  // The author edits the comment; the edit stays after a reload.
  await manager.locator('#decision-2').getByRole('button', { name: 'Edit: Decision 2' }).click();
  await expect(manager.getByLabel('Edit the comment')).toBeFocused();
  await manager.getByLabel('Edit the comment').fill(`${COMMENT} Then listen.`);
  await manager.getByRole('button', { name: 'Save' }).click();
  await expect(manager.locator('#decision-2 .comment-meta')).toContainText('edited');
  await manager.reload();
  await expect(manager.locator('#decision-2 .comment-body')).toHaveText(`${COMMENT} Then listen.`);

  // The heat map: a cell's number is in its name, a click lists the attempts behind it.
  await manager.goto(`/manage/teams/${world.teamId}/heatmap`);
  await shownAsText(manager, EVIL_NAME);
  const cell = manager.locator(`tr[data-trainee="${world.evil.id}"] .heat-cell`).first();
  await expect(cell).toHaveAttribute('aria-label', new RegExp(`^${EVIL_NAME.replace(/[()]/g, '\\$&')}, C\\d+ .+: \\d+$`));
  await cell.focus();
  await manager.keyboard.press('Enter');
  await expect(cell).toHaveAttribute('aria-expanded', 'true');
  await expect(manager.locator('#cell-attempts')).toContainText(EVIL_NAME);
  await expect(manager.locator(`#cell-attempts a[href="/attempts/${world.evil.attemptId}"]`)).toBeVisible();
  await expect(manager.locator('.heat-table tfoot')).toContainText('Team average');
  expect(await violations(manager)).toEqual([]);
  // The grades download as the heat map shows them: CSV with a BOM, the team average last.
  const csv = await manager.request.get((await manager.getByRole('link', { name: 'Download grades (CSV)' }).getAttribute('href')) as string);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = (await csv.body()).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('王磊');
  expect(text.trim().split('\r\n').at(-1)).toMatch(/^"?Team average/);

  // The trap map: the forks in order, and who chose each option, names as text.
  await manager.goto(`/manage/teams/${world.teamId}/traps?story=${STORY}`);
  await expect(manager.locator('.traps-summary')).toContainText('3 counted runs');
  await expect(manager.locator('.fork.worst .worst-marker')).toHaveCount(1);
  const steps = await manager.locator('.fork h2').allTextContents();
  const numbers = steps.map((s) => Number(s.replace(/\D/g, '')));
  expect(numbers.length).toBeGreaterThan(5);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  for (const summary of await manager.locator('.chosen-by summary').all()) await summary.click();
  await shownAsText(manager, EVIL_NAME);
  expect(await violations(manager)).toEqual([]);

  // The trainee's progress, for their manager.
  await manager.goto(`/manage/people/${world.evil.id}`);
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText(`Progress of ${EVIL_NAME}`);
  await expect(manager.locator('.trend-table tbody tr')).toHaveCount(13);

  // The trainee: a badge on the home page, the comment in their debrief, read once opened.
  const trainee = await person(browser);
  await signIn(trainee, world.evil.email);
  await expect(trainee.locator('.unread-badge')).toHaveText('1 new');
  await shownAsText(trainee, `${COMMENT} Then listen.`);
  await expect(trainee.locator('.home-comments')).toContainText('Mo Manager');
  expect(await violations(trainee)).toEqual([]);
  await trainee.locator('.home-comments a').first().click();
  await expect(trainee).toHaveURL(new RegExp(`/attempts/${world.evil.attemptId}$`));
  await expect(trainee.locator('.served-head')).toContainText(`${COMMENT} Then listen.`);
  await expect(trainee.locator('#decision-2 .comment-body')).toHaveText(`${COMMENT} Then listen.`);
  await expect(trainee.locator('.comment-form')).toHaveCount(0);
  await expect(trainee.locator('.comment-actions')).toHaveCount(0);
  await shownAsText(trainee, COMMENT);
  expect(await violations(trainee)).toEqual([]);
  await trainee.goto('/home');
  await expect(trainee.locator('.home-comments')).toContainText(COMMENT);
  await expect(trainee.locator('.unread-badge')).toHaveCount(0);

  // The author deletes it; it is gone for the trainee too.
  await manager.goto(`/attempts/${world.evil.attemptId}`);
  await manager.locator('#decision-2').getByRole('button', { name: 'Delete: Decision 2' }).click();
  await expect(manager.locator('#decision-2 .comment')).toHaveCount(0);
  await trainee.reload();
  await expect(trainee.getByRole('heading', { name: 'My assignments' })).toBeVisible();
  await expect(trainee.locator('.home-comments')).toHaveCount(0);

  // A manager deletes an attempt (two clicks); its comments go with it, and it no longer counts.
  await manager.goto(`/attempts/${world.wang.attemptId}`);
  await manager.getByLabel('Pin a comment to decision 1', { exact: true }).fill('Start with their goal.');
  await manager.locator('#decision-1').getByRole('button', { name: 'Pin comment' }).click();
  await expect(manager.locator('#decision-1 .comment')).toHaveCount(1);
  await manager.getByRole('button', { name: 'Delete this attempt…' }).click();
  await expect(manager.getByRole('button', { name: 'Delete the attempt' })).toBeFocused();
  await manager.getByRole('button', { name: 'Delete the attempt' }).click();
  await expect(manager).toHaveURL(new RegExp(`/manage/people/${world.wang.id}$`));
  await expect(manager.getByRole('heading', { level: 1 })).toHaveText('Progress of 王磊');
  await expect(manager.locator('.progress-page')).toContainText('No attempt yet.');
  expect((await manager.request.get(`/api/attempts/${world.wang.attemptId}/review`)).status()).toBe(404);
  await manager.goto(`/manage/teams/${world.teamId}/overview`);
  await expect(manager.locator(`tr[data-trainee="${world.wang.id}"] .attempt-link`)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('another manager’s team shows “not found”, on each of its pages', async ({ browser }) => {
  const other = await person(browser, /status of 404/);
  await signIn(other, world.otherManager.email);
  for (const view of ['overview', 'heatmap', 'traps']) {
    await other.goto(`/manage/teams/${world.teamId}/${view}`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(other.locator('main')).not.toContainText(EVIL_NAME);
  }
  await other.goto(`/attempts/${world.evil.attemptId}`);
  await expect(other.getByRole('alert')).toContainText('That attempt could not be found');
  expect(problems).toEqual([]);
});

test('the certificate of a passed assessment opens signed out from its link, and prints without the top bar or buttons', async ({ browser }) => {
  const visitor = await person(browser, /status of 404/);
  await visitor.goto(`/certificates/${world.certificateCode}`);
  const certificate = visitor.locator('.certificate');
  await expect(certificate).toContainText('Tess Trainee');
  await expect(certificate).toContainText('Field sales 华东');
  await expect(certificate).toContainText(policyPath(`stories/${STORY}.ink`, 'expert').title);
  await expect(certificate.locator('.verified')).toContainText('Verified');
  await expect(certificate.locator('.verify-link a')).toHaveAttribute('href', `${server.origin}/certificates/${world.certificateCode}`);
  expect(await violations(visitor)).toEqual([]);
  await visitor.emulateMedia({ media: 'print' });
  await expect(visitor.locator('.topbar')).toBeHidden();
  await expect(visitor.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(certificate).toBeVisible();
  await visitor.emulateMedia({ media: 'screen' });

  await visitor.goto('/certificates/not-a-real-code');
  await expect(visitor.getByRole('alert')).toContainText('No certificate has this code');
  expect(problems).toEqual([]);
});

test('a learner without an account gets the progress page from this browser’s attempts', async ({ browser }) => {
  test.setTimeout(240_000);
  const learner = await person(browser);
  const expert = policyPath(`stories/${STORY}.ink`, 'expert');
  await learner.goto('/');
  await learner.locator('select[data-setting="mode"]').selectOption('assessment');
  await learner.locator(`[data-story="${STORY}"] button.primary`).click();
  await answerWithKeys(learner, expert.path);
  await learner.getByRole('button', { name: 'See the debrief' }).click();
  await expect(learner.locator('.score-number')).toBeVisible();
  await learner.getByRole('link', { name: 'Back to scenarios' }).click();
  await learner.getByRole('link', { name: 'My progress' }).click();
  await expect(learner).toHaveURL(/\/progress$/);
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('My progress');
  await expect(learner.locator('.progress-page')).toContainText('this page reads the attempts kept in this browser');
  await expect(learner.locator('.progress-chart canvas')).toBeVisible();
  await expect(learner.locator('.trend-table tbody tr')).toHaveCount(13);
  await expect(learner.locator('.practise-next li').first()).toBeVisible();
  await expect(learner.locator('.practise-next li a').first()).toHaveAttribute('href', /^\/scenario\//);
  expect(await violations(learner)).toEqual([]);
  // The same page in Chinese.
  await learner.locator('select[data-setting="locale"]').selectOption('zh-CN');
  await expect(learner.getByRole('heading', { level: 1 })).toHaveText('我的进步');
  expect(problems).toEqual([]);
});
