import { decodeSuspendData, type SuspendedRun } from '../../core/lms-suspend';

/**
 * This browser's copy of what it last told the LMS about a learner's run, so an LMS that
 * refused or missed a write loses nothing on the next launch from this browser.
 */
export interface LocalCopy {
  read(): SuspendedRun | null;
  write(suspendData: string): void;
}

export function localCopy(storage: Pick<Storage, 'getItem' | 'setItem'>, learnerKey: string, storyId: string): LocalCopy {
  const key = `pitchless-lms:${learnerKey}:${storyId}`;
  return {
    read: () => {
      try {
        return decodeSuspendData(storage.getItem(key) ?? '');
      } catch {
        return null;
      }
    },
    write: (data) => {
      try {
        storage.setItem(key, data);
      } catch {
        // storage full or blocked: the LMS's copy is the one that counts
      }
    },
  };
}
