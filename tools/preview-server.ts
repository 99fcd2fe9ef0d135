import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';

/**
 * Serves the production build (`dist/`) with `vite preview` for tools that drive a browser.
 * Vite runs as the direct child (not behind npx), so `stop()` really stops it; and a port that
 * is already taken fails here instead of quietly measuring someone else's server.
 */
export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const url = `http://127.0.0.1:${port}/`;
  try {
    await fetch(url);
    throw new Error(`port ${port} is already in use: pick another`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('port ')) throw error;
    // nothing listens there: good
  }
  const server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  let exited = false;
  server.once('exit', () => (exited = true));
  const stop = (): void => void server.kill();
  process.once('exit', stop);
  for (let i = 0; i < 300 && !exited; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`preview server did not start at ${url} (did you run \`npm run build\`?)`);
}
