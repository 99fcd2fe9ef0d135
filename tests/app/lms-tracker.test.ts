import { describe, expect, it } from 'vitest';
import type { LmsReporter } from '../../src/app/lms/lms-link';
import { trackRuns } from '../../src/app/lms/lms-tracker';
import { SAVE_KEY } from '../../src/app/saved-state';
import { createAppStore, type CatalogueEntry } from '../../src/app/store';
import { compileInkFile } from '../../tools/ink-compile';
import { fixturePath } from '../stories/fixture';

const compiled = compileInkFile(fixturePath('tiny-deal'));
const catalogue: CatalogueEntry[] = [{ header: JSON.parse(JSON.stringify(compiled.lint.header)), concepts: ['C1'], portraits: {}, load: async () => compiled.json as string }];

function storeWith(active: object | null, passMark?: number) {
  const data = new Map<string, string>();
  if (active) data.set(SAVE_KEY, JSON.stringify({ state: { locale: 'en', mode: 'coach', active, attempts: [] }, version: 1 }));
  const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  return createAppStore({ catalogue, storage, random: () => 0.25, now: () => new Date('2026-12-01T10:00:00Z'), passMark });
}

function recorder() {
  const calls: string[] = [];
  const reporter: LmsReporter = {
    progress: (run, _snapshot, decided) => void calls.push(`progress ${run.path.join('')}${decided ? ' decided' : ''}`),
    ending: (run, review) => void calls.push(`ending ${run.path.join('')} ${review.score.passMark}`),
  };
  return { calls, reporter };
}

const saved = { storyId: 'tiny-deal', version: compiled.lint.header?.version ?? 1, seed: 5, path: [0, 0], mode: 'coach', recorded: false, id: '00000000-0000-4000-8000-000000000001', passMark: 90 };

describe('what the LMS hears from the store', () => {
  it('a new run, each decision, and the ending once, against the LMS’s pass mark', async () => {
    const store = storeWith(null, 85);
    const { calls, reporter } = recorder();
    trackRuns(store, 'tiny-deal', reporter, false);
    await store.getState().start('tiny-deal');
    for (let i = 0; i < 3; i++) store.getState().choose(0);
    store.getState().setLocale('zh-CN');
    await store.getState().restart();
    store.getState().choose(0);
    expect(calls).toEqual(['progress ', 'progress 0 decided', 'progress 00 decided', 'progress 000 decided', 'ending 000 85']);
  });

  it('a kept path that ends is reported on relaunch when the LMS never got its ending, and not when it did', async () => {
    for (const finished of [false, true]) {
      const store = storeWith({ ...saved, path: [0, 0, 0], recorded: finished });
      const { calls, reporter } = recorder();
      trackRuns(store, 'tiny-deal', reporter, finished);
      await store.getState().resume();
      expect(calls).toEqual(finished ? [] : ['ending 000 90']);
    }
  });

  it('a resumed unfinished run reports only the decisions taken after it', async () => {
    const store = storeWith(saved);
    const { calls, reporter } = recorder();
    trackRuns(store, 'tiny-deal', reporter, false);
    await store.getState().resume();
    store.getState().choose(0);
    expect(calls).toEqual(['progress 000 decided', 'ending 000 90']);
  });
});
