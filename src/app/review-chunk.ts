/**
 * The manager's screens, the progress and certificate pages and the attempt review come in a
 * chunk of their own: a trainee's first choice never waits for them (`npm run size`). This is
 * the one door to that chunk: it is fetched once, and whoever waits for it hears when it is in.
 */
export type ReviewChunk = typeof import('./review/chunk');

let loaded: ReviewChunk | null = null;
let loading: Promise<ReviewChunk> | null = null;
const listeners = new Set<(chunk: ReviewChunk) => void>();

/** The chunk if it is already here (views draw "loading" until it is). */
export const reviewChunk = (): ReviewChunk | null => loaded;

export function loadReviewChunk(): Promise<ReviewChunk> {
  if (!loading) {
    loading = import('./review/chunk').then((chunk) => {
      loaded = chunk;
      for (const listener of listeners) listener(chunk);
      return chunk;
    });
    // A failed download may succeed on the next try.
    loading.catch(() => (loading = null));
  }
  return loading;
}

/** Calls `listener` when the chunk arrives (before anyone awaiting it resumes). */
export function onReviewChunk(listener: (chunk: ReviewChunk) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
