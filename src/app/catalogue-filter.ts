import { SEGMENT_IDS } from '../core/buying';
import { DIFFICULTIES } from '../core/tags';
import type { CatalogueEntry, Filters } from './store';

export const DURATIONS = ['short', 'medium', 'long'] as const;
export type Duration = (typeof DURATIONS)[number];

/** How long a scenario is, in the catalogue's three buckets. */
export function durationOf(minutes: number): Duration {
  return minutes <= 10 ? 'short' : minutes <= 20 ? 'medium' : 'long';
}

// In the order an onboarding programme takes them: by buying phase, then along the adoption
// curve, then from the gentlest scenario to the hardest.
const rank = ({ header }: CatalogueEntry): number[] => [header.phase, SEGMENT_IDS.indexOf(header.segment), DIFFICULTIES.indexOf(header.difficulty)];
const byProgramme = (a: CatalogueEntry, b: CatalogueEntry): number => {
  const [x, y] = [rank(a), rank(b)];
  return x.reduce((order, value, i) => order || value - (y[i] ?? 0), 0) || a.header.title.localeCompare(b.header.title);
};

/** The scenarios that match every filter that is set, in programme order. */
export function filterCatalogue(entries: readonly CatalogueEntry[], filters: Filters): CatalogueEntry[] {
  return entries.filter(({ header, concepts }) =>
    (filters.phase === null || header.phase === filters.phase) &&
    (filters.segment === null || header.segment === filters.segment) &&
    (filters.concept === null || concepts.includes(filters.concept)) &&
    (filters.difficulty === null || header.difficulty === filters.difficulty) &&
    (filters.duration === null || durationOf(header.minutes) === filters.duration),
  ).sort(byProgramme);
}
