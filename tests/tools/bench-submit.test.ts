import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AttemptSubmissionSchema } from '../../src/core/api';
import { rescoreRun } from '../../src/core/review';
import { storyLibrary } from '../../src/server/stories';
import { placeOf, selfTimeByPlace, topSelfTime, type CpuProfile } from '../../tools/bench/cpu-profile';
import { vmRssBytes } from '../../tools/bench/server-process';
import { attemptBodies, perSecond, storedCheck, withId } from '../../tools/bench/submit-runs';
import { fixtureStories, STORY_ID } from '../server/harness';

describe('the submit bench', () => {
  it('sends attempts the server accepts: the contract, a new id each, and finished paths that re-score', () => {
    const library = storyLibrary(fixtureStories());
    const bodies = attemptBodies(library, [STORY_ID], [1, 2]);
    expect(bodies.length).toBeGreaterThan(2);
    const compiled = library.get(STORY_ID)?.compiled;
    if (!compiled) throw new Error('no fixture story');
    const ids = new Set<string>();
    for (const body of bodies) {
      const id = crypto.randomUUID();
      const sub = v.parse(AttemptSubmissionSchema, JSON.parse(withId(body, id)));
      expect(sub.id).toBe(id);
      ids.add(sub.id);
      expect(rescoreRun(compiled, sub).ok).toBe(true);
    }
    expect(ids.size).toBe(bodies.length);
    expect(() => attemptBodies(library, ['no-such-story'], [1])).toThrow(/no built story "no-such-story"/);
  });

  it('counts what was stored against the 2xx answers, allowing one request in flight per connection', () => {
    expect(storedCheck({ stored: 40, answered2xx: 40 }, 32)).toBe('equal (40)');
    expect(storedCheck({ stored: 72, answered2xx: 40 }, 32)).toBe('72 (2xx + 32 in flight at the ends)');
    expect(storedCheck({ stored: 73, answered2xx: 40 }, 32)).toMatch(/^MISMATCH/);
    expect(storedCheck({ stored: 39, answered2xx: 40 }, 32)).toMatch(/^MISMATCH/);
    expect(perSecond({ accepted: 2500, seconds: 10 })).toBe(250);
  });

  it("reads a process's resident memory from /proc/<pid>/status", () => {
    expect(vmRssBytes('Name:\tnode\nVmPeak:\t 999 kB\nVmRSS:\t  123456 kB\nThreads:\t7\n')).toBe(123456 * 1024);
    expect(vmRssBytes('Name:\tzombie\nState:\tZ\n')).toBeNull();
  });
});

describe('self time in a CPU profile', () => {
  const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
  // 10 samples over 20 ms: 2 ms each.
  const profile: CpuProfile = {
    startTime: 0,
    endTime: 20_000,
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('Continue', 'file:///p/node_modules/inkjs/dist/ink.mjs') },
      { id: 3, callFrame: frame('rescoreRun', 'file:///p/src/core/review.ts', 47) },
      { id: 4, callFrame: frame('query', 'file:///p/node_modules/@electric-sql/pglite/dist/index.js', 9) },
      { id: 5, callFrame: frame('', 'wasm://wasm/abc') },
      { id: 6, callFrame: frame('(garbage collector)', '') },
      { id: 7, callFrame: frame('step', 'file:///p/node_modules/inkjs/dist/ink.mjs', 3) },
    ],
    samples: [2, 2, 2, 7, 3, 3, 4, 5, 6, 6],
  };

  it('sums samples per function, most first, with the share of all samples', () => {
    expect(topSelfTime(profile, 3)).toEqual([
      { where: 'Continue (inkjs/dist/ink.mjs:1)', ms: 6, share: 0.3 },
      { where: 'rescoreRun (src/core/review.ts:48)', ms: 4, share: 0.2 },
      { where: '(garbage collector)', ms: 4, share: 0.2 },
    ]);
  });

  it('sums them per package or project folder', () => {
    expect(selfTimeByPlace(profile).map((p) => [p.where, p.ms])).toEqual([
      ['inkjs', 8],
      ['src/core', 4],
      ['(garbage collector)', 4],
      ['@electric-sql/pglite', 2],
      ['(WebAssembly)', 2],
    ]);
    expect(placeOf(frame('open', ''))).toBe('open');
    expect(placeOf(frame('readFile', 'node:fs'))).toBe('node (built-in modules)');
    expect(topSelfTime({ ...profile, samples: [] })).toEqual([]);
  });
});
