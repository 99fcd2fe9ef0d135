import type { CatalogueEntry } from '../store';
import type { ViewContext } from '../views/context';

/** A date (and time) in the reader's language. */
export const dateText = ({ state }: ViewContext, iso: string, time = false): string =>
  new Intl.DateTimeFormat(state.locale, time ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(new Date(iso));

/** A scenario's title in the language shown, or its id when this build does not have it. */
export const titleOf = (catalogue: readonly CatalogueEntry[], storyId: string | null): string =>
  storyId === null ? '' : (catalogue.find((e) => e.header.id === storyId)?.header.title ?? storyId);

/** A signed number as evidence reads: +2, −3. */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
