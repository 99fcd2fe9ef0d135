import * as v from 'valibot';

/**
 * Copies of saves that could not be used whole, kept before anything is dropped: the newest few,
 * so a second problem never overwrites the only copy. Reading them never throws.
 */

export const BACKUP_KEY = 'pitchless-backup';
export const MAX_BACKUPS = 3;

const BackupsSchema = v.array(v.object({ at: v.string(), reason: v.string(), raw: v.string() }));
export type Backup = v.InferOutput<typeof BackupsSchema>[number];

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;
type ReadOnly = Pick<globalThis.Storage, 'getItem'>;

/** The kept copies, newest first (a single raw copy from before backups were a list counts as one). */
export function listBackups(storage: ReadOnly): Backup[] {
  let raw: string | null;
  try {
    raw = storage.getItem(BACKUP_KEY);
  } catch {
    return [];
  }
  if (raw === null) return [];
  try {
    const list = v.safeParse(BackupsSchema, JSON.parse(raw));
    if (list.success) return list.output;
  } catch {
    // not a list: an older single copy
  }
  return [{ at: '', reason: 'older copy', raw }];
}

/** Keeps a copy; false when the browser refused to store it (the caller must not claim it was kept). */
export function keepBackup(storage: Storage, raw: string, reason: string, now: Date): boolean {
  const kept = listBackups(storage).filter((b) => b.raw !== raw);
  const list = [{ at: now.toISOString(), reason, raw }, ...kept];
  // Dropping the oldest copies first when the quota is tight, down to the new one alone.
  for (let n = Math.min(list.length, MAX_BACKUPS); n >= 1; n--) {
    try {
      storage.setItem(BACKUP_KEY, JSON.stringify(list.slice(0, n)));
      return true;
    } catch {
      // try again with fewer copies
    }
  }
  return false;
}

/** The last save that read clean at start: what "restore the previous copy" brings back. */
export const PREVIOUS_KEY = 'pitchless-previous';

/** Keeps the save read clean at start as the previous copy (best effort: it is a second copy). */
export function keepPreviousCopy(storage: Storage, raw: string): void {
  try {
    if (storage.getItem(PREVIOUS_KEY) !== raw) storage.setItem(PREVIOUS_KEY, raw);
  } catch {
    // no room for a second copy: the save itself is untouched
  }
}

/** Every copy to restore from, the previous clean one first, then those kept aside when damaged. */
export function copiesToRestore(storage: ReadOnly): string[] {
  let previous: string | null = null;
  try {
    previous = storage.getItem(PREVIOUS_KEY);
  } catch {
    previous = null;
  }
  return [...(previous === null ? [] : [previous]), ...listBackups(storage).map((b) => b.raw)];
}
