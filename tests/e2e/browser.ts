import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then the system's (Debian's
 * `chromium`), then Playwright's own download. Returns null when there is none.
 */
export function findChromium(): LaunchOptions | null {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (system) {
    return {
      executablePath: system,
      // Flags a sandboxed CI box needs: no setuid sandbox, no GPU, no calls home.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    };
  }
  try {
    if (existsSync(chromium.executablePath())) return {};
  } catch {
    // Playwright has no browser of its own here either
  }
  return null;
}
