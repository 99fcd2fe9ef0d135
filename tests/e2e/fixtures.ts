import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught exception in the page. A test that provokes
 * an error on purpose says which with `expectErrors`.
 */
export const test = base.extend<{ errors: string[]; expectErrors: (pattern: RegExp) => void }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  expectErrors: async ({ errors }, use) => {
    await use((pattern) => {
      const unexpected = errors.filter((e) => !pattern.test(e));
      errors.splice(0, errors.length, ...unexpected);
    });
  },
});
export { expect };

/** Moves keyboard focus with Tab until `locator` has it (keyboard-only play). */
export async function tabTo(page: Page, selector: string, maxTabs = 80): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** Answers with number keys, waiting for each new set of options. */
export async function answerWithKeys(page: Page, path: readonly number[]): Promise<void> {
  for (const index of path) {
    const seller = page.locator('.transcript .line.decision');
    const before = await seller.count();
    await expect(page.locator(`.choice[data-index="${index}"]`)).toBeVisible();
    await page.keyboard.press(String(index + 1));
    await expect(seller).toHaveCount(before + 1);
  }
}
