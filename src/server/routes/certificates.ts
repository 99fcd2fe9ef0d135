import { desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { signedIn } from '../access';
import { certificateOf, certificateQuery, isCertificateCode } from '../certificates';
import type { AppDeps, AppEnv } from '../context';
import { certificates } from '../db/schema';
import { notFound } from '../http/errors';

/** A trainee's certificates, and the public check of one by its code (no sign-in: the code is the proof). */
export function certificateRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get('/me/certificates', async (c) => {
    const user = signedIn(c);
    const rows = await certificateQuery(db).where(eq(certificates.userId, user.id)).orderBy(desc(certificates.issuedAt));
    return c.json({ certificates: rows.map(certificateOf) });
  });

  app.get('/certificates/:code', async (c) => {
    const code = c.req.param('code');
    const [row] = isCertificateCode(code) ? await certificateQuery(db).where(eq(certificates.code, code)) : [];
    return row ? c.json({ certificate: certificateOf(row) }) : notFound('certificate');
  });

  return app;
}
