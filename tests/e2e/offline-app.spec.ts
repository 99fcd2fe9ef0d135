import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

const STORY = 'cold-feet';
const expert = policyPath(`stories/${STORY}.ink`, 'expert');

test('after one visit the app, a scenario never opened before and the debrief chart work with the network gone', async ({ page, context, expectErrors }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  // Installed once the page is idle; "ready" means every file is precached.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  await expect(page.locator('.stage canvas')).toBeVisible();
  await answerWithKeys(page, expert.path);
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.chart-box canvas')).toBeVisible();
  await expect(page.locator('.score-number')).toHaveText(/^\d+$/);
  // A page opened offline by its address comes from the same copy.
  await page.goto('/scenario/first-meeting');
  await expect(page.locator('h1')).toBeVisible();
  await context.setOffline(false);
  // Only the server's API is out of reach (the account check); no file of the app failed to load.
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.filter((path) => !path.startsWith('/api/'))).toEqual([]);
  expectErrors(/ERR_INTERNET_DISCONNECTED/);
});
