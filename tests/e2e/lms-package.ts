import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { buildLmsApp, zipPackage } from '../../tools/package';
import type { PackageFormat } from '../../tools/lms-manifest';

/** The package of one scenario in `format`, built from the app the LMS tests share (built once per worker). */
let built: Promise<void> | null = null;
export async function lmsPackage(format: PackageFormat, scenario: string): Promise<string> {
  built ??= buildLmsApp([scenario], 'error');
  await built;
  const out = join('build', 'packages', `e2e-${format}.zip`);
  await zipPackage({ format, scenarios: [scenario], passMark: 70, out });
  return out;
}

/** Answers in the package (its frame inside an LMS page, or the page), waiting for each new set of options. */
export async function answerIn(frame: { locator(selector: string): Locator }, path: readonly number[]): Promise<void> {
  for (const index of path) {
    const seller = frame.locator('.transcript .line.decision');
    const before = await seller.count();
    await frame.locator(`.choice[data-index="${index}"]`).click();
    await expect(seller).toHaveCount(before + 1);
  }
}

/** Ends the SCO's session as an LMS does when the learner closes it: its frame goes away (pagehide). */
export async function closeSco(page: Page): Promise<void> {
  await page.evaluate(() => document.getElementById('sco')?.remove());
}
