import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, readLock, readStructure, updateLock, writeLock } from './story-structure';

/**
 * `npm run stories:lock`: records each story's version and decision structure in the lock.
 * Refuses (exit 1) a story whose structure changed while its version did not.
 */
const files = readdirSync('stories')
  .filter((f) => f.endsWith('.ink'))
  .sort()
  .map((f) => join('stories', f));
const stories = files.flatMap((f) => readStructure(f) ?? []);
const { lock, refused } = updateLock(stories, readLock());
writeLock(lock);
for (const problem of refused) console.error(problem);
console.log(`${LOCK_FILE}: ${Object.keys(lock).length} stories locked${refused.length ? `, ${refused.length} refused` : ''}`);
process.exit(refused.length ? 1 : 0);
