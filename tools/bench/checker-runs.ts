import { spawn } from 'node:child_process';

export interface CheckerRun {
  /** Wall time of the whole command, start-up included. */
  readonly wall: number;
  /** Exploration time as the checker reports it. */
  readonly explored: number;
  readonly states: number;
}

/** Runs `stories:check --json --no-cache` once in a child process (every story explored, as on a fresh clone) and reads its report. */
export function checkerRun(): Promise<CheckerRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/stories-check.ts', '--json', '--no-cache'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', () => {
      const wall = (performance.now() - started) / 1000;
      try {
        const report = JSON.parse(out) as { seconds: number; stories: { exploration: { states: number } | null }[] };
        const states = report.stories.reduce((n, s) => n + (s.exploration?.states ?? 0), 0);
        resolve({ wall, explored: report.seconds, states });
      } catch {
        reject(new Error(`stories:check printed no report:\n${out.slice(0, 500)}`));
      }
    });
  });
}
