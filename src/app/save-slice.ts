import * as v from 'valibot';
import { copiesToRestore } from './save-backups';
import { mergeSaves, unionAttempts } from './save-merge';
import { readSave, SAVE_KEY, SAVE_VERSION, type ActiveRun, type SavedState } from './saved-state';
import type { AppActions, AppState, Notice } from './store';

/**
 * The learner's own copy of their progress: what other tabs saved, the copies kept aside when
 * a save was damaged, and a file to download and import again (to keep, or to send to support).
 */

export interface SaveState {
  /** Unfinished runs of every tab (a scenario started elsewhere resumes here). */
  readonly runs: readonly ActiveRun[];
  /** This browser refuses to keep progress (storage full, private mode, blocked): said once, apart from other notices. */
  readonly saveWarning: boolean;
}

export interface SaveActions {
  /** Another tab saved: take in its attempts and runs, leaving this tab's own run alone. */
  absorbSaved(): void;
  /** The progress as a file's text. */
  exportSave(): string;
  /** Merges a downloaded progress file into this browser's; false (with a notice) when it is not one. */
  importSave(text: string): boolean;
  /** Merges the previous clean copy, and what can be read of copies kept aside, back in. */
  restoreBackup(): void;
  /** Whether a copy kept aside exists, to offer restoring it. */
  hasBackup(): boolean;
  dismissSaveWarning(): void;
}

const FILE_KIND = 'pitchless-progress';
const FileSchema = v.object({ kind: v.literal(FILE_KIND), version: v.number(), state: v.unknown() });

type Full = AppState & AppActions;
type Set = (partial: Partial<AppState>) => void;
type Storage = Pick<globalThis.Storage, 'getItem'>;

export function saveSlice(set: Set, get: () => Full, storage: Storage, current: () => SavedState, now: () => Date): SaveState & SaveActions {
  /** Takes in what another copy holds; says how many attempts were new. */
  const takeIn = (other: SavedState): number => {
    const merged = mergeSaves(other, current());
    const added = merged.attempts.length - get().attempts.length;
    if (added > 0 || merged.runs.length !== get().runs.length) set({ attempts: merged.attempts, runs: merged.runs, claimAnswered: merged.claimAnswered });
    return Math.max(0, added);
  };
  const notice = (key: Notice['key'], params?: Notice['params']): void => set({ notice: params ? { key, params } : { key } });

  return {
    runs: [],
    saveWarning: false,
    dismissSaveWarning: () => set({ saveWarning: false }),
    absorbSaved: () => {
      let raw: string | null = null;
      try {
        raw = storage.getItem(SAVE_KEY);
      } catch {
        return;
      }
      const other = raw === null ? null : readSave(raw).state;
      if (!other) return;
      // Only what is new: the attempts another tab finished, and the runs it left.
      const attempts = unionAttempts(get().attempts, other.attempts);
      if (attempts.length !== get().attempts.length || JSON.stringify(other.runs) !== JSON.stringify(get().runs)) set({ attempts, runs: other.runs });
    },
    exportSave: () => JSON.stringify({ kind: FILE_KIND, version: SAVE_VERSION, exportedAt: now().toISOString(), state: current() }, null, 2),
    importSave: (text) => {
      let file: v.InferOutput<typeof FileSchema> | null = null;
      try {
        const parsed = v.safeParse(FileSchema, JSON.parse(text));
        file = parsed.success ? parsed.output : null;
      } catch {
        file = null;
      }
      const read = file && readSave(JSON.stringify({ state: file.state, version: file.version }));
      if (!read?.state) {
        notice('save-import-failed');
        return false;
      }
      notice('save-imported', { count: takeIn(read.state), dropped: read.dropped.attempts });
      return true;
    },
    restoreBackup: () => {
      const states = copiesToRestore(storage).flatMap((raw) => readSave(raw).state ?? []);
      if (!states.length) {
        notice('save-restore-failed');
        return;
      }
      notice('save-restored', { count: states.reduce((n, state) => n + takeIn(state), 0) });
    },
    hasBackup: () => copiesToRestore(storage).length > 0,
  };
}
