import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embedded database is one process's: two PGlite instances on one folder corrupt it. The
 * first process writes its pid into `server.lock`; another process on the same folder is
 * refused while that pid lives. A lock left by a crashed process is taken over.
 */

export class DataFolderInUseError extends Error {
  override name = 'DataFolderInUseError';
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the folder's lock; returns its release. */
export function lockDataFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'server.lock');
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataFolderInUseError(
          `The data folder ${dir} is in use by another Pitchless server (process ${pid}). Stop that one first, or set PITCHLESS_DATA to another folder (or DATABASE_URL to a PostgreSQL server, which several servers can share).`,
        );
      }
      rmSync(path, { force: true }); // left by a process that no longer runs
    }
  }
  throw new DataFolderInUseError(`Could not take the lock on the data folder ${dir}.`);
}
