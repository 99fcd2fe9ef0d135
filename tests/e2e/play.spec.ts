import type { Page } from '@playwright/test';
import { answerWithKeys, expect, tabTo, test } from './fixtures';
import { policyPath } from './paths';

const STORY = 'stories/first-meeting.ink';
const expert = policyPath(STORY, 'expert');
const pitch = policyPath(STORY, 'pitch-first');

test('plays the first meeting to an ending with the keyboard only, resuming after a reload', async ({ page, errors }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  await tabTo(page, '[data-story="first-meeting"] button.primary');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: expert.title })).toBeVisible();
  await expect(page.locator('.stage canvas')).toBeVisible();

  const half = Math.floor(expert.path.length / 2);
  await answerWithKeys(page, expert.path.slice(0, half));
  const linesBefore = await page.locator('.transcript .line').allTextContents();
  expect(linesBefore.length).toBeGreaterThan(half);

  await page.reload();
  await expect(page.getByRole('heading', { name: expert.title })).toBeVisible();
  await expect(page.locator('.transcript .line')).toHaveText(linesBefore);

  await answerWithKeys(page, expert.path.slice(half));
  await expect(page.locator('.ended')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.debrief')).toBeVisible();
  await expect(page.locator('#debrief-title')).toHaveText(/Objective reached|Qualified out/);
  await expect(page.locator('.debrief .objective')).toContainText('Objective: A second meeting with the people who decide');
  expect(errors).toEqual([]);
});

test('the debrief grades the concepts, cites moments, and replays from a cited moment to another ending', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await answerWithKeys(page, pitch.path);
  await page.getByRole('button', { name: 'See the debrief' }).click();

  await expect(page.locator('.score-number')).toHaveText(/^\d+$/);
  const score = Number(await page.locator('.score-number').innerText());
  expect(score).toBeLessThan(50);
  await expect(page.locator('.finding.weak')).toHaveCount(3);
  await expect(page.locator('.finding.weak .said').first()).not.toBeEmpty();
  await expect(page.locator('.finding.weak .better').first()).not.toBeEmpty();
  await expect(page.locator('.chart-box canvas')).toBeVisible();
  await expect(page.locator('.grades tbody tr')).toHaveCount(13);
  const pitchOutcome = await page.locator('#debrief-title').innerText();

  // Replay from the first decision that cost points, then play the expert line from there.
  const replay = page.locator('.missed .replay').first();
  const step = Number(await replay.getAttribute('data-step'));
  await replay.click();
  await expect(page.locator('.transcript .line.decision')).toHaveCount(step);
  const rest = policyPath(STORY, 'expert');
  await answerWithKeys(page, rest.path.slice(step));
  if (await page.locator('.ended').isVisible()) await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.debrief')).toBeVisible();
  await expect(page.locator('#debrief-title')).not.toHaveText(pitchOutcome);
  // Both runs were practice (coach mode, then a replay from a moment): neither is a best score.
  await expect(page.locator('.debrief')).toContainText('Plus 2 practice runs');
  await expect(page.locator('.progress-line')).toHaveCount(0);
});

/**
 * Opens the app on a save written before any of its code runs (as a browser that kept one would),
 * so no write of a running page can race the test's.
 */
async function openWithSave(page: Page, save: string): Promise<void> {
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('pitchless', text);
  }, save);
  await page.goto('/');
}

test('a corrupt saved state shows a notice and starts clean', async ({ page, errors }) => {
  await openWithSave(page, '{"state":{"active":');
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  expect(await page.evaluate(() => (JSON.parse(localStorage.getItem('pitchless-backup') ?? '[]') as { raw: string }[])[0]?.raw)).toBe('{"state":{"active":');
  expect(errors).toEqual([]);
});

test('a saved path that no longer fits the story shows a notice, not a blank page', async ({ page }) => {
  await openWithSave(
    page,
    JSON.stringify({
      state: { locale: 'en', mode: 'coach', attempts: [], active: { storyId: 'first-meeting', version: 0, seed: 1, path: [9, 9, 9], mode: 'coach', recorded: false } },
      version: 1,
    }),
  );
  await expect(page.getByRole('alert')).toContainText('no longer fit');
  await expect(page.locator('[data-story="first-meeting"]')).toBeVisible();
});

test('the interface switches to Simplified Chinese', async ({ page }) => {
  await page.goto('/');
  await page.locator('select[data-setting="locale"]').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '场景' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { name: '场景' })).toBeVisible();
});

test('a dropped connection while a scenario loads shows a notice, and trying again works', async ({ page, expectErrors }) => {
  // Offline from the start: the catalogue's early download of its first step fails quietly, then the click's.
  await page.route(/\/assets\/first-meeting[.-][^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  expectErrors(/ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module/);

  await page.unroute(/\/assets\/first-meeting[.-][^/]*\.js$/);
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await expect(page.getByRole('heading', { name: expert.title })).toBeVisible();
});
