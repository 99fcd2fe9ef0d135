import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

/** Serious and critical WCAG A/AA problems axe finds on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test('catalogue, play screen and debrief have no serious accessibility violations', async ({ page }) => {
  const pitch = policyPath('stories/first-meeting.ink', 'pitch-first');
  await page.goto('/');
  await expect(page.locator('[data-story="first-meeting"] img.avatar').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.locator('[data-story="first-meeting"] button.primary').click();
  await answerWithKeys(page, pitch.path.slice(0, 2));
  await expect(page.locator('.coach')).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await answerWithKeys(page, pitch.path.slice(2));
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await expect(page.locator('.chart-box canvas')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('new buyer lines are announced, choices are real buttons, and focus lands on the options', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await expect(page.getByRole('log')).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('log').locator('li').first()).toBeVisible();
  await expect(page.getByRole('group', { name: 'Your options' }).getByRole('button').first()).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.locator('.transcript .line.decision')).toHaveCount(1);
  // Keyboard users keep their place: after answering, focus is on the first new option.
  await expect(page.locator('.choice').first()).toBeFocused();
});
