import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

const STORY = 'first-meeting';
const pitch = policyPath(`stories/${STORY}.ink`, 'pitch-first');

test('zoomed to 200 %, the coach note and the focused option stay in view after every answer', async ({ page }) => {
  // 200 % of a 1280 × 860 window is a 640 × 430 CSS-pixel viewport.
  await page.setViewportSize({ width: 640, height: 430 });
  await page.goto('/');
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  for (const index of pitch.path.slice(0, 4)) {
    await answerWithKeys(page, [index]);
    const inView = async (selector: string): Promise<boolean> =>
      page.locator(selector).first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight + 1;
      });
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('choice') ?? false)).toBe(true);
    expect(await inView('.choice:focus')).toBe(true);
  }
  await expect(page.locator('.coach')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('a touch screen gets no "press 1–3" hint; every "replay from this moment" button has its own name', async ({ browser, baseURL }) => {
  const touch = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const page = await touch.newPage();
  await page.goto('/');
  await page.locator(`[data-story="${STORY}"] button.primary`).click();
  await expect(page.locator('.choice').first()).toBeVisible();
  await expect(page.locator('.choices .hint')).toBeHidden();
  for (const index of pitch.path) await page.locator(`.choice[data-index="${index}"]`).click();
  await page.getByRole('button', { name: 'See the debrief' }).click();
  const names = await page.locator('button.replay').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(1);
  expect(names.every((n) => n && /Decision \d+/.test(n))).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await touch.close();
});
