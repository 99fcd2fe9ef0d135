import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkerFingerprint, recall, remember } from '../../tools/check-cache';
import type { StoryReport } from '../../tools/story-report';

let root: string;
let dir: string;
let story: string;
let translation: string;

const reportFor = (file: string, states: number): StoryReport => ({
  file,
  header: null,
  problems: [{ file, line: 3, message: 'a problem kept with the report', severity: 'error' }],
  exploration: null,
  declaredEndings: states,
  scores: null,
  directEvidence: [],
  moves: [],
  tells: null,
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'check-cache-'));
  dir = join(root, 'cache');
  story = join(root, 'demo.ink');
  translation = join(root, 'zh-CN', 'demo.ink');
  writeFileSync(story, '# id: demo\nHello.\n-> END\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the checker's memory between runs", () => {
  it('gives back a story’s report only while the story, its translation and the checker are unchanged', () => {
    expect(recall(story, 'checker-1', dir)).toBeNull();
    remember(reportFor(story, 4), 'checker-1', dir);
    expect(recall(story, 'checker-1', dir)).toEqual(reportFor(story, 4));

    // Another checker (its code, the core's rules or the packages changed) explores again.
    expect(recall(story, 'checker-2', dir)).toBeNull();

    // A translation appearing, then changing, is a change to the story.
    mkdirSync(join(root, 'zh-CN'));
    writeFileSync(translation, '# id: demo\n你好。\n-> END\n');
    expect(recall(story, 'checker-1', dir)).toBeNull();
    remember(reportFor(story, 5), 'checker-1', dir);
    expect(recall(story, 'checker-1', dir)?.declaredEndings).toBe(5);
    writeFileSync(translation, '# id: demo\n您好。\n-> END\n');
    expect(recall(story, 'checker-1', dir)).toBeNull();
    remember(reportFor(story, 6), 'checker-1', dir);

    writeFileSync(story, '# id: demo\nHello again.\n-> END\n');
    expect(recall(story, 'checker-1', dir)).toBeNull();
  });

  it('treats an unreadable memory as none, and leaves no half-written file behind', () => {
    remember(reportFor(story, 4), 'checker-1', dir);
    const [kept] = readdirSync(dir);
    expect(readdirSync(dir)).toEqual([kept]);
    writeFileSync(join(dir, kept as string), '{"key": "trunc');
    expect(recall(story, 'checker-1', dir)).toBeNull();
  });

  it('does not mix up two stories', () => {
    const other = join(root, 'other.ink');
    writeFileSync(other, '# id: demo\nHello.\n-> END\n');
    remember(reportFor(story, 4), 'checker-1', dir);
    expect(recall(other, 'checker-1', dir)).toBeNull();
  });

  it('fingerprints the checker the same way twice', () => {
    expect(checkerFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(checkerFingerprint()).toBe(checkerFingerprint());
  });
});
