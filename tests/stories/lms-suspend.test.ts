import { describe, expect, it } from 'vitest';
import { SEED_MAX } from '../../src/core/attempts';
import { explore } from '../../src/core/explore';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../src/core/lms-suspend';
import { resumeRun } from '../../src/core/resume';
import { loadStory } from '../../src/core/runner';
import { compileInkFile } from '../../tools/ink-compile';
import { inkFilesIn } from '../../tools/stories-build';

/** Every library scenario's longest path, kept as an LMS keeps it, comes back whole and resumes. */
describe('LMS suspend data of the library', () => {
  it.each(inkFilesIn('stories'))('%s: the longest path round-trips within 4,096 characters and resumes to its ending', (file) => {
    const story = loadStory(compileInkFile(file).json as string);
    const { longestPath, truncated } = explore(story);
    expect(truncated).toBe(false);
    expect(longestPath.length).toBeGreaterThanOrEqual(12);
    const run = { storyId: story.header.id, version: story.header.version, seed: SEED_MAX, mode: 'assessment' as const, path: longestPath };
    const data = encodeSuspendData(run);
    expect(data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
    const back = decodeSuspendData(data);
    expect(back).toEqual(run);
    const resumed = resumeRun(story, back ?? run);
    expect(resumed.kind === 'resumed' && resumed.run.snapshot().ended).toBe(true);
  }, 180_000);
});
