import { asc, count, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { LrsStatus } from '../../core/api';
import { withRole } from '../access';
import type { AppDeps, AppEnv } from '../context';
import { lrsOutbox } from '../db/schema';

/** The admin's view of LRS forwarding: what waits, what went, what the LRS refused and why; and sending the refused again. */
export function adminLrsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get('/admin/lrs', async (c) => {
    withRole(c, 'admin');
    const counts = await db.select({ status: lrsOutbox.status, n: count() }).from(lrsOutbox).groupBy(lrsOutbox.status);
    const countOf = (status: 'queued' | 'sent' | 'failed'): number => counts.find((r) => r.status === status)?.n ?? 0;
    const [head] = await db.select().from(lrsOutbox).where(eq(lrsOutbox.status, 'queued')).orderBy(asc(lrsOutbox.id)).limit(1);
    const failures = await db.select().from(lrsOutbox).where(eq(lrsOutbox.status, 'failed')).orderBy(desc(lrsOutbox.id)).limit(20);
    const waiting = head?.lastError ? { statementId: head.statementId, tries: head.tries, dueAt: head.dueAt.toISOString(), lastError: head.lastError } : null;
    const lrs: LrsStatus = {
      configured: deps.lrs !== null,
      endpoint: deps.lrs?.endpoint ?? null,
      queued: countOf('queued'),
      sent: countOf('sent'),
      failed: countOf('failed'),
      waiting,
      failures: failures.map((r) => ({ statementId: r.statementId, attemptId: r.attemptId, at: (r.doneAt ?? r.createdAt).toISOString(), lastError: r.lastError ?? '' })),
    };
    return c.json({ lrs });
  });

  // After the cause is fixed (credentials, an LRS that rejected a profile): the refused statements go again, in their places.
  app.post('/admin/lrs/retry', async (c) => {
    withRole(c, 'admin');
    const requeued = await db
      .update(lrsOutbox)
      .set({ status: 'queued', tries: 0, dueAt: deps.now(), lastError: null, doneAt: null })
      .where(eq(lrsOutbox.status, 'failed'))
      .returning({ id: lrsOutbox.id });
    return c.json({ requeued: requeued.length });
  });

  return app;
}
