import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

const expert = policyPath('stories/first-meeting.ink', 'expert');

test('every place has a URL, Back and Forward move inside the app, and deep links load the right screen', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-story="first-meeting"] .card-title a').click();
  await expect(page).toHaveURL(/\/scenario\/first-meeting$/);
  await expect(page.getByRole('heading', { level: 1, name: expert.title })).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/\/play\/first-meeting$/);
  await answerWithKeys(page, expert.path.slice(0, 2));

  await page.goBack();
  await expect(page).toHaveURL(/\/scenario\/first-meeting$/);
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\/play\/first-meeting$/);
  await expect(page.locator('.transcript .line.decision')).toHaveCount(2);

  await answerWithKeys(page, expert.path.slice(2));
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page).toHaveURL(/\/debrief\/first-meeting$/);
  const score = await page.locator('.score-number').innerText();
  // Back from the debrief leads to the play page, where the next attempt begins; Forward is the debrief again.
  await page.goBack();
  await expect(page).toHaveURL(/\/play\/first-meeting$/);
  await expect(page.locator('.choice').first()).toBeVisible();
  await expect(page.locator('.transcript .line.decision')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator('.score-number')).toHaveText(score);

  // A fresh page load on each URL shows its screen.
  await page.reload();
  await expect(page.locator('.score-number')).toHaveText(score);
  await page.goto('/scenario/first-meeting');
  await expect(page.getByRole('heading', { level: 1, name: expert.title })).toBeVisible();
  await page.goto('/play/first-meeting');
  await expect(page.locator('.stage canvas')).toBeVisible();
  await answerWithKeys(page, expert.path.slice(0, 1));
  await page.reload();
  await expect(page.locator('.transcript .line.decision')).toHaveCount(1);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to scenarios' }).click();
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
});

test('the skip link moves to the content without leaving the page', async ({ page }) => {
  await page.goto('/scenario/first-meeting');
  // A keyboard user tabs once the page is drawn: a Tab before the app has rendered lands on nothing.
  await expect(page.getByRole('heading', { level: 1, name: expert.title })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/scenario\/first-meeting#main$/);
  await expect(page.getByRole('heading', { level: 1, name: expert.title })).toBeVisible();
});
