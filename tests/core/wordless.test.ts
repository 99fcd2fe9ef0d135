import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Compiler } from 'inkjs/compiler/Compiler';
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/core/explore';
import { loadStory, openCursor, playsWordless, replay, startRun, type CompiledStory, type StoryCursor } from '../../src/core/runner';
import type { Beat, ChoiceOption } from '../../src/core/transcript';
import { loadForReplays } from '../../src/core/replays';
import { withoutWords } from '../../src/core/wordless';
import { compileInkFile } from '../../tools/ink-compile';
import { inkFilesIn } from '../../tools/stories-build';
import { fixturePath } from '../stories/fixture';

// These fixtures use ink the library's lint refuses (tags made of logic, a string in a
// variable), which is the point: they go through ink's own compiler only.
const rawFixture = (name: string): CompiledStory => loadStory(new Compiler(readFileSync(fixturePath(name), 'utf8')).Compile().ToJson() as string);
const library = [...inkFilesIn('stories'), ...inkFilesIn(join('stories', 'zh-CN'))];

/** What a walker reads at one moment, with the words put back where tokens stand. */
function moment(cursor: StoryCursor, words: (text: string) => string) {
  const beat = (b: Beat): Beat => ({ ...b, text: words(b.text) });
  // ink trims a choice's text but leaves its inner spaces as written: compare them folded.
  const choice = (c: ChoiceOption): ChoiceOption => ({ ...c, text: words(c.text) });
  return { beats: cursor.beats.map(beat), choices: cursor.choices.map(choice), problems: [...cursor.problems] };
}

/**
 * The wordless form may move items within a container (core/text-runs.ts), so a decision point
 * can have another name there: it must name the same point at every meeting, and no other.
 */
function samePoints() {
  const there = new Map<string, string>();
  const back = new Map<string, string>();
  return (left: string, right: string): void => {
    expect(there.get(left) ?? right).toBe(right);
    expect(back.get(right) ?? left).toBe(left);
    there.set(left, right);
    back.set(right, left);
  };
}

/** Walks the same random paths through a story and its wordless form, moment by moment. */
function walkBoth(compiled: CompiledStory, walks: number): number {
  const wordless = withoutWords(compiled.json);
  if (!wordless) throw new Error(`${compiled.header.id} was left with its words`);
  const tokens = loadStory(wordless.json);
  const same = (text: string): string => text.replace(/[ \t]+/g, ' ');
  let moments = 0;
  const point = samePoints();
  for (let walk = 0; walk < walks; walk++) {
    let random = walk * 7919 + 17;
    const left = openCursor(compiled, walk + 1);
    const right = openCursor(tokens, walk + 1, wordless.lines);
    for (let step = 0; step < 200; step++) {
      expect(moment(right, wordless.words)).toEqual(moment(left, same));
      point(left.pointId(), right.pointId());
      moments++;
      if (!left.choices.length) break;
      random = (random * 48271) % 2147483647;
      const index = random % left.choices.length;
      left.choose(index);
      right.choose(index);
    }
  }
  return moments;
}

/**
 * Plays random paths with the story's words, then replays each on the story loaded for many
 * replays (the server's re-score): the same snapshots, names of decision points included.
 */
function sameReplays(json: string, walks: number): number {
  const story = loadStory(json);
  const many = loadForReplays(json);
  expect(playsWordless(many)).toBe(true);
  expect(playsWordless(story)).toBe(false);
  let decisions = 0;
  for (let walk = 0; walk < walks; walk++) {
    let random = walk * 104729 + 3;
    const run = startRun(story, walk + 1);
    const path: number[] = [];
    for (let snapshot = run.snapshot(); !snapshot.ended && path.length < 200; snapshot = run.snapshot()) {
      random = (random * 48271) % 2147483647;
      path.push(random % snapshot.choices.length);
      run.choose(path.at(-1) as number);
    }
    expect(replay(many, walk + 1, path).snapshot()).toEqual(run.snapshot());
    decisions += path.length;
  }
  return decisions;
}

describe('the wordless walk (core/wordless.ts)', () => {
  it('puts tokens where the sentences were and keeps tags, logic and structure as they are', () => {
    const story = rawFixture('run-together');
    const wordless = withoutWords(story.json);
    expect(wordless).not.toBeNull();
    expect(wordless?.json).not.toContain('Fewer spoiled shipments');
    expect(wordless?.json).toContain('milestone: goal-stated');
    expect(wordless?.json).toContain('move: pitch-features');
    // Past the opening (the header and the lines before the first knot) no line break is left for ink to look past.
    const knots = JSON.stringify((JSON.parse(wordless?.json ?? '{}') as { root: unknown[] }).root.slice(1));
    expect(knots).toContain('\\u0003');
    expect(knots).not.toContain('"\\n"');
    // Each run of text and marks is one item: the no-ops that kept indices while tags became marks are gone.
    const nops = (json: string): number => (json.match(/"nop"/g) ?? []).length;
    expect(nops(wordless?.json ?? '')).toBeLessThanOrEqual(nops(story.json));
    // (The opening's runs before its shuffle stay apart: ink draws from the shuffle's path.)
    expect(knots).not.toMatch(/"\^[^"]*","\^/);
  });

  it('shows a passage in one go and takes it apart into the lines ink would have shown', () => {
    const story = rawFixture('run-together');
    const wordless = withoutWords(story.json);
    if (!wordless) throw new Error('run-together was left with its words');
    const cursor = openCursor(loadStory(wordless.json), 1, wordless.lines);
    // A tag on a line of its own, and the tags of a line that shows nothing, go to the next line shown.
    cursor.choose(2);
    expect(cursor.beats.map((b) => [wordless.words(b.text), b.speaker, b.mood])).toEqual([
      ['It is raining, yes.', 'ana', null],
      ['Where shall we start?', 'ana', 'annoyed'],
    ]);
    cursor.choose(0);
    expect(cursor.beats.map((b) => [wordless.words(b.text), b.speaker])).toEqual([
      ['Well — she listens.', null],
      ['Fewer spoiled shipments.', 'ana'],
      ['Let me get Bo for this.', 'ana'],
      ['(Bo Chen comes in.)', 'narrator'],
      ['Tell me the numbers.', 'bo'],
    ]);
    expect(cursor.beats.at(-1)).toMatchObject({ mood: 'interested' });
  });

  it('shows the same lines, tags and choices on every path of a story written to trip it up', () => {
    expect(walkBoth(rawFixture('run-together'), 40)).toBeGreaterThan(100);
  });

  it('carries the tags of a line that shows nothing from one passage into the next', () => {
    // The opening keeps ink's own lines. Its last line is only a bidi control, which shows
    // nothing (core/text.ts), so its tags go to the first line of the passage after it, which
    // ink shows in another Continue.
    const body = 'VAR trust = 0\nHello. # speaker: ana\n\u202E # mood: pleased # speaker: ana\n-> talk\n=== talk ===\nWell. # speaker: ana\n* [Go # move: neutral]\n  Gone. # speaker: ana # outcome: lost\n  -> END\n* [Stay # move: neutral]\n  -> talk\n';
    const header = '# id: x\n# title: x\n# phase: 1\n# segment: innovators\n# buyer: ana; Ana; COO; decision-maker; woman\n# minutes: 1\n# difficulty: intro\n# version: 1\n# brief: x\n';
    const story = loadStory(new Compiler(header + body).Compile().ToJson() as string);
    const wordless = withoutWords(story.json);
    expect(wordless).not.toBeNull();
    const cursor = openCursor(loadStory(wordless?.json as string), 1, wordless?.lines);
    expect(cursor.beats.map((b) => [wordless?.words(b.text), b.mood ?? null])).toEqual([
      ['Hello.', null],
      ['Well.', 'pleased'],
    ]);
    expect(walkBoth(story, 6)).toBeGreaterThan(6);
  });

  it.each([
    ['glues lines', 'Good <>\nmorning. # speaker: ana\n* [Go # move: neutral]\n  Gone. # speaker: ana # outcome: lost\n  -> END'],
    ['prints from a function', '{aside()} Hello. # speaker: ana\n* [Go # move: neutral]\n  Gone. # speaker: ana # outcome: lost\n  -> END\n=== function aside()\n(a pause) # speaker: narrator\n~ return'],
  ])('leaves a story that %s with its words, where only ink knows the lines', (_, body) => {
    const header = '# id: x\n# title: x\n# phase: 1\n# segment: innovators\n# buyer: ana; Ana; COO; decision-maker; woman\n# minutes: 1\n# difficulty: intro\n# version: 1\n';
    expect(withoutWords(new Compiler(header + body).Compile().ToJson() as string)).toBeNull();
  });

  it.each(library)('%s: the same lines, tags and choices on 12 random paths, and the same replays loaded for many', (file) => {
    const json = compileInkFile(file).json as string;
    expect(walkBoth(loadStory(json), 12)).toBeGreaterThan(60);
    expect(sameReplays(json, 12)).toBeGreaterThan(60);
  });

  it.each(['run-together', 'tiny-deal', 'late-arrival', 'saved-moments'])('replays %s loaded for many replays to the same snapshots as with its words', (name) => {
    expect(sameReplays(rawFixture(name).json, 30)).toBeGreaterThanOrEqual(30);
  });

  it('loads a story whose logic reads text for many replays with its words', () => {
    const json = rawFixture('reads-words').json;
    expect(playsWordless(loadForReplays(json))).toBe(false);
    expect(replay(loadForReplays(json), 1, [0]).snapshot()).toEqual(replay(loadStory(json), 1, [0]).snapshot());
  });

  it.each(['run-together', 'tiny-deal', 'late-arrival', 'dead-end', 'dead-end-shared', 'saved-moments'])('explores %s to the same states, endings and problems as with its words', (name) => {
    const story = rawFixture(name);
    expect(withoutWords(story.json)).not.toBeNull();
    expect(explore(story)).toEqual(explore(story, { keepWords: true }));
  });

  it('explores a library story to the same result as with its words', () => {
    const story = loadStory(compileInkFile(join('stories', 'rfq-column-fodder.ink')).json as string);
    const wordless = explore(story);
    expect(wordless.states).toBeGreaterThan(500);
    expect(wordless).toEqual(explore(story, { keepWords: true }));
  });

  it('leaves a story whose logic keeps or compares text with its words', () => {
    const story = rawFixture('reads-words');
    expect(withoutWords(story.json)).toBeNull();
    const endings = explore(story).endings.map((e) => e.text).sort();
    expect(endings).toEqual(['Good meeting, Ana.', 'Good meeting, Ms Ruiz.']);
  });

  it('leaves a story with its words when its text holds the characters tokens are made of', () => {
    const story = rawFixture('tiny-deal');
    const marked = story.json.replace('Fewer spoiled shipments.', 'Fewer \\u0001spoiled shipments.');
    expect(marked).not.toBe(story.json);
    expect(withoutWords(marked)).toBeNull();
  });
});
