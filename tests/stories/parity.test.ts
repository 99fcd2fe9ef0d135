import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/core/runner';
import { compileInkFile } from '../../tools/ink-compile';
import { playScriptedTrainees } from '../../tools/scripted-trainees';
import { parityProblems, type PlayedOriginal } from '../../tools/story-parity';
import { fixturePath } from './fixture';

const english = fixturePath('tiny-deal');
const chinese = fixturePath('zh-CN/tiny-deal');

/** A copy of the Chinese fixture with one edit, beside a copy of the English one. */
function variant(edit: (source: string) => string): { en: string; zh: string } {
  const dir = mkdtempSync(join(tmpdir(), 'parity-'));
  mkdirSync(join(dir, 'zh-CN'));
  const en = join(dir, 'tiny-deal.ink');
  const zh = join(dir, 'zh-CN', 'tiny-deal.ink');
  copyFileSync(english, en);
  writeFileSync(zh, edit(readFileSync(chinese, 'utf8')));
  return { en, zh };
}
const lineOf = (source: string, text: string): number => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('one scenario, two languages', () => {
  it('accepts a translation with the same skeleton and the same scripted runs', () => {
    expect(parityProblems(english, chinese, { library: false })).toEqual([]);
  });

  it('fails at the line where a move differs', () => {
    const { en, zh } = variant((s) => s.replace('# move: ask-current-process]', '# move: ask-diagnostic]'));
    const problems = parityProblems(en, zh, { library: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toContain('zh-CN');
    expect(problems[0]?.line).toBe(lineOf(readFileSync(zh, 'utf8'), 'ask-diagnostic'));
    expect(problems[0]?.message).toMatch(/ask-current-process.*ask-diagnostic/);
  });

  it('fails at the line where a choice is missing', () => {
    const { en, zh } = variant((s) => s.replace(/\* \[\(聊聊天气。\)[^\n]*\n[^\n]*\n/, ''));
    const problems = parityProblems(en, zh, { library: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/not the same scenario.*tiny-deal\.ink:21/);
  });

  it('says which file is behind when the versions differ', () => {
    const { en, zh } = variant((s) => s.replace('# version: 1', '# version: 2'));
    const behind = parityProblems(en, zh, { library: false }).find((p) => p.message.includes('is behind'));
    // The English file is the older one here: the message points at it.
    expect(behind?.file.endsWith('tiny-deal.ink') && !behind.file.includes('zh-CN')).toBe(true);
    expect(behind?.message).toMatch(/version 1 against 2/);
  });

  it('holds the translation to the shape rules too: its own words must not give the answers away', () => {
    // The tiny fixture is no library scenario: in library mode its Chinese question marks give it away.
    const messages = parityProblems(english, chinese).map((p) => p.message);
    expect(messages).toContain('in this translation, the question-picker trainee scores 73 and passes: put tempting bad questions (leading, closed, feature questions) among the wrong options');
  });

  it('ignores the words: names, titles, briefs and reasons may be translated', () => {
    const { en, zh } = variant((s) => s.replace('安娜·鲁伊斯', '安娜').replace('小单子', '一笔小生意'));
    expect(parityProblems(en, zh, { library: false })).toEqual([]);
  });

  describe('with the original already played by the checker', () => {
    const played = (file: string): PlayedOriginal => {
      const story = loadStory(compileInkFile(file).json as string);
      return { story, runs: playScriptedTrainees(story).runs };
    };

    it('finds the same problems as compiling and playing the original again', () => {
      const { en, zh } = variant((s) => s.replace('# move: ask-current-process]', '# move: ask-diagnostic]'));
      for (const [a, b] of [[english, chinese], [en, zh]] as const) {
        expect(parityProblems(a, b, { played: played(a) })).toEqual(parityProblems(a, b));
      }
    });

    it("compares the translation's runs with the original's runs it is given", () => {
      const original = played(english);
      const expert = original.runs.expert;
      const detour = { ...original, runs: { ...original.runs, expert: { ...expert, path: [...expert.path, 0] } } };
      const messages = parityProblems(english, chinese, { library: false, played: detour }).map((p) => p.message);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^the expert trainee plays differently here/);
    });
  });
});
