import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/browser';

const launchOptions = findChromium();
if (!launchOptions) {
  console.error('No Chromium found: install one with `sudo apt-get install chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH.');
  process.exit(1);
}

// A port of its own per checkout, so parallel runs on one machine never share a server.
const port = Number(process.env.E2E_PORT ?? 4173);

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
  // The tests run against the production build (`npm run build` first), as a user gets it.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
