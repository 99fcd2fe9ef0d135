import { and, asc, eq, gt, isNull, lt, lte, notExists, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LrsConfig } from '../config';
import type { Db } from '../db/database';
import { lrsOutbox } from '../db/schema';

/**
 * Sends the outbox to the LRS, in the server process. One pass (`sendDue`) takes the oldest
 * attempt whose next statement is due, leases its queued rows (claimed with FOR UPDATE SKIP
 * LOCKED, so another instance takes another attempt), and PUTs them by their ids in order;
 * while the oldest queued row waits out a backoff, nothing newer goes either. A
 * 2xx, or 409 for an id the LRS already holds, marks a row sent; a 4xx other than 409/429 marks
 * it failed with the LRS's answer; anything else (down, 5xx, 429, a timeout) puts the row back
 * with a doubling wait and ends the pass, so nothing behind it in its attempt overtakes it.
 */

export const RETRY_BASE_MS = 2_000;
export const RETRY_CAP_MS = 5 * 60_000;
export const REQUEST_TIMEOUT_MS = 10_000;
/** Longer than an attempt's statements take at the request timeout each (scenarios have at most ~30 decisions). */
export const LEASE_MS = 10 * 60_000;
export const POLL_MS = 5_000;
/** Attempts per pass; the loop starts the next pass at once when a pass used them all. */
export const ATTEMPTS_PER_PASS = 50;

/** The wait after the n-th failed try (1, 2, …): 2 s, 4 s, … up to 5 minutes. */
export const retryDelay = (tries: number): number => Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, tries - 1));

export type SendVerdict = 'sent' | 'failed' | 'retry';
export const verdictOf = (status: number): SendVerdict =>
  (status >= 200 && status < 300) || status === 409 ? 'sent' : status >= 400 && status < 500 && status !== 429 ? 'failed' : 'retry';

export interface PassReport {
  readonly sent: number;
  readonly failed: number;
  /** A row was put back for later (the LRS was unreachable or busy). */
  readonly retrying: boolean;
  /** The pass stopped at its attempt limit: more may be due now. */
  readonly more: boolean;
}

export interface ForwarderDeps {
  readonly db: Db;
  readonly lrs: LrsConfig;
  readonly now: () => Date;
  readonly fetch?: typeof fetch;
  /** Runs `task` after `ms`; the handle's `cancel` stops it. Default: an unref'd setTimeout, so it never keeps the process up. */
  readonly schedule?: (task: () => void, ms: number) => { cancel(): void };
}

export interface LrsForwarder {
  /** One pass over what is due now (tests call it directly). */
  sendDue(): Promise<PassReport>;
  /** Keeps sending in the background until `stop`. */
  start(): void;
  /** Ends the loop and waits for the pass under way, which stops before its next request. */
  stop(): Promise<void>;
}

const unrefTimer = (task: () => void, ms: number) => {
  const timer = setTimeout(task, ms);
  timer.unref();
  return { cancel: () => clearTimeout(timer) };
};

const later = (from: Date, ms: number): Date => new Date(from.getTime() + ms);

type Row = typeof lrsOutbox.$inferSelect;

export function lrsForwarder(deps: ForwarderDeps): LrsForwarder {
  const { db, lrs, now } = deps;
  const send = deps.fetch ?? fetch;
  const schedule = deps.schedule ?? unrefTimer;
  const me = crypto.randomUUID();
  const authorization = `Basic ${Buffer.from(`${lrs.username}:${lrs.password}`).toString('base64')}`;
  let stopped = false;
  let timer: { cancel(): void } | null = null;
  let running: Promise<unknown> | null = null;

  /** Leases the queued rows of the oldest attempt whose first queued row is due and free; [] when none. */
  const claim = (at: Date): Promise<Row[]> =>
    db.transaction(async (tx) => {
      const earlier = alias(lrsOutbox, 'earlier');
      const unleased = or(isNull(lrsOutbox.leasedUntil), lte(lrsOutbox.leasedUntil, at));
      const [head] = await tx
        .select({ attemptId: lrsOutbox.attemptId })
        .from(lrsOutbox)
        .where(
          and(
            eq(lrsOutbox.status, 'queued'),
            lte(lrsOutbox.dueAt, at),
            unleased,
            notExists(
              tx
                .select({ one: sql`1` })
                .from(earlier)
                // Behind its attempt's earlier rows, and behind any older row waiting out a backoff (the LRS was down: order holds).
                .where(and(eq(earlier.status, 'queued'), lt(earlier.id, lrsOutbox.id), or(eq(earlier.attemptId, lrsOutbox.attemptId), gt(earlier.dueAt, at)))),
            ),
          ),
        )
        .orderBy(asc(lrsOutbox.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!head) return [];
      const rows = await tx
        .update(lrsOutbox)
        .set({ leasedUntil: later(at, LEASE_MS), leasedBy: me })
        .where(and(eq(lrsOutbox.attemptId, head.attemptId), eq(lrsOutbox.status, 'queued'), unleased))
        .returning();
      return rows.sort((a, b) => a.id - b.id);
    });

  const mine = (id: number) => and(eq(lrsOutbox.id, id), eq(lrsOutbox.leasedBy, me));
  const release = (attemptId: string) =>
    db.update(lrsOutbox).set({ leasedUntil: null, leasedBy: null }).where(and(eq(lrsOutbox.attemptId, attemptId), eq(lrsOutbox.leasedBy, me), eq(lrsOutbox.status, 'queued')));

  /** The LRS's answer to one statement, or why there was none. */
  async function put(row: Row): Promise<{ status: number | null; answer: string }> {
    try {
      const res = await send(`${lrs.endpoint}statements?statementId=${encodeURIComponent(row.statementId)}`, {
        method: 'PUT',
        headers: { authorization, 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' },
        body: JSON.stringify(row.statement),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await res.text().catch(() => '');
      return { status: res.status, answer: `${res.status} ${res.statusText}${text ? `: ${text.slice(0, 500)}` : ''}`.trim() };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { status: null, answer: `The LRS could not be reached (${cause ?? (error as Error).message}).` };
    }
  }

  /** Sends one claimed attempt's rows in order; stops early when the LRS is not taking statements, or the loop is stopping. */
  async function deliver(rows: readonly Row[], tally: { sent: number; failed: number }): Promise<'done' | 'lrs-down' | 'paused'> {
    for (const row of rows) {
      const leaseEnd = (row.leasedUntil ?? now()).getTime();
      // Never send on a lease that could run out mid-request (another instance may then take the row).
      if (stopped || now().getTime() + REQUEST_TIMEOUT_MS >= leaseEnd) return 'paused';
      const { status, answer } = await put(row);
      const verdict = status === null ? 'retry' : verdictOf(status);
      const at = now();
      if (verdict === 'retry') {
        const tries = row.tries + 1;
        await db.update(lrsOutbox).set({ tries, dueAt: later(at, retryDelay(tries)), lastError: answer, leasedUntil: null, leasedBy: null }).where(mine(row.id));
        return 'lrs-down';
      }
      await db
        .update(lrsOutbox)
        .set({ status: verdict, tries: row.tries + 1, doneAt: at, lastError: verdict === 'failed' ? answer : null, leasedUntil: null, leasedBy: null })
        .where(mine(row.id));
      tally[verdict] += 1;
    }
    return 'done';
  }

  async function sendDue(): Promise<PassReport> {
    const tally = { sent: 0, failed: 0 };
    for (let n = 0; n < ATTEMPTS_PER_PASS; n += 1) {
      const rows = await claim(now());
      if (!rows.length) return { ...tally, retrying: false, more: false };
      const outcome = await deliver(rows, tally);
      if (outcome !== 'done') {
        await release(rows[0]?.attemptId as string);
        return { ...tally, retrying: outcome === 'lrs-down', more: false };
      }
    }
    return { ...tally, retrying: false, more: true };
  }

  const loop = (): void => {
    running = sendDue()
      .catch((error: unknown) => {
        console.error(`LRS forwarding: ${(error as Error).message}`);
        return { more: false };
      })
      .then((report) => {
        running = null;
        if (!stopped) timer = schedule(loop, report.more ? 0 : POLL_MS);
      });
  };

  return {
    sendDue,
    start() {
      stopped = false;
      if (!timer && !running) timer = schedule(loop, 0);
    },
    async stop() {
      stopped = true;
      timer?.cancel();
      timer = null;
      await running;
    },
  };
}
