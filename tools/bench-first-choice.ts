import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/browser';

/**
 * `npm run bench`: loads the production build in headless Chromium, opens a scenario and
 * prints what was downloaded (gzip) and how long it took until the first choice was on screen.
 * Run `npm run build` first. Figures, not a pass/fail test.
 */

const port = 4179;
const story = process.argv[2] ?? 'first-meeting';
const runs = Number(process.argv[3] ?? 5);

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(base);
  const launch = findChromium();
  if (!launch) throw new Error('no Chromium found (see README)');
  const browser = await chromium.launch(launch);
  const results: { title: number; firstChoice: number; bytes: number; files: Map<string, number> }[] = [];
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
    await page.waitForTimeout(300); // let in-flight responses report their bodies
    const bytes = [...files.values()].reduce((a, b) => a + b, 0);
    results.push({ title, firstChoice, bytes, files });
    await context.close();
  }
  await browser.close();
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const last = results[results.length - 1];
  console.log(`first choice of "${story}" in headless Chromium, ${runs} cold runs (new browser context each)`);
  console.log(`  title screen usable:   median ${median(results.map((r) => r.title))} ms`);
  console.log(`  first choice visible:  median ${median(results.map((r) => r.firstChoice))} ms (includes the click)`);
  console.log(`  loaded before it:      ${((last?.bytes ?? 0) / 1024).toFixed(1)} KiB gzip`);
  for (const [file, size] of [...(last?.files ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${(size / 1024).toFixed(1).padStart(7)} KiB  ${file}`);
  }
} finally {
  server.kill();
}
