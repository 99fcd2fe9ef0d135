import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The real Pitchless server (src/server) serving the built app, for browser tests that need one
 * of their own: a fresh embedded database, a free port, and a clean stop (SIGTERM: the server
 * checkpoints and closes its database) so it can be started again on the same data folder.
 */

export const SERVER_ENTRY = ['--import', 'tsx', 'src/server/server.ts'];

/** A fresh, empty data folder for the embedded database. */
export const freshDataDir = (): string => mkdtempSync(join(tmpdir(), 'pitchless-e2e-'));

/** A port nothing listens on now, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  readonly origin: string;
  /** The one-time first-admin link the server printed, when it printed one. */
  readonly setupUrl: string | null;
  stop(): Promise<void>;
}

export function serverEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  return { ...process.env, PORT: String(port), HOST: '127.0.0.1', PITCHLESS_DATA: dataDir };
}

/** Starts the server and resolves when its health check answers. */
export async function startServer(port: number, dataDir: string): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, SERVER_ENTRY, { env: serverEnv(port, dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const up = async (): Promise<boolean> => {
    try {
      return (await fetch(`${origin}/api/health`)).ok;
    } catch {
      return false;
    }
  };
  // Starting takes seconds on a busy machine (the embedded database opens and migrates).
  while (!(await up())) {
    if (child.exitCode !== null) throw new Error(`the server stopped at start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const setupUrl = /(http:\/\/\S+\/setup\?token=\S+)/.exec(output)?.[1] ?? null;
  return {
    origin,
    setupUrl,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
