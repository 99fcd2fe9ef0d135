import { createStore, del, set, values } from 'idb-keyval';
import type { ApiError, AttemptSubmission } from '../core/api';

/**
 * Finished attempts of a signed-in user wait here until the server confirms them, surviving a
 * reload, a closed tab or a server that is down. An attempt the server refused stays, marked,
 * so the trainee can read why; it is not sent again.
 */

export interface OutboxEntry {
  readonly submission: AttemptSubmission;
  /** The account it is sent for: another user signing in on this browser never sends it. */
  readonly userId: string;
  readonly refused: ApiError | null;
}

export interface Outbox {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The outbox in IndexedDB. */
export function indexedDbOutbox(): Outbox {
  const db = createStore('pitchless-outbox', 'attempts');
  return {
    all: () => values<OutboxEntry>(db),
    put: (entry) => set(entry.submission.id, entry, db),
    remove: (id) => del(id, db),
  };
}

/** An outbox in memory, for tests and for browsers that refuse IndexedDB. */
export function memoryOutbox(): Outbox {
  const entries = new Map<string, OutboxEntry>();
  return {
    all: async () => [...entries.values()],
    put: async (entry) => void entries.set(entry.submission.id, entry),
    remove: async (id) => void entries.delete(id),
  };
}

/** How long to wait before the next try after `failures` failed ones: 2 s doubling to 5 min. */
export function retryDelay(failures: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, failures - 1), 300_000);
}

/** Whether a refusal is final for this attempt (its content is wrong), not a passing problem. */
export function isFinalRefusal(status: number): boolean {
  return status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429;
}
