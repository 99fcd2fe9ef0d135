import { decodeSuspendData, type SuspendedRun } from '../../core/lms-suspend';

/**
 * This browser's copy of what it last told the LMS about a learner's run, so an LMS that
 * refused or missed a write loses nothing on the next launch from this browser.
 */
export interface LocalCopy {
  read(): SuspendedRun | null;
  write(suspendData: string): void;
}

/** `storage` must not throw (lms-main's wraps localStorage). */
export function localCopy(storage: Pick<Storage, 'getItem' | 'setItem'>, learnerKey: string, storyId: string): LocalCopy {
  const key = `pitchless-lms:${learnerKey}:${storyId}`;
  return {
    read: () => decodeSuspendData(storage.getItem(key) ?? ''),
    write: (data) => storage.setItem(key, data),
  };
}
