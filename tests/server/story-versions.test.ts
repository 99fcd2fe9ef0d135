import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { AttemptAnswerSchema, AttemptReviewSchema, ErrorSchema, TrapMapSchema } from '../../src/core/api';
import { MANIFEST_FILE } from '../../src/core/story-manifest';
import { decisionsOf } from '../../src/core/transcript';
import { attempts, storyVersions } from '../../src/server/db/schema';
import { buildStories, writeStoryBuild } from '../../tools/stories-build';
import { fixturePath } from '../stories/fixture';
import { DATABASES, pathOf, read, seedWorld, startTestServer, submission, STORY_ID, type TestServer } from './harness';

/**
 * A story changes after attempts were played on it: the review still replays each attempt on the
 * version its trainee played (kept by the server), and the trap map keeps the versions apart.
 */

const OLD_LINE = 'Ana looks up from her laptop.';
const NEW_LINE = 'Ana closes her laptop and smiles.';

/** The fixture library, and a way to replace it with version 2 of the story (a changed line, no translation). */
function changingLibrary() {
  const dir = mkdtempSync(join(tmpdir(), 'pitchless-versions-'));
  writeStoryBuild(buildStories([fixturePath(STORY_ID)]), dir);
  const bump = (): void => {
    const source = join(mkdtempSync(join(tmpdir(), 'pitchless-v2-')), `${STORY_ID}.ink`);
    const original = readFileSync(fixturePath(STORY_ID), 'utf8');
    writeFileSync(source, original.replace('# version: 1', '# version: 2').replace(OLD_LINE, NEW_LINE));
    writeStoryBuild(buildStories([source]), dir);
    // The library re-reads its manifest when the file's time changes: make sure it does.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, MANIFEST_FILE), later, later);
  };
  return { dir, bump };
}

describe.each(DATABASES)('story versions on $name', (database) => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof seedWorld>>;
  let library: ReturnType<typeof changingLibrary>;

  beforeAll(async () => {
    library = changingLibrary();
    server = await startTestServer(database, { storiesDir: library.dir });
    world = await seedWorld(server);
  }, 120_000);
  afterAll(async () => server?.close());

  it('replays an attempt on the version it was played on after the story changed', async () => {
    const trainee = world.a.trainees[0]!.agent;
    const old = read(AttemptAnswerSchema, await trainee.call('POST', '/api/attempts', submission({ assignmentId: world.a.assignmentId, path: pathOf('worst') }))).attempt;
    const kept = await server.database.db.select({ version: storyVersions.version, locale: storyVersions.locale }).from(storyVersions);
    expect(kept.map((k) => `${k.version}:${k.locale}`).sort()).toEqual(['1:en', '1:zh-CN']);

    library.bump();
    expect(server.deps.stories.get(STORY_ID)?.version).toBe(2);
    // The old version can no longer be submitted, but what was played on it can still be read.
    const stale = await trainee.call('POST', '/api/attempts', submission({ path: pathOf('worst') }));
    expect(stale.status).toBe(409);

    const review = read(AttemptReviewSchema, await world.a.manager.call('GET', `/api/attempts/${old.id}/review`));
    expect(review.header.version).toBe(1);
    const text = JSON.stringify(review.entries);
    expect(text).toContain(OLD_LINE);
    expect(text).not.toContain(NEW_LINE);
    expect(decisionsOf(review.entries).map((d) => d.chosen)).toEqual(old.path);
    // Version 1 was translated; version 2 is not, but the old attempt still reads in Chinese.
    const chinese = read(AttemptReviewSchema, await trainee.call('GET', `/api/attempts/${old.id}/review?locale=zh-CN`));
    expect(chinese.header.version).toBe(1);
    expect(JSON.stringify(chinese.entries)).toMatch(/[\u4e00-\u9fff]/);

    const fresh = read(AttemptAnswerSchema, await trainee.call('POST', '/api/attempts', submission({ version: 2, path: pathOf('expert') }))).attempt;
    const now = read(AttemptReviewSchema, await trainee.call('GET', `/api/attempts/${fresh.id}/review?locale=zh-CN`));
    // No translation of version 2: the review falls back to English.
    expect([now.header.version, JSON.stringify(now.entries).includes(NEW_LINE)]).toEqual([2, true]);
  });

  it('keeps the trap map of each version apart, the newest by default', async () => {
    const newest = read(TrapMapSchema, await world.a.manager.call('GET', `/api/teams/${world.a.teamId}/trap-map?story=${STORY_ID}`));
    expect([newest.version, newest.versions, newest.runs]).toEqual([2, [2, 1], 1]);
    const older = read(TrapMapSchema, await world.a.manager.call('GET', `/api/teams/${world.a.teamId}/trap-map?story=${STORY_ID}&version=1`));
    expect([older.version, older.runs]).toEqual([1, 1]);
    const none = read(TrapMapSchema, await world.a.manager.call('GET', `/api/teams/${world.a.teamId}/trap-map?story=${STORY_ID}&version=7`));
    expect([none.version, none.runs, none.points]).toEqual([7, 0, []]);
  });

  it('stores no transcript with an attempt; one stored with an attempt from before versions were archived is still read', async () => {
    const { db } = server.database;
    const { manager, assignmentId, teamId } = world.a;
    const played = read(AttemptAnswerSchema, await world.a.trainees[0]!.agent.call('POST', '/api/attempts', submission({ version: 2, assignmentId, path: pathOf('expert') }))).attempt;
    const [row] = await db.select().from(attempts).where(eq(attempts.id, played.id));
    if (!row) throw new Error('the attempt was not stored');
    expect(row.transcript).toBeNull();
    const { entries } = read(AttemptReviewSchema, await manager.call('GET', `/api/attempts/${played.id}/review`));
    expect(decisionsOf(entries).map((d) => d.chosen)).toEqual(played.path);

    // Two runs on a version no archive holds, as attempts were stored before archiving: one with its transcript, one that lost it.
    const kept = crypto.randomUUID();
    const lost = crypto.randomUUID();
    await db.insert(attempts).values([
      { ...row, id: kept, version: 9, transcript: entries },
      { ...row, id: lost, version: 9, transcript: null },
    ]);
    expect(read(AttemptReviewSchema, await manager.call('GET', `/api/attempts/${kept}/review`)).entries).toEqual(entries);
    const gone = await manager.call('GET', `/api/attempts/${lost}/review`);
    expect([gone.status, read(ErrorSchema, gone).error]).toEqual([409, 'story-gone']);
    // The trap map counts the run it can read, and leaves out the one it cannot.
    const map = read(TrapMapSchema, await manager.call('GET', `/api/teams/${teamId}/trap-map?story=${STORY_ID}&version=9`));
    expect([map.version, map.runs]).toEqual([9, 1]);
  });
});
