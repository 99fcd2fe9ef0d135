import { Compiler } from 'inkjs/compiler/Compiler';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { joinTextRuns, withFixedStringsAsValues } from '../../src/core/text-runs';

// Lines with conditions and alternatives inside them (ink goes on after each at a numbered
// place), gathers and labels reached by absolute paths, a sequence, a read count, a divert
// target held in a variable and a tunnel: every kind of path compiled ink writes.
const source = `
VAR mood = 0
VAR next = -> talk
Good {mood > 0: morning|day}, {~friend|colleague}, and welcome back to the {mood: office|site}.
-> talk
=== talk ===
Where {talk > 1: else} shall we {&start|go on}? It is {mood} {mood == 1: o'clock|hours} in.
* (warm) [Warm] You smile{mood > 0: again| for once}, and she nods. -> aside ->
  ~ mood += 1
  -> talk.gathered
* [Cold] You look at the clock, then at her, then at the door.
  ~ next = -> later
  -> talk
+ {warm} [Again] Once more{mood > 1: , and more}, with feeling.
  ~ mood += 1
  -> next
+ [Wait] You wait{mood > 0: , and wait}.
  -> gathered
- (gathered) She waits{mood > 1: , arms crossed| politely}. {talk.warm: She remembers.}
  {mood < 3: -> talk}
  -> later
=== aside ===
(a pause{mood: , long| short}) ->->
=== later ===
Later{mood > 1: that day| on}, it ends.
-> END
`;

// Line breaks as text, as the wordless form has them, so that a line is a run of texts and ink
// shows a whole passage in one string; and no-ops as empty texts, so that the places where ink
// goes on after a condition are texts too, and runs before later places join.
const compiled = (): string => (new Compiler(source).Compile().ToJson() as string).replaceAll('"\\n"', '"^¶"').replaceAll('"nop"', '"^"');
const isText = (item: unknown): boolean => typeof item === 'string' && item.startsWith('^');

/** What a story shows on each path of choices, up to `depth` choices deep. */
function everyPath(json: string, depth: number): string[] {
  const seen: string[] = [];
  const walk = (path: number[]): void => {
    const story = new Story(json);
    // ink seeds its shuffles from the clock unless told.
    story.state.storySeed = 7;
    story.state.previousRandom = 0;
    for (const index of path) {
      story.ContinueMaximally();
      story.ChooseChoiceIndex(index);
    }
    const text = story.ContinueMaximally();
    const choices = story.currentChoices.map((c) => c.text);
    seen.push(`${path.join(',')}: ${text}| ${choices.join(' / ')}`);
    if (path.length < depth) choices.forEach((_, i) => walk([...path, i]));
  };
  walk([]);
  return seen;
}

function joined(json: string): string {
  const story = JSON.parse(json) as { root: unknown[] };
  const root = joinTextRuns(story.root, (container, index) => isText(container[index]));
  if (!root) throw new Error('a path could not be followed');
  return JSON.stringify({ ...story, root });
}

describe('joining runs of text (core/text-runs.ts)', () => {
  it('shows the same on every path with each run of text one item and every path moved along', () => {
    const json = compiled();
    const texts = (s: string): number => (s.match(/"\^/g) ?? []).length;
    expect(texts(joined(json))).toBeLessThan(texts(json));
    const paths = everyPath(json, 4);
    expect(paths.length).toBeGreaterThan(12);
    expect(everyPath(joined(json), 4)).toEqual(paths);
  });

  it('splits a run where a path points into it', () => {
    // A divert to the second text, then the third: each starts a run of its own.
    const root = [['^a', '^b', '^c', '^d', { '->': '.^.1' }, null], 'done', null];
    const out = joinTextRuns(root, (container, index) => isText(container[index]));
    expect(out?.[0]).toEqual(['^a', '^bcd', { '->': '.^.1' }, null]);
    const twice = [['^a', '^b', '^c', { '->': '.^.1' }, { '->': '0.2' }, null], 'done', null];
    expect(joinTextRuns(twice, (container, index) => isText(container[index]))?.[0]).toEqual(['^a', '^b', '^c', { '->': '.^.1' }, { '->': '0.2' }, null]);
  });

  it("keeps a shuffle's container where it is, and every item before it on the way down", () => {
    // ink draws a shuffle's pick from its container's path: runs after it still join.
    const shuffle = ['ev', 'visit', 2, 'seq', '/ev', null];
    const root = [['^a', '^b', ['^x', '^y', shuffle, null], '^c', '^d', null], 'done', null];
    expect(joinTextRuns(root, (container, index) => isText(container[index]))?.[0]).toEqual(['^a', '^b', ['^x', '^y', shuffle, null], '^cd', null]);
  });

  it('shows what a shuffle after runs of text picks, on every seed', () => {
    const json = (new Compiler('Hello.\nAgain.\nWell, {~friend|colleague|partner}.\n-> END').Compile().ToJson() as string).replaceAll('"\\n"', '"^¶"');
    const shown = (story: string, seed: number): string => {
      const ink = new Story(story);
      ink.state.storySeed = seed;
      ink.state.previousRandom = 0;
      return ink.ContinueMaximally();
    };
    const seeds = Array.from({ length: 24 }, (_, i) => i + 1);
    const picks = seeds.map((seed) => shown(json, seed));
    expect(new Set(picks).size).toBeGreaterThan(1);
    expect(joined(json).length).toBeLessThan(json.length);
    expect(seeds.map((seed) => shown(joined(json), seed))).toEqual(picks);
  });

  it('moves a path past joined runs in another container', () => {
    const root = [['^a', '^b', '^c', 'done', null], { '->': '0.3' }, 'done', null];
    expect(joinTextRuns(root, (container, index) => isText(container[index]))).toEqual([['^abc', 'done', null], { '->': '0.1' }, 'done', null]);
  });

  it.each([
    ['an index past the end', { '->': '.^.9' }],
    ['a name that is not there', { '->': 'nowhere' }],
    ['a step up past the root', { '->': '.^.^.^' }],
    ['a divert target relative to a value', { '^->': '.^.0' }],
  ])('leaves the story as it is when a path is %s', (_, divert) => {
    const root = [['^a', '^b', divert, null], 'done', null];
    expect(joinTextRuns(root, (container, index) => isText(container[index]))).toBeNull();
  });
});

describe('string sections of one fixed text as the text alone (core/text-runs.ts)', () => {
  const valued = (json: string): string => {
    const story = JSON.parse(json) as { root: unknown[] };
    const root = withFixedStringsAsValues(story.root);
    if (!root) throw new Error('a path could not be followed');
    return JSON.stringify({ ...story, root });
  };

  it('shows the same on every path and offers the same choices, with fewer string sections', () => {
    const json = joined(compiled());
    const sections = (s: string): number => (s.match(/"str"/g) ?? []).length;
    expect(sections(valued(json))).toBeLessThan(sections(json));
    expect(everyPath(valued(json), 4)).toEqual(everyPath(json, 4));
  });

  it('keeps a section a path points into, and one whose text breaks the line', () => {
    const root = [['ev', 'str', '^a', '/str', '/ev', 'ev', 'str', '^b', '/str', '/ev', 'ev', 'str', '^c\nd', '/str', '/ev', { '->': '.^.7' }, null], 'done', null];
    expect(withFixedStringsAsValues(root)?.[0]).toEqual(['ev', '^a', '/ev', 'ev', 'str', '^b', '/str', '/ev', 'ev', 'str', '^c\nd', '/str', '/ev', { '->': '.^.5' }, null]);
  });

  it('moves a path past the sections it drops', () => {
    const root = [['ev', 'str', '^a', '/str', '/ev', 'done', null], { '->': '0.5' }, 'done', null];
    expect(withFixedStringsAsValues(root)).toEqual([['ev', '^a', '/ev', 'done', null], { '->': '0.3' }, 'done', null]);
  });
});
