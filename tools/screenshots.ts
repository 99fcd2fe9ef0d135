import { chromium } from '@playwright/test';
import { POLICIES, type PolicyName } from '../src/core/policies';
import { findChromium } from '../tests/e2e/browser';
import { policyPath } from '../tests/e2e/paths';
import { startPreview } from './preview-server';

/**
 * `npm run screenshots [story] [policy] [outdir]`: plays a scenario in headless Chromium and saves
 * the catalogue, the play screen midway, the debrief and the Chinese catalogue as PNGs (the
 * README's pictures come from here). Run `npm run build` first.
 */

const story = process.argv[2] ?? 'first-meeting';
const policy: PolicyName = process.argv[3] && process.argv[3] in POLICIES ? (process.argv[3] as PolicyName) : 'expert';
const outdir = process.argv[4] ?? 'docs';

const server = await startPreview(Number(process.env.SCREENSHOTS_PORT ?? 4178));
try {
  const launch = findChromium();
  if (!launch) throw new Error('no Chromium found (see README)');
  const browser = await chromium.launch(launch);
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  const { path } = policyPath(`stories/${story}.ink`, policy);

  await page.goto(server.url);
  await page.locator(`[data-story="${story}"] button.primary`).waitFor();
  await page.screenshot({ path: `${outdir}/catalogue.png` });

  await page.locator(`[data-story="${story}"] button.primary`).click();
  const half = Math.ceil(path.length / 2);
  for (const [step, index] of path.entries()) {
    await page.locator(`.choice[data-index="${index}"]`).click();
    if (step === half) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(600); // the portrait's mood transition
      await page.screenshot({ path: `${outdir}/play.png` });
    }
  }
  await page.getByRole('button', { name: 'See the debrief' }).click();
  await page.locator('.chart-box canvas').waitFor();
  await page.waitForTimeout(800); // the chart's animation
  await page.screenshot({ path: `${outdir}/debrief.png`, fullPage: true });

  await page.locator('select[data-setting="locale"]').selectOption('zh-CN');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outdir}/debrief-zh.png`, fullPage: true });
  await browser.close();
  console.log(`saved ${outdir}/catalogue.png, play.png, debrief.png, debrief-zh.png (${story}, ${policy} path)`);
} finally {
  server.stop();
}
