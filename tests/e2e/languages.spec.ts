import { violations } from './axe';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

const STORY = 'stories/first-meeting.ink';

test('half in English, then Chinese: the same place, the same score as an all-English run, and no accessibility violations', async ({ page }) => {
  const run = policyPath(STORY, 'mixed');
  const half = Math.floor(run.path.length / 2);

  // All in English first, for the score to compare against.
  await page.goto('/');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await answerWithKeys(page, run.path);
  await page.getByRole('button', { name: 'See the debrief' }).click();
  const english = await page.locator('.score-number').innerText();

  await page.goto('/');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await answerWithKeys(page, run.path.slice(0, half));
  const linesBefore = await page.locator('.transcript .line').count();
  await page.locator('select[data-setting="locale"]').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: '华信冷链' })).toBeVisible();
  await expect(page.locator('.transcript .line')).toHaveCount(linesBefore);
  await expect(page.locator('.transcript .line.decision').first()).toContainText(/[\u4e00-\u9fff]/);
  expect(await violations(page)).toEqual([]);
  await expect(page.locator('.stage canvas')).toBeVisible();
  await page.screenshot({ path: 'test-results/zh-play.png' });

  await answerWithKeys(page, run.path.slice(half));
  await page.getByRole('button', { name: '查看复盘' }).click();
  await expect(page.locator('.score-number')).toHaveText(english);
  await expect(page.locator('.deciding .said, .finding .said').first()).toContainText(/[\u4e00-\u9fff]/);
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/zh-debrief.png', fullPage: true });
});
