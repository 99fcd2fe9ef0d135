import { createStore, del, entries, set } from 'idb-keyval';
import type { XapiStatement } from '../../core/xapi';
import { isFinalRefusal, retryDelay } from '../outbox';

/**
 * xAPI statements wait here, in IndexedDB, until the LRS has them: they survive a reload, a
 * closed tab and an LRS that is down for a while, and go out in the order they were made
 * (cmi5: initialized first, terminated last). A statement the LRS already has (same id) is done.
 */

export type SendResult = { readonly ok: true } | { readonly ok: false; readonly status: number; readonly message: string };

export interface QueueStore {
  /** Waiting statements, oldest first. */
  all(): Promise<[number, XapiStatement][]>;
  put(key: number, statement: XapiStatement): Promise<void>;
  remove(key: number): Promise<void>;
}

export function indexedDbQueueStore(): QueueStore {
  const db = createStore('pitchless-xapi', 'statements');
  return {
    all: async () => (await entries<number, XapiStatement>(db)).sort((a, b) => a[0] - b[0]),
    put: (key, statement) => set(key, statement, db),
    remove: (key) => del(key, db),
  };
}

export function memoryQueueStore(): QueueStore {
  const kept = new Map<number, XapiStatement>();
  return {
    all: async () => [...kept.entries()].sort((a, b) => a[0] - b[0]),
    put: async (key, statement) => void kept.set(key, statement),
    remove: async (key) => void kept.delete(key),
  };
}

export interface QueueEvents {
  /** The LRS could not be reached (or failed): statements wait and are retried with a growing delay. */
  onDown(): void;
  /** Everything waiting was sent after the LRS had been down. */
  onBack(): void;
  /** The LRS refused a statement for good: it is set aside, the others go on. */
  onRefused(status: number, message: string): void;
}

export interface StatementQueue {
  add(statements: readonly XapiStatement[]): Promise<void>;
  /** Sends what waits, oldest first; stops at the first failure and tries again later. */
  flush(): Promise<void>;
}

export function statementQueue(
  store: QueueStore,
  send: (statement: XapiStatement) => Promise<SendResult>,
  events: QueueEvents,
  schedule: (run: () => void, ms: number) => void,
): StatementQueue {
  let failures = 0;
  let retrying = false;
  let flushing: Promise<void> | null = null;
  // Keys keep the order across reloads (time) and within one moment (the counter).
  let counter = 0;
  const nextKey = (): number => Date.now() * 1000 + (counter++ % 1000);

  const flushOnce = async (): Promise<void> => {
    for (const [key, statement] of await store.all()) {
      const result = await send(statement).catch((e: unknown): SendResult => ({ ok: false, status: 0, message: String(e) }));
      // 409: the LRS holds a statement with this id already; sending it again cannot change that.
      if (result.ok || result.status === 409) {
        await store.remove(key);
        continue;
      }
      if (isFinalRefusal(result.status)) {
        await store.remove(key);
        events.onRefused(result.status, result.message);
        continue;
      }
      failures += 1;
      if (failures === 1) events.onDown();
      if (!retrying) {
        retrying = true;
        schedule(() => {
          retrying = false;
          void queue.flush();
        }, retryDelay(failures));
      }
      return;
    }
    if (failures > 0) events.onBack();
    failures = 0;
  };

  const queue: StatementQueue = {
    add: async (statements) => {
      for (const statement of statements) await store.put(nextKey(), statement);
      await queue.flush();
    },
    flush: async () => {
      while (flushing) await flushing;
      flushing = flushOnce().finally(() => {
        flushing = null;
      });
      await flushing;
    },
  };
  return queue;
}
