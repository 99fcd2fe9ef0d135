import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, keepBackup, listBackups, MAX_BACKUPS, PREVIOUS_KEY } from '../../src/app/save-backups';
import { readSave, SAVE_KEY, SAVE_VERSION } from '../../src/app/saved-state';
import { createAppStore, type CatalogueEntry } from '../../src/app/store';
import { compileInkFile } from '../../tools/ink-compile';
import { fixturePath } from '../stories/fixture';

const json = compileInkFile(fixturePath('tiny-deal')).json as string;
const header = JSON.parse(JSON.stringify(compileInkFile(fixturePath('tiny-deal')).lint.header));
const ID = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

/** Two scenarios (the fixture under two ids), so two tabs can play two of them. */
const catalogue: CatalogueEntry[] = ['tiny-deal', 'tiny-deal-two'].map((id) => ({ header: { ...header, id }, concepts: ['C1'], portraits: {}, load: async () => json }));

let ids = 0;
const tab = (storage: ReturnType<typeof memoryStorage>) =>
  createAppStore({ catalogue, storage, random: () => 0.25, now: () => new Date('2026-11-24T10:00:00Z'), newId: () => ID(++ids) });

const attempt = (n: number, extra: object = {}) => ({ storyId: 'tiny-deal', version: 1, mode: 'assessment', seed: 1, path: [0, 0, 0], score: 90, passed: true, outcome: 'won', finishedAt: `2026-11-0${n}T00:00:00Z`, ...extra });
const run = { storyId: 'tiny-deal', version: 1, seed: 1, path: [0], mode: 'coach', recorded: false };

// Every format this app ever wrote (git history of src/app/saved-state.ts), oldest first.
const PAST_FORMATS: Record<string, object> = {
  'first release (8fb11ea)': { state: { locale: 'en', mode: 'coach', active: run, attempts: [attempt(1), attempt(2)] }, version: 1 },
  'with catalogue filters (81b34f1)': {
    state: { locale: 'zh-CN', mode: 'assessment', filters: { phase: 2, segment: null, concept: 'C3', difficulty: null, duration: null }, active: run, attempts: [attempt(1), attempt(2)] },
    version: 1,
  },
  'with attempt ids and assignments (34b8b35)': {
    state: {
      locale: 'en',
      mode: 'coach',
      active: { ...run, id: ID(900), assignmentId: null, passMark: 70, replayedFrom: null, startedAt: '2026-11-03T00:00:00Z' },
      attempts: [attempt(1, { id: ID(901), assignmentId: null, replayedFrom: null, startedAt: '2026-11-01T00:00:00Z', owner: null }), attempt(2, { id: ID(902), replayedFrom: 1 })],
    },
    version: 1,
  },
  'with accounts (05d42aa)': {
    state: { locale: 'en', mode: 'coach', active: null, attempts: [attempt(1, { id: ID(903), owner: ID(904) }), attempt(2)], claimAnswered: [ID(904)] },
    version: 1,
  },
};

describe('saved progress: migrations', () => {
  for (const [name, save] of Object.entries(PAST_FORMATS)) {
    it(`reads a save of the ${name} format whole`, () => {
      const read = readSave(JSON.stringify(save));
      expect(read.problem).toBeNull();
      expect(read.state?.attempts).toHaveLength(2);
      const old = (save as { state: { active: object | null } }).state.active;
      expect(read.state?.runs).toHaveLength(old ? 1 : 0);
      expect(read.state?.active?.storyId ?? null).toBe(old ? 'tiny-deal' : null);
    });
  }

  it('keeps the settings of an older save', () => {
    const read = readSave(JSON.stringify(PAST_FORMATS['with catalogue filters (81b34f1)']));
    expect(read.state).toMatchObject({ locale: 'zh-CN', mode: 'assessment', filters: { phase: 2, concept: 'C3' } });
  });

  it('refuses a save written by a newer version (kept aside, not read)', () => {
    expect(readSave(JSON.stringify({ state: {}, version: SAVE_VERSION + 1 })).problem).toBe('newer-version');
  });
});

describe('saved progress: one bad record costs only itself', () => {
  it('drops a bad attempt and a bad run, keeps everything else, and counts what it dropped', () => {
    const save = { state: { locale: 'en', mode: 'coach', active: { ...run, path: 'x' }, runs: [run, { nope: 1 }], attempts: [attempt(1), attempt(2, { score: 'lots' }), attempt(3)] }, version: 2 };
    const read = readSave(JSON.stringify(save));
    expect(read.problem).toBe('partial');
    expect(read.dropped).toEqual({ attempts: 1, runs: 2, settings: 0 });
    expect(read.state?.attempts.map((a) => a.finishedAt)).toEqual(['2026-11-01T00:00:00Z', '2026-11-03T00:00:00Z']);
    expect(read.state?.runs).toHaveLength(1);
    expect(read.state?.active).toBeNull();
  });

  it('falls back to defaults for a bad setting instead of dropping the save', () => {
    const read = readSave(JSON.stringify({ state: { locale: 'fr', mode: 'coach', active: null, attempts: [attempt(1)] }, version: 2 }));
    expect(read).toMatchObject({ problem: 'partial', dropped: { settings: 1 } });
    expect(read.state).toMatchObject({ locale: 'en' });
    expect(read.state?.attempts).toHaveLength(1);
  });
});

describe('saved progress: two tabs merge instead of overwriting', () => {
  /** Two tabs on one storage: A one answer into the first scenario, B through the second to its end. */
  async function twoTabs() {
    const storage = memoryStorage();
    const a = tab(storage);
    const b = tab(storage);
    await a.getState().start('tiny-deal');
    a.getState().choose(0);
    await b.getState().start('tiny-deal-two');
    for (let i = 0; i < 3; i++) b.getState().choose(0);
    return { storage, a, b };
  }

  it('a score finished in one tab survives the other tab saving, and two tabs keep two runs', async () => {
    const { storage, a, b } = await twoTabs();
    expect(b.getState().attempts).toHaveLength(1);
    // Tab A knows nothing of B's attempt, and saves (a language switch).
    a.getState().setLocale('zh-CN');
    await b.getState().start('tiny-deal-two');
    b.getState().choose(1);

    const reloaded = tab(storage);
    expect(reloaded.getState().attempts.map((x) => x.storyId)).toEqual(['tiny-deal-two']);
    expect(reloaded.getState().runs.map((r) => r.storyId).sort()).toEqual(['tiny-deal', 'tiny-deal-two']);
    // Each scenario resumes where its tab left it.
    await reloaded.getState().navigate({ name: 'play', storyId: 'tiny-deal', assignmentId: null });
    expect(reloaded.getState().snapshot?.path).toEqual([0]);
    await reloaded.getState().navigate({ name: 'play', storyId: 'tiny-deal-two', assignmentId: null });
    expect(reloaded.getState().snapshot?.path).toEqual([1]);
  });

  it('a tab takes in what another tab saved (the storage event), without touching its own run', async () => {
    const { a } = await twoTabs();
    a.getState().absorbSaved();
    expect(a.getState().attempts.map((x) => x.storyId)).toEqual(['tiny-deal-two']);
    expect(a.getState().active?.storyId).toBe('tiny-deal');
    expect(a.getState().snapshot?.path).toEqual([0]);
  });

  it('starting another scenario keeps the first one resumable', async () => {
    const storage = memoryStorage();
    const a = tab(storage);
    await a.getState().start('tiny-deal');
    a.getState().choose(1);
    await a.getState().start('tiny-deal-two');
    await a.getState().navigate({ name: 'play', storyId: 'tiny-deal', assignmentId: null });
    expect(a.getState().snapshot?.path).toEqual([1]);
  });
});

describe('saved progress: backups, storage trouble, download and import', () => {
  it('keeps the newest few copies, so a second problem never overwrites the only one', () => {
    const storage = memoryStorage();
    for (let i = 1; i <= MAX_BACKUPS + 1; i++) expect(keepBackup(storage, `broken ${i}`, 'unreadable', new Date(`2026-11-0${i}T00:00:00Z`))).toBe(true);
    expect(listBackups(storage).map((b) => b.raw)).toEqual(['broken 4', 'broken 3', 'broken 2']);
  });

  it('says no copy was kept when the browser refuses it', () => {
    const storage = { getItem: () => null, setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    } };
    expect(keepBackup(storage, 'broken', 'unreadable', new Date())).toBe(false);
  });

  it('tells the learner once when progress cannot be kept, and play goes on', async () => {
    const storage = { ...memoryStorage(), setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    } };
    const a = tab(storage);
    await a.getState().start('tiny-deal');
    await Promise.resolve();
    expect(a.getState().saveWarning).toBe(true);
    a.getState().dismissSaveWarning();
    a.getState().choose(0);
    await Promise.resolve();
    expect(a.getState().saveWarning).toBe(false);
    expect(a.getState().snapshot?.path).toEqual([0]);
  });

  it('a downloaded progress file imports into another browser, merging', async () => {
    const one = tab(memoryStorage());
    await one.getState().start('tiny-deal');
    for (let i = 0; i < 3; i++) one.getState().choose(0);
    const file = one.getState().exportSave();
    const other = tab(memoryStorage());
    expect(other.getState().importSave(file)).toBe(true);
    expect(other.getState().notice).toMatchObject({ key: 'save-imported', params: { count: 1 } });
    expect(other.getState().attempts).toHaveLength(1);
    expect(other.getState().importSave(file)).toBe(true);
    expect(other.getState().attempts).toHaveLength(1);
    expect(other.getState().importSave('{"kind":"something else"}')).toBe(false);
    expect(other.getState().notice?.key).toBe('save-import-failed');
  });

  it('restores the previous clean copy after the save was damaged', async () => {
    const storage = memoryStorage();
    const first = tab(storage);
    await first.getState().start('tiny-deal');
    for (let i = 0; i < 3; i++) first.getState().choose(0);
    tab(storage); // a later visit reads the save clean and keeps it as the previous copy
    expect(storage.data.get(PREVIOUS_KEY)).toBeDefined();
    storage.data.set(SAVE_KEY, '{"state": garbage');
    const damaged = tab(storage);
    await damaged.getState().resume();
    expect(damaged.getState().notice).toMatchObject({ key: 'save-unreadable', params: { backup: 'kept' } });
    expect(damaged.getState().attempts).toHaveLength(0);
    expect(storage.data.get(BACKUP_KEY)).toContain('garbage');
    damaged.getState().restoreBackup();
    expect(damaged.getState().attempts).toHaveLength(1);
    expect(damaged.getState().notice).toMatchObject({ key: 'save-restored', params: { count: 1 } });
  });
});

describe('saved progress: nothing read back is trusted', () => {
  it('re-scores kept attempts from their paths, and sets aside those that do not fit, with a notice and a backup', async () => {
    const honest = tab(memoryStorage());
    await honest.getState().start('tiny-deal');
    for (let i = 0; i < 3; i++) honest.getState().choose(1);
    const real = honest.getState().attempts[0];
    expect(real?.passed).toBe(false);

    const forged = { ...real, id: ID(801), score: 100, passed: true };
    const unknown = { ...real, id: ID(802), storyId: 'no-such-story' };
    const unfit = { ...real, id: ID(803), path: [7, 7] };
    const storage = memoryStorage({ [SAVE_KEY]: JSON.stringify({ state: { locale: 'en', mode: 'coach', active: null, runs: [], attempts: [forged, unknown, unfit], claimAnswered: [] }, version: 2 }) });
    const store = tab(storage);
    await store.getState().verifyKept();
    expect(store.getState().attempts.map((a) => [a.id, a.score, a.passed])).toEqual([[ID(801), real?.score, false]]);
    expect(store.getState().notice).toMatchObject({ key: 'attempts-set-aside', params: { count: 2 } });
    expect(listBackups(storage)[0]?.raw).toContain(ID(803));
  });
});
