import type { PersistStorage, StorageValue } from 'zustand/middleware';

type RawStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The save is written once the frame that shows a change is painted, not inside the answer's own
 * frame: a write reads, merges and serialises the whole save, every kept attempt included, so it
 * grows with the learner's history. Several changes before that frame make one write, of the
 * latest state. `flush` writes what is waiting at once (the page is going away); `reads` is the
 * browser storage for everyone else, taking the waiting write first, so no one reads an older
 * save than the one on screen.
 */
export function saveAfterPaint<S>(storage: PersistStorage<S>, raw: RawStorage, afterPaint: (run: () => void) => void): { storage: PersistStorage<S>; reads: RawStorage; flush(): void } {
  let waiting: { name: string; value: StorageValue<S> } | null = null;
  const flush = (): void => {
    const write = waiting;
    waiting = null;
    if (write) void storage.setItem(write.name, write.value);
  };
  return {
    flush,
    storage: {
      getItem: (name) => {
        flush();
        return storage.getItem(name);
      },
      setItem: (name, value) => {
        if (waiting && waiting.name !== name) flush();
        const scheduled = waiting !== null;
        waiting = { name, value };
        if (!scheduled) afterPaint(flush);
      },
      removeItem: (name) => {
        if (waiting?.name === name) waiting = null;
        else flush();
        return storage.removeItem(name);
      },
    },
    reads: {
      getItem: (key) => {
        flush();
        return raw.getItem(key);
      },
      setItem: (key, value) => {
        flush();
        raw.setItem(key, value);
      },
      removeItem: (key) => {
        flush();
        raw.removeItem(key);
      },
    },
  };
}
