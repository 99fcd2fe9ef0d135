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

test('leaving the play screen while the room is still takes the stage down at once, and later changes wake nothing', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = window as unknown as { canvasesRemoved: number };
    seen.canvasesRemoved = 0;
    const remove = Node.prototype.removeChild;
    Node.prototype.removeChild = function <T extends Node>(this: Node, child: T): T {
      if (child instanceof HTMLCanvasElement) seen.canvasesRemoved += 1;
      return remove.call(this, child) as T;
    };
  });
  const removed = (): Promise<number> => page.evaluate(() => (window as unknown as { canvasesRemoved: number }).canvasesRemoved);
  await page.goto('/');
  await page.locator('[data-story="first-meeting"] button.primary').click();
  await expect(page.locator('.stage canvas')).toBeVisible();
  await untilStill(page);
  await page.getByRole('link', { name: 'The method' }).first().click();
  await expect(page.locator('h1')).toBeVisible();
  // Phaser takes a game down on its next step: a sleeping loop must be woken for it.
  await expect.poll(removed).toBe(1);
  await untilStill(page);
  await page.locator('select[data-setting="locale"]').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await untilStill(page);
  expect(await removed()).toBe(1);
});
