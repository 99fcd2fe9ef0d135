import { byProgramme } from '../core/onboarding';
import type { CatalogueEntry, Filters } from './store';

export const DURATIONS = ['short', 'medium', 'long'] as const;
export type Duration = (typeof DURATIONS)[number];

/** How long a scenario is, in the catalogue's three buckets. */
export function durationOf(minutes: number): Duration {
  return minutes <= 10 ? 'short' : minutes <= 20 ? 'medium' : 'long';
}

/** The scenarios that match every filter that is set, in programme order. */
export function filterCatalogue(entries: readonly CatalogueEntry[], filters: Filters): CatalogueEntry[] {
  return entries.filter(({ header, concepts }) =>
    (filters.phase === null || header.phase === filters.phase) &&
    (filters.segment === null || header.segment === filters.segment) &&
    (filters.concept === null || concepts.includes(filters.concept)) &&
    (filters.difficulty === null || header.difficulty === filters.difficulty) &&
    (filters.duration === null || durationOf(header.minutes) === filters.duration),
  ).sort((a, b) => byProgramme(a.header, b.header));
}
