import { spawn } from 'node:child_process';

/** Serves the production build (`dist/`) with `vite preview` for tools that drive a browser. */
export async function startPreview(port: number): Promise<{ url: string; stop: () => void }> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`preview server did not start at ${url} (did you run \`npm run build\`?)`);
}
