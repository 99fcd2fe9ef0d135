import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/browser';
import { startPreview } from './preview-server';

/**
 * `npm run bench`: loads the production build in headless Chromium, opens a scenario and
 * prints what was downloaded (gzip) and how long it took until the first choice was on screen.
 * Run `npm run build` first. Figures, not a pass/fail test.
 */

const port = 4179;
const story = process.argv[2] ?? 'first-meeting';
const runs = Number(process.argv[3] ?? 5);

const server = await startPreview(port);
try {
  const base = server.url;
  const launch = findChromium();
  if (!launch) throw new Error('no Chromium found (see README)');
  const browser = await chromium.launch(launch);
  const results: { title: number; firstChoice: number; bytes: number; settled: number; files: Map<string, number> }[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files = new Map<string, number>();
    page.on('response', async (response) => {
      try {
        const body = await response.body();
        files.set(new URL(response.url()).pathname, gzipSync(body).length);
      } catch {
        // redirects and aborted requests have no body
      }
    });
    const start = Date.now();
    await page.goto(base);
    await page.locator(`[data-story="${story}"] button.primary`).waitFor();
    const title = Date.now() - start;
    await page.locator(`[data-story="${story}"] button.primary`).click();
    await page.locator('.choice').first().waitFor();
    const firstChoice = Date.now() - start;
    const before = new Map(files);
    const bytes = [...before.values()].reduce((a, b) => a + b, 0);
    await page.waitForLoadState('networkidle'); // then the stage (Phaser, portraits) finishes
    const settled = [...files.values()].reduce((a, b) => a + b, 0);
    results.push({ title, firstChoice, bytes, settled, files: before });
    await context.close();
  }
  await browser.close();
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const last = results[results.length - 1];
  console.log(`first choice of "${story}" in headless Chromium, ${runs} cold runs (new browser context each)`);
  console.log(`  title screen usable:   median ${median(results.map((r) => r.title))} ms`);
  console.log(`  first choice visible:  median ${median(results.map((r) => r.firstChoice))} ms (includes the click)`);
  console.log(`  loaded before it:      ${((last?.bytes ?? 0) / 1024).toFixed(1)} KiB gzip`);
  console.log(`  loaded once settled:   ${((last?.settled ?? 0) / 1024).toFixed(1)} KiB gzip (with the stage)`);
  for (const [file, size] of [...(last?.files ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${(size / 1024).toFixed(1).padStart(7)} KiB  ${file}`);
  }
} finally {
  server.stop();
}
