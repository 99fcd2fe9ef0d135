import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The real server (`npm run serve`'s entry) as a process of its own, for the bench: started on a
 * given port (0: any free one), found by the address it prints, sampled for its memory, and
 * stopped with SIGTERM (so `--cpu-prof` gets written) — also when the bench fails or exits.
 */

export interface ServerProcess {
  readonly pid: number;
  readonly origin: string;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

const running = new Set<ChildProcess>();
// A bench that dies or is interrupted must not leave a server behind (process.exit included).
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export async function startServer(env: Record<string, string>, nodeArgs: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/server.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => (running.delete(child), resolve(code))));
  const stop = async (graceMs = 30_000): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const match = /running at (http:\/\/[^\s]+)/.exec(text);
    if (match?.[1]) return { pid: child.pid as number, origin: match[1].replace(/\/$/, ''), stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not start:\n${text}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resident memory in bytes from the text of /proc/<pid>/status; null when it has no VmRSS line. */
export function vmRssBytes(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** Samples a process's resident memory every `everyMs` until stopped; `stop` gives the peak (null off Linux). */
export function sampleRss(pid: number, everyMs = 100): { stop(): number | null } {
  let peak: number | null = null;
  const sample = (): void => {
    try {
      const rss = vmRssBytes(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss !== null) peak = Math.max(peak ?? 0, rss);
    } catch {
      // Not Linux, or the process has gone: the peak so far stands.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
