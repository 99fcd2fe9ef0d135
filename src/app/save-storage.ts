import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { keepBackup, keepPreviousCopy } from './save-backups';
import { mergeSaves } from './save-merge';
import { readSave, SAVE_VERSION, type SavedState, type SaveRead } from './saved-state';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SaveEvents {
  /** The save read at start was not usable whole; `backedUp` says whether a copy could be kept. */
  onRead(read: SaveRead, backedUp: boolean): void;
  /** A write failed (quota, private mode, blocked storage): nothing was overwritten. */
  onWriteFailed(): void;
}

/**
 * A zustand `persist` storage over `localStorage` that trusts nothing it reads (saved-state.ts
 * readSave) and merges what it writes with what another tab wrote since (save-merge.ts).
 */
export function mergingStorage(storage: Storage, events: SaveEvents, now: () => Date): PersistStorage<SavedState> {
  // What this tab last read or wrote, parsed: while the stored text is still that, no other tab
  // wrote, and merging needs no parse (a save is written after every choice).
  let last: { raw: string; state: SavedState | null } | null = null;
  const stored = (name: string): { raw: string | null; state: SavedState | null } => {
    let raw: string | null;
    try {
      raw = storage.getItem(name);
    } catch {
      return { raw: null, state: null };
    }
    if (raw === null) return { raw, state: null };
    if (last?.raw !== raw) last = { raw, state: readSave(raw).state };
    return last;
  };
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        events.onWriteFailed();
        return null;
      }
      if (raw === null) return null;
      const read = readSave(raw);
      if (read.problem) events.onRead(read, keepBackup(storage, raw, read.problem, now()));
      else keepPreviousCopy(storage, raw);
      last = { raw, state: read.state };
      return read.state ? ({ state: read.state, version: SAVE_VERSION } satisfies StorageValue<SavedState>) : null;
    },
    setItem: (name, value) => {
      const current = stored(name);
      const merged = mergeSaves(current.state, value.state);
      const text = JSON.stringify({ state: merged, version: SAVE_VERSION });
      if (text === current.raw) return;
      try {
        storage.setItem(name, text);
        last = { raw: text, state: merged };
      } catch {
        events.onWriteFailed();
      }
    },
    removeItem: (name) => storage.removeItem(name),
  };
}
