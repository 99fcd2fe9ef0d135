import type { ReviewFilter } from './api';
import type { StoredAttempt, StoryFacts } from './team-review';

/** The manager's review filters as tests on attempts and scenarios (README, "The manager's review"). */

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter's date range as a test on finish times; a date-only `to` takes in its whole UTC day. */
export function finishedWithin({ from, to }: ReviewFilter): (a: StoredAttempt) => boolean {
  const start = from === undefined ? -Infinity : Date.parse(from);
  const end = to === undefined ? Infinity : Date.parse(to) + (DATE_ONLY.test(to) ? DAY_MS - 1 : 0);
  return (a) => {
    const t = Date.parse(a.finishedAt);
    return t >= start && t <= end;
  };
}

/** Whether a scenario passes the story, phase and segment filters; one unknown to the library passes only the story filter. */
export function storyWanted(filter: ReviewFilter, stories: readonly StoryFacts[]): (storyId: string) => boolean {
  const facts = new Map(stories.map((s) => [s.id, s]));
  return (storyId) => {
    if (filter.story !== undefined && storyId !== filter.story) return false;
    if (filter.phase === undefined && filter.segment === undefined) return true;
    const story = facts.get(storyId);
    return !!story && (filter.phase === undefined || story.phase === filter.phase) && (filter.segment === undefined || story.segment === filter.segment);
  };
}
