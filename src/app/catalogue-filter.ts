import type { CatalogueEntry, Duration, Filters } from './store';

/** How long a scenario is, in the catalogue's three buckets. */
export function durationOf(minutes: number): Duration {
  return minutes <= 10 ? 'short' : minutes <= 20 ? 'medium' : 'long';
}

/** The scenarios that match every filter that is set. */
export function filterCatalogue(entries: readonly CatalogueEntry[], filters: Filters): CatalogueEntry[] {
  return entries.filter(({ header, concepts }) =>
    (filters.phase === null || header.phase === filters.phase) &&
    (filters.segment === null || header.segment === filters.segment) &&
    (filters.concept === null || concepts.includes(filters.concept)) &&
    (filters.difficulty === null || header.difficulty === filters.difficulty) &&
    (filters.duration === null || durationOf(header.minutes) === filters.duration),
  );
}
