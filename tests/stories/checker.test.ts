import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryProblems, reportStory } from '../../tools/story-report';
import { fixturePath } from './fixture';

const messages = (name: string): string[] =>
  reportStory(fixturePath(name), { library: false }).problems.map((p) => `${p.file.split('/').pop()}:${p.line}: ${p.message}`);

describe('stories:check', () => {
  it('passes a sound story and reports its shape and score spread', () => {
    const report = reportStory(fixturePath('tiny-deal'), { library: false });
    expect(report.problems).toEqual([]);
    expect(report.exploration).toMatchObject({ decisionPoints: 3, truncated: false });
    expect(report.exploration?.endings.map((e) => e.outcome).sort()).toEqual(['lost', 'no-decision', 'qualified-out', 'won']);
    expect(report.scores?.expert.score).toBeGreaterThan(report.scores?.['pitch-first'].score ?? 100);
    expect(report.exploration?.concepts).toContain('C1');
  });

  it('reports a missing divert with file and line', () => {
    expect(messages('missing-divert')).toContain("missing-divert.ink:13: Divert target not found: '-> nowhere_to_go'");
  });

  it('reports a misspelled concept, move, mood and buyer look with file and line', () => {
    expect(messages('misspelled-concept')).toEqual([
      'misspelled-concept.ink:5: unknown look "bald" for buyer "bo" (expected any of: man, woman, young, senior, glasses, beard)',
      'misspelled-concept.ink:11: unknown mood "curious" (expected one of: neutral, interested, pleased, skeptical, annoyed, anxious)',
      'misspelled-concept.ink:12: unknown concept in "C14+" (expected C1 … C13)',
      'misspelled-concept.ink:15: unknown move "pich-features": did you mean "pitch-features"? (see the move list in stories/README.md)',
    ]);
  });

  it('reports an unreachable ending at its line', () => {
    expect(messages('unreachable-ending')).toContain('unreachable-ending.ink:24: ending "won" is unreachable: no path gets here');
  });

  it('reports a dead end at the line where the story stops, with the path that reaches it', () => {
    expect(messages('dead-end').filter((m) => m.includes('dead end'))).toEqual([
      'dead-end.ink:16: dead end: the story stops here, after choices 2: the path stops without an "outcome:" line',
    ]);
  });

  it('names a missing INCLUDE at its line instead of failing without a message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitchless-include-'));
    const file = join(dir, 'story.ink');
    writeFileSync(file, 'VAR x = 1\nINCLUDE missing.ink\nHello.\n-> END\n');
    const found = reportStory(file, { library: false }).problems.map((p) => `${p.line}: ${p.message}`);
    expect(found).toContain('2: INCLUDE missing.ink: no such file');
    expect(found.some((m) => m.includes('failed without a message'))).toBe(false);
  });

  it('refuses a buyer who speaks before the story brings them in, at that line', () => {
    const found = messages('late-arrival').filter((m) => m.includes('arriving'));
    expect(found).toEqual(['late-arrival.ink:20: after choices 2: "bo" speaks before arriving: put "# enter: bo" on the line that brings them in']);
  });

  it('reports a dead end reached by several paths once', () => {
    expect(messages('dead-end-shared').filter((m) => m.includes('dead end'))).toEqual([
      'dead-end-shared.ink:23: dead end: the story stops here, after choices 2 (and 2 other paths): the path stops without an "outcome:" line',
    ]);
  });

  it('warns at each line that is not UTF-8, and keeps checking the story', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitchless-utf8-'));
    const file = join(dir, 'latin1.ink');
    const source = readFileSync(fixturePath('tiny-deal'), 'utf8').replace('\n\n', '\n\nCaf\u00e9 talk. # speaker: narrator\n\n');
    // The same text saved as Latin-1: "é" becomes the single byte 0xE9.
    writeFileSync(file, Buffer.from(source, 'latin1'));
    const line = source.split('\n').findIndex((l) => l.startsWith('Caf')) + 1;
    const report = reportStory(file, { library: false });
    expect(report.problems.filter((p) => p.message.includes('UTF-8')).map((p) => [p.line, p.severity])).toEqual([[line, 'warning']]);
    expect(report.exploration).not.toBeNull();
  });

  it('reports a divert loop with no text or choice, and a knot nothing leads to, at their lines (and does not hang)', () => {
    const found = messages('divert-loop');
    expect(found).toContain('divert-loop.ink:18: knot "spin" loops forever (spin → spin) with no text or choice: give the loop a choice or an exit');
    expect(found).toContain('divert-loop.ink:21: knot "forgotten" is unreachable: no divert leads to it');
  });

  it('holds library stories to the library rules', () => {
    const report = reportStory(fixturePath('tiny-deal'));
    expect(report.problems.map((p) => p.message)).toContain('only 3 decision points; a scenario needs at least 12');
  });

  it('holds the library to its coverage rules', () => {
    const tiny = reportStory(fixturePath('tiny-deal'), { library: false });
    const problems = libraryProblems([tiny, { ...tiny, file: 'copy.ink' }]);
    expect(problems).toContain(`story id "tiny-deal" is used by both copy.ink and ${relative(process.cwd(), tiny.file)}`);
    expect(problems).toContain('no scenario for buying phase 3 × laggards');
    expect(problems.filter((p) => p.startsWith('no scenario for')).length).toBe(14);
    expect(problems.some((p) => /^C\d+ is assessed in [0-2] scenario/.test(p))).toBe(true);
  });

  it('does not report holes in the coverage while a story fails to compile', () => {
    const tiny = reportStory(fixturePath('tiny-deal'), { library: false });
    const broken = reportStory(fixturePath('missing-divert'), { library: false });
    expect(broken.exploration).toBeNull();
    expect(libraryProblems([tiny, broken])).toEqual([]);
  });
});
