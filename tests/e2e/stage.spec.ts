import { answerWithKeys, expect, test } from './fixtures';
import { policyPath } from './paths';

// Counts the frames the page asks for, so a test can see the stage's game loop go to sleep.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const counter = window as unknown as { framesAsked: number };
    counter.framesAsked = 0;
    const ask = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      counter.framesAsked += 1;
      return ask(callback);
    };
  });
});

const framesAsked = (page: import('@playwright/test').Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked);

/** Resolves once a whole second passes without a frame asked for; fails if that never happens. */
async function untilStill(page: import('@playwright/test').Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const before = await framesAsked(page);
        await page.waitForTimeout(1000);
        return (await framesAsked(page)) - before;
      },
      { timeout: 60_000, intervals: [0] },
    )
    .toBe(0);
}

for (const story of ['first-meeting', 'cold-call-visionary']) {
  test(`the stage of ${story} draws with Canvas without a GPU and sleeps while nothing moves`, async ({ page }) => {
    const { path } = policyPath(`stories/${story}.ink`, 'expert');
    await page.goto('/');
    await page.locator(`[data-story="${story}"] button.primary`).click();
    const canvas = page.locator('.stage canvas');
    await expect(canvas).toBeVisible();
    // The browser runs with --disable-gpu: WebGL would be software-rendered, so the stage must not use it.
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.getContext('2d') !== null)).toBe(true);
    await untilStill(page);
    await answerWithKeys(page, path.slice(0, 2));
    await untilStill(page);
  });
}
