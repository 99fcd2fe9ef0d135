import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONCEPT_IDS } from '../../src/core/concepts';
import { insertAttempts, type NewAttempt } from '../../src/server/attempt-rows';
import { batched } from '../../src/server/db/batched';
import type { Database } from '../../src/server/db/database';
import { attempts, users } from '../../src/server/db/schema';
import { DATABASES } from './harness';

/** Requests that arrive together share one query (db/batched.ts), and one insert of attempts. */

describe('batched queries (db/batched.ts)', () => {
  it('asks once for the keys of one turn, again for a later turn, and fails only the key answered with an Error', async () => {
    const calls: number[][] = [];
    const double = batched(async (keys: readonly number[]) => {
      calls.push([...keys]);
      return keys.map((key) => (key < 0 ? new Error(`no ${key}`) : key * 2));
    });
    const together = await Promise.allSettled([double(1), double(2), double(-1), double(2)]);
    expect(together.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([2, 4, 'no -1', 4]);
    // Nothing is kept: the same key later is asked again.
    expect(await double(2)).toBe(4);
    expect(calls).toEqual([[1, 2, -1, 2], [2]]);
  });

  it('splits a turn with more keys than a batch may hold', async () => {
    const calls: number[][] = [];
    const same = batched(async (keys: readonly number[]) => {
      calls.push([...keys]);
      return keys;
    }, 2);
    expect(await Promise.all([1, 2, 3, 4, 5].map(same))).toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([[1, 2], [3, 4], [5]]);
  });
});

describe.each(DATABASES)('attempts inserted together on $name', (testDb) => {
  let database: Database;
  let drop: () => Promise<void>;
  const userId = crypto.randomUUID();
  const attempt = (id: string, user = userId): NewAttempt => ({
    id,
    userId: user,
    storyId: 'first-meeting',
    version: 1,
    seed: 1,
    path: [0, 1],
    mode: 'assessment',
    assignmentId: null,
    replayedFrom: null,
    startedAt: new Date('2026-12-01T10:00:00Z'),
    finishedAt: new Date('2026-12-01T10:05:00Z'),
    receivedAt: new Date('2026-12-01T10:05:01Z'),
    score: 70,
    passed: true,
    outcome: 'won',
    grades: Object.fromEntries(CONCEPT_IDS.map((concept) => [concept, null])) as NewAttempt['grades'],
  });

  beforeAll(async () => {
    ({ database, drop } = await testDb.open());
    await database.db.insert(users).values({ id: userId, name: 'Tia Trainee', email: 'tia@example.com', role: 'trainee' });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  it('stores each row once, tells a repeated id it was taken, and refuses only the row the database refuses', async () => {
    const [a, b, nobody] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const answers = await insertAttempts(database.db, [attempt(a), attempt(b), attempt(a), attempt(nobody, crypto.randomUUID())]);
    expect(answers.map((x) => (x instanceof Error ? 'refused' : (x?.id ?? null)))).toEqual([a, b, null, 'refused']);
    const stored = await database.db.select().from(attempts).where(eq(attempts.userId, userId));
    expect(stored.map((r) => r.id).sort()).toEqual([a, b].sort());
    // Each answer is the row as the database holds it.
    expect(answers.slice(0, 2)).toEqual([a, b].map((id) => stored.find((r) => r.id === id)));
    // Sent again later: already stored.
    expect(await insertAttempts(database.db, [attempt(b)])).toEqual([null]);
  });
});
