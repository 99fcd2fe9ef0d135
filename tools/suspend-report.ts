import { SEED_MAX } from '../src/core/attempts';
import { encodeSuspendData, SCORM12_SUSPEND_LIMIT, SuspendDataError } from '../src/core/lms-suspend';
import type { StoryReport } from './story-report';

/**
 * The checker's line on LMS resume data: the longest explored path of any story, encoded as
 * the suspend data an LMS keeps (with the longest seed), against SCORM 1.2's 4,096 characters.
 */
export function suspendReport(reports: readonly StoryReport[]): { line: string | null; problems: string[] } {
  const problems: string[] = [];
  const sized = reports.flatMap((r) => {
    if (!r.header || !r.exploration) return [];
    const path = r.exploration.longestPath;
    try {
      const data = encodeSuspendData({ storyId: r.header.id, version: r.header.version, seed: SEED_MAX, mode: 'assessment', path });
      return [{ file: r.file, id: r.header.id, choices: path.length, chars: data.length }];
    } catch (error) {
      if (!(error instanceof SuspendDataError)) throw error;
      problems.push(`${r.file}: an LMS cannot keep its runs: ${error.message}`);
      return [];
    }
  });
  problems.push(...sized
    .filter((s) => s.chars > SCORM12_SUSPEND_LIMIT)
    .map((s) => `${s.file}: its longest path (${s.choices} choices) needs ${s.chars} characters of LMS suspend data; SCORM 1.2 keeps ${SCORM12_SUSPEND_LIMIT}`));
  const longest = [...sized].sort((a, b) => b.chars - a.chars)[0];
  const line = longest ? `LMS suspend data: the longest path is ${longest.choices} choices (${longest.id}), ${longest.chars} of ${SCORM12_SUSPEND_LIMIT} characters` : null;
  return { line, problems };
}
