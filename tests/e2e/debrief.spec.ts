import { answerWithKeys, expect, test } from './fixtures';
import { expertUntil } from './paths';

test('a diligent seller who quotes into a rigged bid fails, and the debrief opens with that decision', async ({ page }) => {
  const run = expertUntil('stories/rfq-column-fodder.ink', 'quoted-anyway');
  expect(run.outcome).not.toBe('qualified-out');
  await page.goto('/');
  await page.locator('[data-story="rfq-column-fodder"] button.primary').click();
  await answerWithKeys(page, run.path);
  await page.getByRole('button', { name: 'See the debrief' }).click();

  await expect(page.locator('.score-badge')).toHaveClass(/failed/);
  await expect(page.locator('.score-label')).toHaveText('Not yet');
  const deciding = page.locator('.deciding');
  await expect(deciding).toContainText(`It ended this way because of decision ${run.path.length}`);
  await expect(deciding).toContainText('best quote by Friday');
  await expect(deciding).toContainText('went against the method');
  await expect(page.locator('.broken-note')).toContainText('C9');
  await page.screenshot({ path: 'test-results/rfq-quote-anyway-debrief.png', fullPage: true });

  // Replaying from the deciding moment and walking away instead is a success.
  await deciding.getByRole('button').click();
  await expect(page.locator('.transcript .line.decision')).toHaveCount(run.path.length - 1);
});
