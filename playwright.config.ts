import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/browser';
import { freshDataDir, SERVER_ENTRY, serverEnv } from './tests/e2e/server';

const launchOptions = findChromium();
if (!launchOptions) {
  console.error('No Chromium found: install one with `sudo apt-get install chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}

// A port of its own per checkout, so parallel runs on one machine never share a server.
const port = Number(process.env.E2E_PORT ?? 4173);
// Set once in the main process; the test workers inherit it instead of making folders of their own.
process.env.E2E_DATA_DIR ??= freshDataDir();

export default defineConfig({
  testDir: 'tests/e2e',
  // Sized for a busy 2-core machine (other test runs, a build beside it): a full keyboard
  // playthrough there can take minutes, and no assertion here depends on speed.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions,
    viewport: { width: 1280, height: 860 },
    trace: 'retain-on-failure',
  },
  // The tests run against the real server serving the production build (`npm run build` first),
  // as a user gets it, on an empty embedded database of its own. Tests that stop and start the
  // server, or need its first-admin link, start their own (tests/e2e/server.ts).
  webServer: {
    command: `"${process.execPath}" ${SERVER_ENTRY.join(' ')}`,
    env: serverEnv(port, process.env.E2E_DATA_DIR) as Record<string, string>,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
