import { describe, expect, it } from 'vitest';
import { filterCatalogue } from '../../src/app/catalogue-filter';
import type { CatalogueEntry, Filters } from '../../src/app/store';
import type { ConceptId } from '../../src/core/concepts';
import type { StoryHeader } from '../../src/core/tags';

const entry = (id: string, header: Partial<StoryHeader>, concepts: ConceptId[] = []): CatalogueEntry => ({
  header: {
    id, title: id, phase: 1, segment: 'early-majority', buyers: [], minutes: 12, difficulty: 'intro', version: 1, brief: '', setting: 'office', objective: null,
    ...header,
  },
  concepts,
  load: () => Promise.resolve(''),
  portraits: {},
});

const none: Filters = { phase: null, segment: null, concept: null, difficulty: null, duration: null };
const library = [
  entry('late-p3', { phase: 3, segment: 'late-majority', minutes: 25 }, ['C8', 'C9']),
  entry('vision-p1-hard', { phase: 1, segment: 'early-adopters', difficulty: 'advanced' }, ['C1']),
  entry('vision-p1-easy', { phase: 1, segment: 'early-adopters', minutes: 8 }, ['C1', 'C9']),
  entry('innov-p2', { phase: 2, segment: 'innovators' }, ['C11']),
];

describe('catalogue filter', () => {
  it('orders by phase, then adoption segment, then difficulty', () => {
    expect(filterCatalogue(library, none).map((e) => e.header.id)).toEqual(['vision-p1-easy', 'vision-p1-hard', 'innov-p2', 'late-p3']);
  });

  it('keeps only the scenarios that match every filter set', () => {
    const ids = (f: Partial<Filters>): string[] => filterCatalogue(library, { ...none, ...f }).map((e) => e.header.id);
    expect(ids({ phase: 1 })).toEqual(['vision-p1-easy', 'vision-p1-hard']);
    expect(ids({ concept: 'C9' })).toEqual(['vision-p1-easy', 'late-p3']);
    expect(ids({ concept: 'C9', duration: 'short' })).toEqual(['vision-p1-easy']);
    expect(ids({ duration: 'long' })).toEqual(['late-p3']);
    expect(ids({ segment: 'laggards' })).toEqual([]);
  });
});
