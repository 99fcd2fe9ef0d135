import { rmSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { violations } from './axe';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';
import { freePort, freshDataDir, startServer, type RunningServer } from './server';

const expert = policyPath('stories/first-meeting.ink', 'expert');
const PASSWORD = 'correct horse battery';

let server: RunningServer;
let dataDir: string;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  dataDir = freshDataDir();
  server = await startServer(await freePort(), dataDir);
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

// Console errors of every person's page: the flow must run without one.
const pageErrors: string[] = [];

/** A page in a browser context of its own (its own cookies), on the test's server. */
async function person(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.origin, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.on('console', (msg) => void (msg.type() === 'error' && pageErrors.push(msg.text())));
  page.on('pageerror', (error) => void pageErrors.push(error.message));
  return page;
}

/** The newest link the manager page shows for `email`. */
const linkFor = (page: Page, email: string) => page.locator(`.link-list li[data-email="${email}"] .link-url`).first().inputValue();

async function setPassword(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat the password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
}

test('a manager assigns a scenario, the trainee plays it and sees it passed, the manager sees the server’s score', async ({ browser }) => {
  test.setTimeout(300_000);
  expect(server.setupUrl).not.toBeNull();

  // The admin creates the first account from the printed link and invites a manager.
  const admin = await person(browser);
  await admin.goto(server.setupUrl as string);
  await admin.getByLabel('Name').fill('Ada Admin');
  await admin.getByLabel('Email').fill('ada@example.com');
  await admin.getByLabel('New password').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Create admin account' }).click();
  await expect(admin).toHaveURL(/\/manage$/);
  await admin.locator('#manager-name').fill('Mo Manager');
  await admin.locator('#manager-email').fill('mo@example.com');
  await admin.getByRole('button', { name: 'Invite' }).click();
  const managerInvite = await linkFor(admin, 'mo@example.com');

  // The manager signs up, creates a team, adds a trainee and assigns a scenario.
  const manager = await person(browser);
  await setPassword(manager, managerInvite);
  await expect(manager).toHaveURL(/\/manage$/);
  expect(await violations(manager)).toEqual([]);
  await manager.getByLabel('Team name').fill('Field sales');
  await manager.getByRole('button', { name: 'Create team' }).click();
  await manager.getByRole('link', { name: 'Field sales' }).click();
  await expect(manager).toHaveURL(/\/manage\/teams\/[0-9a-f-]+$/);
  await manager.locator('#member-name').fill('Tess Trainee');
  await manager.locator('#member-email').fill('tess@example.com');
  await manager.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(manager.locator('tr[data-member="tess@example.com"]')).toContainText('Invited');
  const traineeInvite = await linkFor(manager, 'tess@example.com');
  expect(traineeInvite).toMatch(/\/invite\/\S+$/);

  // More people from a CSV file: good lines are added with their links, a bad one is named.
  await manager.locator('#csv-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nWang Lei,wang@example.com\nNo Mail,not-an-email\n') });
  await manager.getByRole('button', { name: 'Import' }).click();
  await expect(manager.locator('tr[data-member="wang@example.com"]')).toBeVisible();
  await expect(manager.getByRole('alert')).toContainText('1 line was not added');
  expect(await linkFor(manager, 'wang@example.com')).toMatch(/\/invite\/\S+$/);

  await manager.getByLabel(expert.title).check();
  await manager.locator('.people-picks').getByLabel('Tess Trainee').check();
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  await manager.getByLabel('Due date').fill(tomorrow);
  await manager.getByLabel('Pass mark (1–100)').fill('60');
  await manager.getByLabel('Attempts allowed').fill('3');
  await manager.getByRole('button', { name: 'Assign' }).click();
  await expect(manager.locator('.assignment-card')).toHaveCount(1);
  await expect(manager.locator('.assignment-card')).toContainText('No attempt yet.');
  // The manager copies a link to the one scenario, to send it.
  await manager.getByRole('button', { name: `Copy link to “${expert.title}”` }).click();
  await expect(manager.locator('.assignment-card .copied')).toHaveText('Copied');
  expect(await manager.evaluate(() => navigator.clipboard.readText())).toBe(`${server.origin}/scenario/first-meeting`);
  expect(await violations(manager)).toEqual([]);

  // The trainee opens the invite link, sets a password and lands on their assignments.
  const trainee = await person(browser);
  await setPassword(trainee, traineeInvite);
  await expect(trainee).toHaveURL(/\/home$/);
  const item = trainee.locator(`.assignment[data-story="first-meeting"]`);
  await expect(trainee.locator('.group-due-soon')).toContainText(expert.title);
  expect(await violations(trainee)).toEqual([]);
  await item.getByRole('link', { name: `Play: ${expert.title}` }).click();
  await expect(trainee).toHaveURL(/\/play\/first-meeting\?assignment=[0-9a-f-]+$/);
  await expect(trainee.locator('.chip.mode')).toHaveText('Assessment');
  await answerWithKeys(trainee, expert.path);
  await trainee.getByRole('button', { name: 'See the debrief' }).click();
  await expect(trainee.locator('.delivery.saved')).toContainText('Saved to your account. Score on the server:');
  const score = await trainee.locator('.score-number').innerText();
  await expect(trainee.locator('.delivery.saved')).toContainText(`${score}, Passed`);

  await trainee.getByRole('link', { name: 'Back to my assignments' }).click();
  await expect(trainee.locator('.group-passed')).toContainText(expert.title);
  await expect(trainee.locator('.group-passed .score strong')).toHaveText(score);

  // The manager sees the attempt with the score the server computed, and opens it.
  await manager.reload();
  const row = manager.locator('.attempts-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Tess Trainee');
  await expect(row.locator('.server-score')).toHaveText(score);
  await row.locator('.server-score').click();
  await expect(manager).toHaveURL(/\/attempts\/[0-9a-f-]+$/);
  await expect(manager.locator('.delivery.saved')).toContainText(`Score computed by the server: ${score}, Passed`);

  // The manager can issue a reset link for the trainee, to hand over like the invite.
  await manager.goBack();
  await manager.getByRole('button', { name: 'Reset link: Tess Trainee' }).click();
  const reset = await manager.locator('.link-list li[data-email="tess@example.com"] .link-url').first().inputValue();
  expect(reset).toMatch(/\/reset\/\S+$/);
  expect(pageErrors).toEqual([]);
});
