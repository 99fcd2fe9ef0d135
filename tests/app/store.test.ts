import { describe, expect, it } from 'vitest';
import { listBackups } from '../../src/app/save-backups';
import { SAVE_KEY } from '../../src/app/saved-state';
import { createAppStore, type CatalogueEntry } from '../../src/app/store';
import { compileInkFile } from '../../tools/ink-compile';
import { fixturePath } from '../stories/fixture';

const json = compileInkFile(fixturePath('tiny-deal')).json as string;
const header = JSON.parse(JSON.stringify(compileInkFile(fixturePath('tiny-deal')).lint.header));

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
}

function makeStore(storage = memoryStorage(), entry: Partial<CatalogueEntry> = {}) {
  const catalogue: CatalogueEntry[] = [{ header, concepts: ['C1'], portraits: {}, load: async () => json, ...entry }];
  const paths: string[] = ['/'];
  const history = { push: (p: string) => void paths.push(p), replace: (p: string) => void paths.splice(-1, 1, p) };
  let ids = 0;
  const store = createAppStore({ catalogue, storage, history, random: () => 0.25, now: () => new Date('2026-11-24T10:00:00Z'), newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` });
  return { store, storage, paths };
}

const saved = (active: object | null, attempts: object[] = []) =>
  JSON.stringify({ state: { locale: 'en', mode: 'coach', active, attempts }, version: 1 });

describe('app store', () => {
  it('starts a scenario, plays it, records one attempt and shows the debrief, each at its own URL', async () => {
    const { store, paths } = makeStore();
    await store.getState().start('tiny-deal');
    expect(store.getState().route).toEqual({ name: 'play', storyId: 'tiny-deal', assignmentId: null });
    store.getState().choose(0);
    expect(store.getState().coach?.verdict).toBe('best');
    expect(store.getState().change).toEqual({ trust: 2 });
    store.getState().choose(0);
    store.getState().choose(0);
    const state = store.getState();
    expect(state.snapshot?.ended).toBe(true);
    expect(state.review?.score.outcome).toBe('won');
    expect(state.attempts).toHaveLength(1);
    expect(state.attempts[0]).toMatchObject({ id: '00000000-0000-4000-8000-000000000001', storyId: 'tiny-deal', mode: 'coach', path: [0, 0, 0], outcome: 'won', assignmentId: null, replayedFrom: null });
    await state.navigate({ name: 'debrief', storyId: 'tiny-deal' });
    expect(store.getState().route.name).toBe('debrief');
    expect(paths).toEqual(['/', '/play/tiny-deal', '/debrief/tiny-deal']);
  });

  it('loads a story it was told to prepare once, and a failed download again on the next try', async () => {
    let loads = 0;
    let fail = true;
    const { store } = makeStore(memoryStorage(), {
      load: async () => {
        loads += 1;
        if (fail) throw new Error('offline');
        return json;
      },
    });
    store.getState().prepare('tiny-deal');
    await store.getState().start('tiny-deal');
    expect(store.getState().notice).toMatchObject({ key: 'load-failed' });
    fail = false;
    store.getState().prepare('tiny-deal');
    await store.getState().start('tiny-deal');
    expect(store.getState().route.name).toBe('play');
    await store.getState().restart();
    expect(loads).toBe(2);
  });

  it('resumes mid-scenario after a reload from the saved path', async () => {
    const { store, storage } = makeStore();
    await store.getState().start('tiny-deal');
    store.getState().choose(1);
    const reloaded = makeStore(storage).store;
    await reloaded.getState().resume();
    await reloaded.getState().arrive({ name: 'play', storyId: 'tiny-deal', assignmentId: null });
    expect(reloaded.getState().active?.id).toBe(store.getState().active?.id);
    expect(reloaded.getState().snapshot?.path).toEqual([1]);
    expect(JSON.stringify(reloaded.getState().snapshot)).toBe(JSON.stringify(store.getState().snapshot));
    expect(reloaded.getState().coach).toEqual(store.getState().coach);
    expect(reloaded.getState().coach).not.toBeNull();
  });

  it('keeps the catalogue filters across a reload, and accepts saves from before filters were kept', async () => {
    const { store, storage } = makeStore();
    store.getState().setFilter('phase', 3);
    store.getState().setFilter('concept', 'C9');
    const reloaded = makeStore(storage).store;
    expect(reloaded.getState().filters).toMatchObject({ phase: 3, concept: 'C9', segment: null });
    const old = makeStore(memoryStorage({ [SAVE_KEY]: saved(null) })).store;
    await old.getState().resume();
    expect(old.getState().notice).toBeNull();
    expect(old.getState().filters.phase).toBeNull();
  });

  it('starts clean with a notice, and keeps a backup, when the save is not JSON', async () => {
    const storage = memoryStorage({ [SAVE_KEY]: '{"state": broken' });
    const { store } = makeStore(storage);
    await store.getState().resume();
    expect(store.getState().notice?.key).toBe('save-unreadable');
    expect(store.getState().active).toBeNull();
    expect(listBackups(storage)).toMatchObject([{ reason: 'unreadable', raw: '{"state": broken' }]);
  });

  it('drops only a run that does not validate, keeps the attempts, and says so', async () => {
    const attempt = { storyId: 'tiny-deal', version: 1, mode: 'coach', seed: 1, path: [0, 0, 0], score: 90, passed: true, outcome: 'won', finishedAt: '2026-11-01T00:00:00Z' };
    const storage = memoryStorage({ [SAVE_KEY]: saved({ storyId: 'tiny-deal', path: 'nope' }, [attempt]) });
    const { store } = makeStore(storage);
    await store.getState().resume();
    expect(store.getState().notice).toMatchObject({ key: 'save-partial', params: { runs: 1, attempts: 0, backup: 'kept' } });
    expect(store.getState().attempts).toHaveLength(1);
    expect(listBackups(storage)).toHaveLength(1);
  });

  it('starts clean with a notice when the save is not a save at all', async () => {
    const { store } = makeStore(memoryStorage({ [SAVE_KEY]: JSON.stringify([1, 2, 3]) }));
    await store.getState().resume();
    expect(store.getState().notice?.key).toBe('save-invalid');
  });

  it('drops a run whose path no longer fits the story, but keeps earlier scores', async () => {
    const attempt = { storyId: 'tiny-deal', version: 1, mode: 'coach', seed: 1, path: [0, 0, 0], score: 90, passed: true, outcome: 'won', finishedAt: '2026-11-01T00:00:00Z' };
    const active = { storyId: 'tiny-deal', version: 0, seed: 1, path: [0, 7], mode: 'coach', recorded: false };
    const { store } = makeStore(memoryStorage({ [SAVE_KEY]: saved(active, [attempt]) }));
    await store.getState().resume();
    expect(store.getState().notice).toMatchObject({ key: 'story-changed', params: { from: 0, to: 1 } });
    expect(store.getState().active).toBeNull();
    expect(store.getState().attempts).toHaveLength(1);
    expect(store.getState().route.name).toBe('catalogue');
  });

  it('says the saved place was lost, not that the story changed, when the path is corrupt but the version is current', async () => {
    const active = { storyId: 'tiny-deal', version: 1, seed: 1, path: [0, 7], mode: 'coach', recorded: false };
    const { store } = makeStore(memoryStorage({ [SAVE_KEY]: saved(active) }));
    await store.getState().resume();
    expect(store.getState().notice).toMatchObject({ key: 'path-invalid', params: { title: header.title } });
    expect(store.getState().active).toBeNull();
  });

  it('continues a run from an older story version when its path still fits', async () => {
    const active = { storyId: 'tiny-deal', version: 0, seed: 1, path: [0], mode: 'assessment', recorded: false };
    const { store } = makeStore(memoryStorage({ [SAVE_KEY]: saved(active) }));
    await store.getState().resume();
    expect(store.getState().notice?.key).toBe('story-updated');
    expect(store.getState().snapshot?.path).toEqual([0]);
    expect(store.getState().active?.version).toBe(1);
  });

  it('tells the user when a story cannot be loaded, and keeps the saved run', async () => {
    const active = { storyId: 'tiny-deal', version: 1, seed: 1, path: [0], mode: 'coach', recorded: false };
    const { store } = makeStore(memoryStorage({ [SAVE_KEY]: saved(active) }), { load: async () => Promise.reject(new Error('offline')) });
    await store.getState().resume();
    expect(store.getState().notice?.key).toBe('load-failed');
    expect(store.getState().active?.path).toEqual([0]);
  });

  it('rewinds to a decision and plays on from there as a new attempt', async () => {
    const { store } = makeStore();
    await store.getState().start('tiny-deal');
    for (const i of [1, 1, 1]) store.getState().choose(i);
    expect(store.getState().review?.score.outcome).toBe('lost');
    await store.getState().rewind(1);
    expect(store.getState().route.name).toBe('play');
    expect(store.getState().snapshot?.path).toEqual([1]);
    store.getState().choose(2);
    expect(store.getState().review?.score.outcome).toBe('qualified-out');
    expect(store.getState().attempts.map((a) => [a.outcome, a.id, a.replayedFrom])).toEqual([
      ['lost', '00000000-0000-4000-8000-000000000001', null],
      ['qualified-out', '00000000-0000-4000-8000-000000000002', 1],
    ]);
  });

  it('gives no coach notes in assessment mode, and records the mode', async () => {
    const { store } = makeStore();
    store.getState().setMode('assessment');
    await store.getState().start('tiny-deal');
    store.getState().choose(1);
    expect(store.getState().coach).toBeNull();
    store.getState().choose(1);
    store.getState().choose(1);
    expect(store.getState().attempts[0]?.mode).toBe('assessment');
  });

  it('opens the last debrief of a scenario from its URL after a reload, without touching the run in progress', async () => {
    const { store, storage } = makeStore();
    await store.getState().start('tiny-deal');
    for (const i of [0, 0, 0]) store.getState().choose(i);
    await store.getState().start('tiny-deal');
    store.getState().choose(1);
    const reloaded = makeStore(storage).store;
    await reloaded.getState().resume();
    await reloaded.getState().arrive({ name: 'debrief', storyId: 'tiny-deal' });
    expect(reloaded.getState().review?.score.outcome).toBe('won');
    expect(reloaded.getState().active?.path).toEqual([1]);
    await reloaded.getState().arrive({ name: 'attempt', attemptId: 'nope' });
    expect(reloaded.getState().notice?.key).toBe('attempt-missing');
    expect(reloaded.getState().route.name).toBe('catalogue');
  });

  it('sends an unknown scenario page back to the catalogue with a notice', async () => {
    const { store, paths } = makeStore();
    await store.getState().arrive({ name: 'scenario', storyId: 'gone' });
    expect(store.getState().notice).toMatchObject({ key: 'story-missing', params: { id: 'gone' } });
    expect(paths).toEqual(['/']);
  });
});

describe('one scenario in two languages', () => {
  const zh = compileInkFile(fixturePath('zh-CN/tiny-deal'));
  const translations = { 'zh-CN': { header: zh.lint.header!, load: async () => zh.json as string } };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const lines = (store: ReturnType<typeof makeStore>['store']) =>
    (store.getState().snapshot?.entries ?? []).flatMap((e) => (e.kind === 'beat' ? [e.beat.text] : [e.decision.options[e.decision.chosen]!.text]));

  it('switching language mid-scenario keeps the place and the score, and shows the same conversation in the other words', async () => {
    const { store } = makeStore(memoryStorage(), { translations });
    await store.getState().start('tiny-deal');
    store.getState().choose(0);
    const english = lines(store);
    store.getState().setLocale('zh-CN');
    await settle();
    expect(store.getState().snapshot?.path).toEqual([0]);
    expect(store.getState().snapshot?.header.title).toBe('小单子(测试用例)');
    expect(lines(store)).toHaveLength(english.length);
    expect(lines(store).some((l) => l.includes('您今年最想达成的目标是什么'))).toBe(true);
    store.getState().choose(0);
    store.getState().choose(0);
    const chinese = store.getState().review?.score;

    const { store: plain } = makeStore();
    await plain.getState().start('tiny-deal');
    for (const i of [0, 0, 0]) plain.getState().choose(i);
    expect(chinese?.overall).toBe(plain.getState().review?.score.overall);
    expect(chinese?.outcome).toBe('won');
    // The debrief quotes the trainee's own words in the language now shown.
    store.getState().setLocale('en');
    await settle();
    await settle();
    expect(store.getState().review?.debrief.strongest[0]?.moment.said).toMatch(/^[A-Za-z(]/);
  });

  it('plays the original where a scenario has no translation', async () => {
    const { store } = makeStore();
    store.getState().setLocale('zh-CN');
    await store.getState().start('tiny-deal');
    expect(store.getState().snapshot?.header.title).toBe('Tiny deal (test fixture)');
  });
});

describe('a quick click while the page is still settling', () => {
  it('a scenario started before the first arrival settles still opens', async () => {
    let release: (json: string) => void = () => undefined;
    const { store } = makeStore(memoryStorage(), { load: () => new Promise<string>((resolve) => (release = resolve)) });
    const started = store.getState().start('tiny-deal');
    await store.getState().arrive({ name: 'catalogue' });
    release(json);
    await started;
    expect(store.getState().route).toEqual({ name: 'play', storyId: 'tiny-deal', assignmentId: null });
  });
});

describe('the ending is drawn before it is scored', () => {
  const setup = () => {
    const painted: (() => void)[] = [];
    const store = createAppStore({ catalogue: [{ header, concepts: ['C1'], portraits: {}, load: async () => json }], storage: memoryStorage(), random: () => 0.25, now: () => new Date('2026-11-24T10:00:00Z'), afterPaint: (run) => void painted.push(run) });
    return { store, painted, paint: () => painted.splice(0).forEach((run) => run()) };
  };

  it('the last answer shows the ending at once; the score and the attempt come after the paint', async () => {
    const { store, paint } = setup();
    await store.getState().start('tiny-deal');
    [0, 0, 0].forEach((i) => store.getState().choose(i));
    expect(store.getState().snapshot?.ended).toBe(true);
    expect(store.getState().change).toEqual({});
    expect(store.getState().review).toBeNull();
    expect(store.getState().attempts).toHaveLength(0);
    paint();
    expect(store.getState().review?.score.outcome).toBe('won');
    expect(store.getState().attempts).toHaveLength(1);
    expect(store.getState().active?.recorded).toBe(true);
  });

  it('shown twice before the paint (resumed meanwhile), the attempt is recorded once', async () => {
    const { store, painted, paint } = setup();
    await store.getState().start('tiny-deal');
    [0, 0, 0].forEach((i) => store.getState().choose(i));
    await store.getState().resume();
    // Both endings' scoring, and the save's one write.
    expect(painted).toHaveLength(3);
    paint();
    expect(store.getState().attempts).toHaveLength(1);
  });

  it('a restart before the paint keeps the finished attempt and shows the new run', async () => {
    const { store, paint } = setup();
    await store.getState().start('tiny-deal');
    const first = store.getState().active?.id;
    [0, 0, 0].forEach((i) => store.getState().choose(i));
    await store.getState().restart();
    paint();
    expect(store.getState().attempts.map((a) => a.id)).toEqual([first]);
    expect(store.getState().active?.id).not.toBe(first);
    expect(store.getState().snapshot?.ended).toBe(false);
    expect(store.getState().review).toBeNull();
  });
});

describe('the first arrival, once the saved run and the session are known', () => {
  it('leaves a scenario started meanwhile where it is (the address still says the catalogue)', async () => {
    const { store } = makeStore();
    store.getState().prepare('tiny-deal');
    await store.getState().start('tiny-deal');
    await store.getState().settle({ name: 'catalogue' });
    expect(store.getState().route).toEqual({ name: 'play', storyId: 'tiny-deal', assignmentId: null });
    expect(store.getState().snapshot?.choices.length).toBeGreaterThan(0);
  });

  it('shows the place the page opened at when nothing moved', async () => {
    const { store } = makeStore();
    await store.getState().settle({ name: 'scenario', storyId: 'no-such-story' });
    expect(store.getState().notice).toMatchObject({ key: 'story-missing' });
    expect(store.getState().route).toEqual({ name: 'catalogue' });
  });
});

describe('the likely next scenario downloads before the click', () => {
  const setup = () => {
    const loads: string[] = [];
    const idle: (() => void)[] = [];
    const entry = (id: string, phase: number, fail = { now: false }): CatalogueEntry => ({
      header: { ...header, id, phase },
      concepts: ['C1'],
      portraits: {},
      load: async () => {
        loads.push(id);
        if (fail.now) throw new Error('offline');
        return json;
      },
    });
    const fail = { now: false };
    const catalogue = [entry('tiny-deal', 1, fail), entry('tiny-deal-later', 2)];
    const store = createAppStore({ catalogue, storage: memoryStorage(), random: () => 0.25, now: () => new Date('2026-11-24T10:00:00Z'), idle: (run) => void idle.push(run) });
    const settle = () => new Promise((resolve) => setTimeout(resolve));
    return { store, loads, idle, fail, settle };
  };

  it('on the catalogue, the first step of the onboarding path; parsing waits for the idle moment', async () => {
    const { store, loads, idle, settle } = setup();
    await store.getState().arrive({ name: 'catalogue' });
    await settle();
    expect(loads).toEqual(['tiny-deal']);
    expect(idle).toHaveLength(1);
    idle.splice(0).forEach((run) => run());
    await store.getState().start('tiny-deal');
    expect(store.getState().route.name).toBe('play');
    expect(loads).toEqual(['tiny-deal']);
  });

  it('once that step is passed, the next one', async () => {
    const { store, loads, settle } = setup();
    store.getState().setMode('assessment');
    await store.getState().start('tiny-deal');
    [0, 0, 0].forEach((i) => store.getState().choose(i));
    expect(store.getState().attempts[0]?.passed).toBe(true);
    loads.length = 0;
    await store.getState().navigate({ name: 'catalogue' });
    await settle();
    expect(loads).toEqual(['tiny-deal-later']);
  });

  it('on a brief, the scenario it is about; elsewhere nothing', async () => {
    const { store, loads, settle } = setup();
    await store.getState().arrive({ name: 'method' });
    await settle();
    expect(loads).toEqual([]);
    await store.getState().navigate({ name: 'scenario', storyId: 'tiny-deal-later' });
    await settle();
    expect(loads).toEqual(['tiny-deal-later']);
  });

  it('a failed download says nothing, and the click downloads it again', async () => {
    const { store, loads, idle, fail, settle } = setup();
    fail.now = true;
    await store.getState().arrive({ name: 'catalogue' });
    await settle();
    expect(idle).toHaveLength(0);
    expect(store.getState().notice).toBeNull();
    fail.now = false;
    await store.getState().start('tiny-deal');
    expect(store.getState().route.name).toBe('play');
    expect(loads).toEqual(['tiny-deal', 'tiny-deal']);
  });
});

describe('the save is written after the paint', () => {
  const setup = () => {
    const painted: (() => void)[] = [];
    const storage = memoryStorage();
    const writes: string[] = [];
    const counted = { ...storage, setItem: (k: string, v: string) => (writes.push(k), storage.setItem(k, v)) };
    const store = createAppStore({ catalogue: [{ header, concepts: ['C1'], portraits: {}, load: async () => json }], storage: counted, random: () => 0.25, now: () => new Date('2026-11-24T10:00:00Z'), afterPaint: (run) => void painted.push(run) });
    return { store, storage, writes: () => writes.filter((k) => k === SAVE_KEY).length, paint: () => painted.splice(0).forEach((run) => run()) };
  };
  const savedPath = (storage: ReturnType<typeof memoryStorage>) => (JSON.parse(storage.data.get(SAVE_KEY) ?? 'null') as { state: { active: { path: number[] } | null } } | null)?.state.active?.path;

  it('an answer writes nothing in its own frame; the paint writes the latest state once', async () => {
    const { store, storage, writes, paint } = setup();
    await store.getState().start('tiny-deal');
    paint();
    const before = writes();
    store.getState().choose(0);
    store.getState().setMode('assessment');
    expect(writes()).toBe(before);
    expect(savedPath(storage)).toEqual([]);
    paint();
    expect(writes()).toBe(before + 1);
    expect(savedPath(storage)).toEqual([0]);
  });

  it('a page going away, or anyone reading the storage, takes the waiting write first', async () => {
    const { store, storage, writes, paint } = setup();
    await store.getState().start('tiny-deal');
    paint();
    store.getState().choose(0);
    store.getState().saveNow();
    expect(savedPath(storage)).toEqual([0]);
    const after = writes();
    paint();
    expect(writes()).toBe(after);
    store.getState().choose(0);
    expect(store.getState().hasBackup()).toBe(false);
    expect(savedPath(storage)).toEqual([0, 0]);
  });
});
