import { test as base, expect, type Page } from '@playwright/test';

/** A page that fails the test on any console error or uncaught exception. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
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
    const seller = page.locator('.transcript .line.seller');
    const before = await seller.count();
    await expect(page.locator(`.choice[data-index="${index}"]`)).toBeVisible();
    await page.keyboard.press(String(index + 1));
    await expect(seller).toHaveCount(before + 1);
  }
}
