import validate from 'xapi-validation';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttemptAnswerSchema, LrsRetryAnswerSchema, LrsStatusAnswerSchema } from '../../src/core/api';
import { replay } from '../../src/core/runner';
import { DEFAULT_PASS_MARK, scoreTranscript } from '../../src/core/scoring';
import { attemptStatements, type XapiStatement } from '../../src/core/xapi';
import { createApp } from '../../src/server/app';
import type { LrsConfig } from '../../src/server/config';
import { lrsOutbox } from '../../src/server/db/schema';
import { LEASE_MS, lrsForwarder, POLL_MS, RETRY_CAP_MS, retryDelay, type LrsForwarder } from '../../src/server/lrs/forwarder';
import { Agent, DATABASES, pathOf, read, seedWorld, startTestServer, story, submission, type TestServer } from './harness';
import { LRS_PASSWORD, LRS_USERNAME, stubLrs, type StubLrs } from './stub-lrs';

/**
 * The server's outbox against a stub LRS on a local port: down (connection refused), busy
 * (503), then up; a restart in between; two workers at once; a statement the LRS refuses.
 * The worker is driven by calling its pass (`sendDue`) and moving the server's clock.
 */

const HOME = 'https://pitchless.example';
const PORTS = { pglite: 5341, postgres: 5342 } as const;

type Sub = ReturnType<typeof submission>;
interface Person {
  readonly id: string;
  readonly name: string;
}

/** What src/core builds for the attempt, replayed here on the fixture story itself. */
function coreStatements(sub: Sub, person: Person, passMark = DEFAULT_PASS_MARK): XapiStatement[] {
  const entries = replay(story, sub.seed, sub.path).snapshot().entries;
  const context = {
    attemptId: sub.id,
    actor: { objectType: 'Agent', name: person.name, account: { homePage: HOME, name: person.id } } as const,
    header: story.header,
    language: 'en',
    startedAt: sub.startedAt,
    finishedAt: sub.finishedAt,
  };
  return attemptStatements(context, entries, scoreTranscript(entries, passMark));
}

/** Passes until one finds nothing due. */
async function drain(...workers: LrsForwarder[]): Promise<void> {
  for (let pass = 0; pass < 100; pass += 1) {
    const reports = await Promise.all(workers.map((w) => w.sendDue()));
    if (reports.every((r) => r.sent === 0 && r.failed === 0 && !r.more)) return;
  }
  throw new Error('the outbox did not drain in 100 passes');
}

describe.each(DATABASES)('forwarding stored attempts to an LRS ($name)', (db) => {
  let server: TestServer;
  let world: Awaited<ReturnType<typeof seedWorld>>;
  let lrs: StubLrs;
  let config: LrsConfig;
  let trainee: { agent: Agent; person: Person };
  let teammate: { agent: Agent; person: Person };
  const worker = (): LrsForwarder => lrsForwarder({ db: server.database.db, lrs: config, now: server.deps.now });

  const submit = async (agent: Agent, overrides: Record<string, unknown> = {}): Promise<Sub> => {
    const sub = submission(overrides);
    const res = await agent.call('POST', '/api/attempts', sub);
    read(AttemptAnswerSchema, res);
    expect(res.status).toBe(201);
    return sub;
  };
  const rowsOf = (attemptId: string) => server.database.db.select().from(lrsOutbox).where(eq(lrsOutbox.attemptId, attemptId)).orderBy(lrsOutbox.id);
  const status = async () => read(LrsStatusAnswerSchema, await world.admin.call('GET', '/api/admin/lrs')).lrs;

  beforeAll(async () => {
    lrs = stubLrs(PORTS[db.name]);
    config = { endpoint: lrs.endpoint, username: LRS_USERNAME, password: LRS_PASSWORD, homePage: HOME };
    server = await startTestServer(db, { lrs: config });
    world = await seedWorld(server);
    const [a1, a2] = world.a.trainees;
    trainee = { agent: a1!.agent, person: { id: a1!.id, name: 'Trainee a1' } };
    teammate = { agent: a2!.agent, person: { id: a2!.id, name: 'Trainee a2' } };
  }, 120_000);

  afterAll(async () => {
    await lrs?.down();
    await server?.close();
  });

  it('sends what src/core builds for each stored attempt (same ids, same content), valid xAPI, the trainee as an account without the email', async () => {
    await lrs.up();
    const selfPaced = await submit(trainee.agent, { path: pathOf('worst') });
    const assigned = await submit(trainee.agent, { assignmentId: world.a.assignmentId });
    const expected = [...coreStatements(selfPaced, trainee.person), ...coreStatements(assigned, trainee.person, 50)];
    // Queued with the attempt, before any worker ran.
    expect((await rowsOf(selfPaced.id)).map((r) => r.statementId)).toEqual(coreStatements(selfPaced, trainee.person).map((s) => s.id));

    const from = lrs.stored.length;
    await drain(worker());
    const sent = lrs.stored.slice(from).map((s) => s.statement);
    expect(sent).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(sent.map((s) => (s as XapiStatement).verb.id.split('/').pop())).toContain('failed');
    for (const statement of sent) expect(validate(statement as never)).toEqual([]);
    expect(JSON.stringify(sent)).not.toContain('trainee-a1@example.com');
    expect((await rowsOf(assigned.id)).every((r) => r.status === 'sent' && r.tries === 1 && r.leasedBy === null)).toBe(true);
  });

  it('keeps what arrives while the LRS is down or busy, across a restart, and then delivers it all once, in order', async () => {
    await lrs.down();
    const before = { stored: lrs.stored.length, requests: lrs.requests.length };
    const subs = [await submit(trainee.agent), await submit(teammate.agent, { path: pathOf('worst') }), await submit(trainee.agent, { seed: 2, path: pathOf('expert', 2) })];
    const first = worker();

    // Connection refused: the oldest row waits 2 s, and nothing newer overtakes it.
    expect(await first.sendDue()).toMatchObject({ sent: 0, retrying: true });
    let lrsStatus = await status();
    expect(lrsStatus.waiting).toMatchObject({ tries: 1, lastError: expect.stringContaining('could not be reached') });
    expect(lrsStatus.queued).toBeGreaterThanOrEqual(subs.length * 3);

    // Busy: nothing is sent before the wait is over; then a 503 doubles it.
    await lrs.up('busy');
    expect(await first.sendDue()).toMatchObject({ sent: 0, retrying: false });
    expect(lrs.requests.length).toBe(before.requests);
    server.advance(retryDelay(1));
    expect(await first.sendDue()).toMatchObject({ sent: 0, retrying: true });
    expect(lrs.requests.slice(before.requests).map((r) => r.status)).toEqual([503]);
    lrsStatus = await status();
    expect(lrsStatus.waiting).toMatchObject({ tries: 2, lastError: expect.stringContaining('503') });

    // A restart: a new app and a new worker on the same database; another attempt arrives.
    const app = createApp(server.deps);
    const again = new Agent(app, '10.99.0.1');
    again.cookie = trainee.agent.cookie;
    subs.push(await submit(again));
    const restarted = worker();

    await lrs.up('up');
    server.advance(RETRY_CAP_MS);
    await drain(restarted);
    const expected = [
      ...coreStatements(subs[0]!, trainee.person),
      ...coreStatements(subs[1]!, teammate.person),
      ...coreStatements(subs[2]!, trainee.person),
      ...coreStatements(subs[3]!, trainee.person),
    ];
    expect(lrs.stored.slice(before.stored).map((s) => s.id)).toEqual(expected.map((s) => s.id));
    const accepted = lrs.requests.slice(before.requests).filter((r) => r.status === 204);
    expect(accepted.map((r) => r.id)).toEqual(expected.map((s) => s.id));
    expect(await status()).toMatchObject({ queued: 0, failed: 0, waiting: null });

    // Sent rows stay sent: neither worker sends anything again.
    server.advance(RETRY_CAP_MS);
    const requests = lrs.requests.length;
    await drain(first, restarted);
    expect(lrs.requests.length).toBe(requests);
  });

  it('two workers at once send each statement once, each attempt in order', async () => {
    await lrs.up();
    const subs = [await submit(trainee.agent), await submit(teammate.agent), await submit(teammate.agent, { path: pathOf('worst') }), await submit(trainee.agent, { path: pathOf('worst') })];
    const before = lrs.requests.length;
    await drain(worker(), worker());
    const ids = lrs.requests.slice(before).map((r) => r.id);
    const expected = subs.flatMap((sub, n) => coreStatements(sub, n === 1 || n === 2 ? teammate.person : trainee.person).map((s) => s.id));
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const [n, sub] of subs.entries()) {
      const own = coreStatements(sub, n === 1 || n === 2 ? teammate.person : trainee.person).map((s) => s.id);
      expect(ids.filter((id) => own.includes(id as string))).toEqual(own);
    }
  });

  it('rows a worker held when its process died wait out its lease, then another worker sends them', async () => {
    await lrs.up();
    const sub = await submit(trainee.agent);
    // A worker whose first request never returns: its process is as good as gone, holding the lease.
    const stuck = lrsForwarder({ db: server.database.db, lrs: config, now: server.deps.now, fetch: () => new Promise<Response>(() => {}) });
    let stuckPassEnded = false;
    void stuck.sendDue().then(() => (stuckPassEnded = true));
    const ids = coreStatements(sub, trainee.person).map((s) => s.id);
    const rows = async () => rowsOf(sub.id);
    while (!(await rows()).every((r) => r.leasedBy !== null)) await new Promise((resolve) => setImmediate(resolve));

    const other = worker();
    expect(await other.sendDue()).toMatchObject({ sent: 0, failed: 0 });
    server.advance(LEASE_MS);
    await drain(other);
    expect(lrs.requests.filter((r) => ids.includes(r.id as string)).map((r) => r.id)).toEqual(ids);
    expect(stuckPassEnded).toBe(false);
  });

  it('a statement the LRS refuses (400) is kept as failed with its answer, not retried, and the rest goes on', async () => {
    await lrs.up();
    const sub = await submit(teammate.agent);
    const statements = coreStatements(sub, teammate.person);
    const refused = statements[1]!.id;
    lrs.refuse.add(refused);
    const before = lrs.requests.length;
    await drain(worker());
    const rows = await rowsOf(sub.id);
    expect(rows.map((r) => r.status)).toEqual(statements.map((s) => (s.id === refused ? 'failed' : 'sent')));
    const lrsStatus = await status();
    expect(lrsStatus.failures[0]).toMatchObject({ statementId: refused, attemptId: sub.id, lastError: expect.stringContaining('statement rejected') });
    expect(lrsStatus.failed).toBe(1);

    server.advance(RETRY_CAP_MS * 10);
    await drain(worker());
    expect(lrs.requests.slice(before).filter((r) => r.id === refused)).toEqual([{ id: refused, status: 400 }]);

    // Once the LRS takes it, the admin sends the refused statement again; nothing else goes twice.
    lrs.refuse.delete(refused);
    expect(read(LrsRetryAnswerSchema, await world.admin.call('POST', '/api/admin/lrs/retry'))).toEqual({ requeued: 1 });
    await drain(worker());
    expect((await rowsOf(sub.id)).every((r) => r.status === 'sent')).toBe(true);
    const ids = statements.map((s) => s.id);
    expect(lrs.requests.slice(before).filter((r) => r.status === 204 && ids.includes(r.id as string)).map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(await status()).toMatchObject({ failed: 0, failures: [] });
  });

  it('the loop runs its passes on the scheduler it is given; stopping cancels the next and releases what a pass held', async () => {
    const pending: { task: () => void; ms: number; cancelled: boolean }[] = [];
    let scheduled: () => void = () => {};
    const loop = lrsForwarder({
      db: server.database.db,
      lrs: config,
      now: server.deps.now,
      schedule: (task, ms) => {
        const entry = { task, ms, cancelled: false };
        pending.push(entry);
        scheduled();
        return { cancel: () => (entry.cancelled = true) };
      },
    });
    const nextSchedule = () => new Promise<void>((resolve) => (scheduled = resolve));
    await lrs.up();
    const sub = await submit(trainee.agent);
    loop.start();
    expect(pending.map((p) => p.ms)).toEqual([0]);
    const afterPass = nextSchedule();
    pending[0]!.task();
    await afterPass;
    // Nothing more was due: the next pass is a poll away.
    expect(pending.map((p) => p.ms)).toEqual([0, POLL_MS]);
    expect((await rowsOf(sub.id)).every((r) => r.status === 'sent')).toBe(true);
    await loop.stop();
    expect(pending[1]!.cancelled).toBe(true);

    // Stopped during a pass: it ends before its next request, schedules nothing, and leaves the rest to any worker.
    const later = await submit(trainee.agent);
    loop.start();
    pending.at(-1)!.task();
    await loop.stop();
    const count = pending.length;
    const rows = await rowsOf(later.id);
    expect(rows.some((r) => r.status === 'queued')).toBe(true);
    expect(rows.every((r) => r.leasedBy === null)).toBe(true);
    await drain(worker());
    expect(pending.length).toBe(count);
    const ids = coreStatements(later, trainee.person).map((s) => s.id);
    expect(lrs.requests.filter((r) => ids.includes(r.id as string)).map((r) => r.id)).toEqual(ids);
  });
});

describe.each(DATABASES)('without an LRS ($name)', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(db);
  }, 60_000);
  afterAll(async () => server?.close());

  it('queues nothing, and the admin sees forwarding is off', async () => {
    const world = await seedWorld(server);
    const res = await world.a.trainees[0]!.agent.call('POST', '/api/attempts', submission());
    expect(res.status).toBe(201);
    expect(await server.database.db.select().from(lrsOutbox)).toEqual([]);
    const lrs = read(LrsStatusAnswerSchema, await world.admin.call('GET', '/api/admin/lrs')).lrs;
    expect(lrs).toEqual({ configured: false, endpoint: null, queued: 0, sent: 0, failed: 0, waiting: null, failures: [] });
  });
});
