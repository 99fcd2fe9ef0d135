import { SEGMENT_IDS } from './buying';
import { DIFFICULTIES, type StoryHeader } from './tags';

/**
 * Where a new hire begins and what comes next: the programme order of the library (by buying
 * phase, then along the adoption curve, then gentlest first), a short path through it, and the
 * scenario to suggest after each debrief.
 */

type Facts = Pick<StoryHeader, 'id' | 'title' | 'phase' | 'segment' | 'difficulty' | 'minutes'>;

const rank = (h: Facts): number[] => [h.phase, SEGMENT_IDS.indexOf(h.segment), DIFFICULTIES.indexOf(h.difficulty)];

/** Orders scenarios the way an onboarding programme takes them. */
export function byProgramme(a: Facts, b: Facts): number {
  const [x, y] = [rank(a), rank(b)];
  return x.reduce((order, value, i) => order || value - (y[i] ?? 0), 0) || a.title.localeCompare(b.title);
}

/** One scenario per buying phase, in phase order: the gentlest, then the shortest, then programme order. */
export function onboardingPath<H extends Facts>(headers: readonly H[]): H[] {
  const phases = [...new Set(headers.map((h) => h.phase))].sort();
  return phases.flatMap((phase) => {
    const gentlest = headers
      .filter((h) => h.phase === phase)
      .sort((a, b) => DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) || a.minutes - b.minutes || byProgramme(a, b));
    return gentlest.slice(0, 1);
  });
}

/**
 * What to play next: the first step of the path not yet passed, else the first scenario in
 * programme order not yet passed; never the one just played. Null once everything is passed.
 */
export function nextRecommended<H extends Facts>(headers: readonly H[], passed: ReadonlySet<string>, justPlayed: string | null = null): H | null {
  const open = (h: H): boolean => !passed.has(h.id) && h.id !== justPlayed;
  return onboardingPath(headers).find(open) ?? [...headers].sort(byProgramme).find(open) ?? null;
}
