import type { Page } from '@playwright/test';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

const FIRST = 'first-meeting';
const SECOND = 'cold-call-visionary';
const first = policyPath(`stories/${FIRST}.ink`, 'expert');
const second = policyPath(`stories/${SECOND}.ink`, 'expert');

/** Assessment mode: only its runs make a best score (coach runs are practice). */
const assess = (page: Page) => page.locator('select[data-setting="mode"]').selectOption('assessment');

test('two tabs playing two scenarios keep both, and a score finished in one survives the other saving', async ({ page, context }) => {
  await page.goto('/');
  await page.locator(`[data-story="${FIRST}"] button.primary`).click();
  await answerWithKeys(page, first.path.slice(0, 2));

  const other = await context.newPage();
  await other.goto('/');
  await assess(other);
  await other.locator(`[data-story="${SECOND}"] button.primary`).click();
  await answerWithKeys(other, second.path);
  await expect(other.locator('.ended')).toBeVisible();

  // The first tab saves after the second finished (a language switch): it must not wipe that score.
  await page.locator('select[data-setting="locale"]').selectOption('zh-CN');
  await page.locator('select[data-setting="locale"]').selectOption('en');
  await page.goto('/');
  await expect(page.locator(`[data-story="${SECOND}"] .best`)).toHaveText(/Best \d+/);
  await expect(page.locator(`[data-story="${FIRST}"] button.primary`)).toHaveText('Resume');
  await page.locator(`[data-story="${FIRST}"] button.primary`).click();
  await expect(page.locator('.transcript .line.decision')).toHaveCount(2);
  await other.close();
});

test('a browser whose storage is full says once that progress is not kept, keeps what it had, and play goes on', async ({ page }) => {
  // A finished attempt is saved first; then the quota runs out.
  await page.goto('/');
  await assess(page);
  await page.locator(`[data-story="${SECOND}"] button.primary`).click();
  await answerWithKeys(page, second.path);
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await expect(page.locator(`[data-story="${SECOND}"] .best`)).toHaveText(/Best \d+/);
  await page.locator(`[data-story="${FIRST}"] button.primary`).click();
  const warning = page.getByRole('alert').filter({ hasText: 'not keeping your progress' });
  await expect(warning).toHaveCount(1);
  await warning.getByRole('button', { name: 'Dismiss' }).click();
  await answerWithKeys(page, first.path.slice(0, 3));
  await expect(warning).toHaveCount(0);
  await page.goto('/');
  await expect(page.locator(`[data-story="${SECOND}"] .best`)).toHaveText(/Best \d+/);
});

test('progress downloads as a file and imports into a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  await assess(page);
  await page.locator(`[data-story="${SECOND}"] button.primary`).click();
  await answerWithKeys(page, second.path);
  await page.goto('/');
  await page.getByText('Your saved progress').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const file = await (await download).path();

  const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.locator(`[data-story="${SECOND}"] .best`)).toHaveText('Not played yet');
  await other.getByText('Your saved progress').click();
  await other.locator('.saved-progress input[type="file"]').setInputFiles(file);
  await expect(other.getByRole('alert')).toContainText('1 attempts added');
  await expect(other.locator(`[data-story="${SECOND}"] .best`)).toHaveText(/Best \d+/);
  await fresh.close();
});

test('an answer followed at once by a reload is kept: the save waiting for its frame is written as the page goes', async ({ page }) => {
  await page.goto('/');
  await page.locator(`[data-story="${FIRST}"] button.primary`).click();
  await answerWithKeys(page, first.path.slice(0, 1));
  // The answer and the reload in one task: no frame is painted in between.
  await page.evaluate((index) => {
    document.querySelector<HTMLElement>(`.choice[data-index="${index}"]`)?.click();
    location.reload();
  }, first.path[1] ?? 0);
  await expect(page.locator('.transcript .line.decision')).toHaveCount(2);
});
