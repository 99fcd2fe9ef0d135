import { violations } from './axe';
import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

test('catalogue, play screen and debrief have no serious accessibility violations', async ({ page }) => {
  const pitch = policyPath('stories/first-meeting.ink', 'pitch-first');
  await page.goto('/');
  await expect(page.locator('[data-story="first-meeting"] .avatar img[src]').first()).toBeVisible();
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

test('the sign-in, setup and invite pages have no serious accessibility violations, and a bad link says so', async ({ page, expectErrors }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Sign in to Pitchless' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByLabel('Email').fill('nobody@example.com');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  expect(await violations(page)).toEqual([]);

  await page.goto('/setup');
  await expect(page.getByRole('heading', { name: 'Create the admin account' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.goto('/invite/not-a-real-token');
  await expect(page.getByRole('alert')).toContainText('not valid');
  expect(await violations(page)).toEqual([]);
  expectErrors(/status of (401|404)/);
});
