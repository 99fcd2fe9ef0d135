import { readdirSync, readFileSync } from 'node:fs';
import { lintInkSource } from '../../src/core/source-lint';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

const headers = readdirSync('stories')
  .filter((f) => f.endsWith('.ink'))
  .map((f) => lintInkSource(readFileSync(`stories/${f}`, 'utf8')).header)
  .filter((h) => h !== null);

test('the catalogue filters by phase, segment and concept, and clears', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.cards > .card');
  await expect(cards).toHaveCount(headers.length);

  await page.locator('select[data-filter="phase"]').selectOption('3');
  await expect(cards).toHaveCount(headers.filter((h) => h.phase === 3).length);
  for (const id of await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-story')))) {
    expect(headers.find((h) => h.id === id)?.phase).toBe(3);
  }

  await page.locator('select[data-filter="segment"]').selectOption('late-majority');
  await expect(cards).toHaveCount(headers.filter((h) => h.phase === 3 && h.segment === 'late-majority').length);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cards).toHaveCount(headers.length);

  // Every concept is assessed in at least three scenarios of the library.
  await page.locator('select[data-filter="concept"]').selectOption('C9');
  expect(await cards.count()).toBeGreaterThanOrEqual(3);
  expect(await cards.count()).toBeLessThanOrEqual(headers.length);
});

test('assessment mode shows no hints, records the mode, and the card shows the best score', async ({ page }) => {
  const expert = policyPath('stories/first-meeting.ink', 'expert');
  await page.goto('/');
  await page.locator('select[data-setting="mode"]').selectOption('assessment');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await answerWithKeys(page, expert.path.slice(0, 2));
  await expect(page.locator('.coach')).toHaveCount(0);
  await answerWithKeys(page, expert.path.slice(2));
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.debrief')).toContainText('Played in Assessment mode');
  const score = await page.locator('.score-number').innerText();

  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('[data-story="first-meeting"] .best')).toHaveText(`Best ${score}`);
});

test('coach mode notes every choice beside the buyer’s reaction', async ({ page }) => {
  const pitch = policyPath('stories/first-meeting.ink', 'pitch-first');
  await page.goto('/');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await answerWithKeys(page, pitch.path.slice(0, 1));
  await expect(page.locator('.coach')).toBeVisible();
  await expect(page.locator('.coach')).toContainText('Coach');
  await expect(page.locator('.coach .better')).not.toBeEmpty();
});
