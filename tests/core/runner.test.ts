import { describe, expect, it } from 'vitest';
import { loadStory, openCursor, PathMismatchError, replay, startRun, StoryError, type StoryCursor } from '../../src/core/runner';
import { decisionsOf } from '../../src/core/transcript';
import { fixture } from '../stories/fixture';

const story = fixture('tiny-deal');

describe('story runner', () => {
  it('reads the header from the global tags and keeps them out of the first line', () => {
    expect(story.header).toMatchObject({ id: 'tiny-deal', phase: 1, segment: 'early-majority', version: 1 });
    expect(story.header.buyers).toEqual([{ id: 'ana', name: 'Ana Ruiz', title: 'COO, Test Foods', role: 'decision-maker', look: ['woman', 'glasses'] }]);
    const first = startRun(story, 1).snapshot().entries[0];
    expect(first).toMatchObject({ kind: 'beat', beat: { speaker: 'narrator', text: 'Ana looks up from her laptop.' } });
  });

  it('yields beats with speaker and mood, and choices with the seller moves', () => {
    const snap = startRun(story, 1).snapshot();
    const second = snap.entries[1];
    expect(second?.kind === 'beat' && second.beat).toMatchObject({ speaker: 'ana', mood: 'neutral' });
    expect(snap.choices.map((c) => c.moves)).toEqual([['ask-goal'], ['pitch-features'], ['neutral']]);
    expect(snap.choices[0]?.text).toBe('What are you trying to achieve this year?');
    expect(snap.ended).toBe(false);
  });

  it('keeps runs of one loaded story apart: they share its parsed content, never their state', () => {
    const left = startRun(story, 1);
    const right = startRun(story, 1);
    left.choose(0);
    right.choose(1);
    left.choose(0);
    expect(JSON.stringify(left.snapshot())).toBe(JSON.stringify(replay(loadStory(story.json), 1, [0, 0]).snapshot()));
    expect(JSON.stringify(right.snapshot())).toBe(JSON.stringify(replay(loadStory(story.json), 1, [1]).snapshot()));
  });

  it("plays without going through ink's Proxy over the variables, and puts the global back", () => {
    const real = globalThis.Proxy;
    let trapped = 0;
    // Counts every use of a Proxy made while a run plays (ink's over a state's variables, where
    // the global is visible). Nothing else may run in between: vitest's expect makes its own.
    const counting = function (target: object, handler: ProxyHandler<object>) {
      return new real(target, {
        ...handler,
        get: (...args) => ((trapped += 1), (handler.get as NonNullable<typeof handler.get>)(...args)),
        set: (...args) => ((trapped += 1), (handler.set as NonNullable<typeof handler.set>)(...args)),
      });
    } as unknown as ProxyConstructor;
    let trust: unknown;
    let putBack = false;
    globalThis.Proxy = counting;
    try {
      const run = startRun(story, 1);
      run.choose(0);
      trust = run.snapshot().variables.trust;
      putBack = globalThis.Proxy === counting;
    } finally {
      globalThis.Proxy = real;
    }
    expect(trapped).toBe(0);
    expect(trust).toBe(2);
    expect(putBack).toBe(true);
  });

  it('follows a choice: records the decision, the reaction, milestones and variables', () => {
    const run = startRun(story, 1);
    run.choose(0);
    const snap = run.snapshot();
    expect(snap.path).toEqual([0]);
    expect(decisionsOf(snap.entries)).toHaveLength(1);
    const reaction = snap.entries.find((e) => e.kind === 'beat' && e.beat.milestones.includes('goal-stated'));
    expect(reaction).toBeDefined();
    expect(snap.variables.trust).toBe(2);
    expect(snap.moods.ana).toBe('interested');
  });

  it('plays to an ending with an outcome', () => {
    const snap = replay(story, 1, [0, 0, 0]).snapshot();
    expect(snap.ended).toBe(true);
    expect(snap.outcome).toBe('won');
    expect(snap.choices).toEqual([]);
  });

  it('replays a path to exactly the same transcript, including seeded randomness', () => {
    for (const seed of [1, 7, 123456]) {
      const a = replay(story, seed, [1, 0, 1]).snapshot();
      const b = replay(story, seed, [1, 0, 1]).snapshot();
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
    const greetings = new Set(
      Array.from({ length: 12 }, (_, seed) => {
        const beat = startRun(story, seed).snapshot().entries[1];
        return beat?.kind === 'beat' ? beat.beat.text : '';
      }),
    );
    expect(greetings.size).toBeGreaterThan(1);
  });

  it('rewinds by replaying a prefix: the same state as when the decision was first met', () => {
    const run = startRun(story, 42);
    run.choose(0);
    const atSecondDecision = run.snapshot();
    run.choose(1);
    run.choose(1);
    const rewound = replay(story, 42, run.snapshot().path.slice(0, 1)).snapshot();
    expect(JSON.stringify(rewound)).toBe(JSON.stringify(atSecondDecision));
  });

  it('rejects a path that does not fit the story', () => {
    expect(() => replay(story, 1, [5])).toThrow(PathMismatchError);
    expect(() => replay(story, 1, [0, 0, 0, 0])).toThrow(/already ended/);
    expect(() => replay(story, 1, [-1])).toThrow(PathMismatchError);
    expect(() => replay(story, 1, [0.5])).toThrow(PathMismatchError);
  });

  it('hides a conditional choice until the buyer state allows it', () => {
    const cold = replay(story, 1, [1, 0]).snapshot();
    expect(cold.choices.map((c) => c.moves[0])).toEqual(['send-brochure', 'push-quarter-end']);
    const warm = replay(story, 1, [0, 0]).snapshot();
    expect(warm.choices[0]?.moves).toEqual(['propose-mutual-plan']);
  });

  it('refuses data that is not a compiled story', () => {
    expect(() => loadStory('{"not":"ink"}')).toThrow(StoryError);
    expect(() => loadStory('garbage')).toThrow(StoryError);
  });

  it('refuses, on loading, a story that calls a function the game does not provide', () => {
    // Checked once when the story is read: every run and replay after it shares that check.
    expect(() => fixture('calls-external')).toThrow(/does not provide.*ringBell/);
  });

  it('restores a saved moment as it was, however often and however far play went on from it', () => {
    // Choices inside a tunnel (the thread a choice keeps is changed by taking it) and a variable
    // each branch sets differently: a save that shared either with later play would drift.
    const moments = fixture('saved-moments');
    const facts = (cursor: StoryCursor): unknown => ({ key: cursor.stateKey(), beats: cursor.beats, choices: cursor.choices, variables: cursor.variables() });
    const fresh = (path: readonly number[]): unknown => {
      const cursor = openCursor(moments, 1);
      for (const index of path) cursor.choose(index);
      return facts(cursor);
    };
    const cursor = openCursor(moments, 1);
    const atStart = cursor.save();
    cursor.choose(0);
    const inTunnel = cursor.save();
    const endings = new Set<string>();
    // The third round restores each save for the last time, without a copy.
    for (let round = 0; round < 3; round++) {
      for (const [saved, prefix] of [[inTunnel, [0]], [atStart, []]] as const) {
        for (const index of [0, 1]) {
          cursor.restore(saved, round === 2 && index === 1);
          const path = [...prefix, index];
          cursor.choose(index);
          expect(facts(cursor)).toEqual(fresh(path));
          while (cursor.choices.length) {
            path.push(cursor.choices.length - 1);
            cursor.choose(cursor.choices.length - 1);
            expect(facts(cursor)).toEqual(fresh(path));
          }
          endings.add(JSON.stringify(cursor.variables()));
        }
      }
    }
    // The walks above really went different ways: they ended with the buyer's trust at 3 of them.
    expect(endings.size).toBe(3);
  });
});
