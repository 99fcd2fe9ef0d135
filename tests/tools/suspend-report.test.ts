import { describe, expect, it } from 'vitest';
import type { StoryReport } from '../../tools/story-report';
import { suspendReport } from '../../tools/suspend-report';

const report = (id: string, longestPath: number[]): StoryReport =>
  ({ file: `stories/${id}.ink`, header: { id, version: 2 }, exploration: { longestPath } }) as unknown as StoryReport;

describe("the checker's LMS suspend data line", () => {
  it('names the longest path and its size, and fails a story whose runs an LMS could not keep', () => {
    const ok = suspendReport([report('short', [0, 1]), report('long', Array(20).fill(1))]);
    expect(ok.problems).toEqual([]);
    expect(ok.line).toBe('LMS suspend data: the longest path is 20 choices (long), 38 of 4096 characters');
    const tooLong = suspendReport([report('endless', Array(5000).fill(0))]);
    expect(tooLong.problems).toEqual(['stories/endless.ink: its longest path (5000 choices) needs 5021 characters of LMS suspend data; SCORM 1.2 keeps 4096']);
    expect(suspendReport([report('wide', [70])]).problems[0]).toMatch(/an LMS cannot keep its runs: choice 71/);
  });
});
