import { and, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { LoginRequestSchema, SetupRequestSchema, TokenAcceptSchema } from '../../core/api';
import { liveLink, spendLinks } from '../auth/links';
import { clearLoginFailures, loginBlocked, LOGIN_LIMITS, recordLoginFailure } from '../auth/rate-limit';
import { checkPassword, hashPassword, isTokenShaped } from '../auth/secrets';
import { endSession, publicUser, startSession } from '../auth/sessions';
import { signedIn } from '../access';
import { clientAddress, type AppDeps, type AppEnv } from '../context';
import { adminExists } from '../setup';
import { links, sessions, users } from '../db/schema';
import { body } from '../http/body';
import { fail } from '../http/errors';

/** Setup of the first admin, sign-in and out, and the invite / reset links. */
export function authRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono<AppEnv>();

  app.get('/setup', async (c) => c.json({ needed: !(await adminExists(db)) }));

  app.post('/setup', async (c) => {
    const req = await body(c, SetupRequestSchema);
    if (await adminExists(db)) fail(409, 'already-set-up', 'The admin account already exists: sign in instead.');
    const link = isTokenShaped(req.token) ? await liveLink(db, req.token, ['setup'], deps.now()) : null;
    if (!link) fail(403, 'bad-token', 'This setup link is not valid (used or expired). Restart the server to print a new one.');
    const passwordHash = await hashPassword(req.password);
    const id = crypto.randomUUID();
    const [user] = await db.transaction(async (tx) => {
      // Spending every setup link first makes a second, simultaneous setup wait here and then find its link spent.
      const spent = await tx.update(links).set({ usedAt: deps.now() }).where(and(eq(links.kind, 'setup'), isNull(links.usedAt))).returning({ tokenHash: links.tokenHash });
      if (!link || !spent.some((l) => l.tokenHash === link.tokenHash)) fail(409, 'already-set-up', 'The admin account already exists: sign in instead.');
      return tx.insert(users).values({ id, name: req.name, email: req.email, role: 'admin', passwordHash }).returning();
    });
    if (!user) return fail(500, 'internal', 'The admin account could not be created.');
    await startSession(c, deps, user.id);
    return c.json({ user: publicUser(user) }, 201);
  });

  app.post('/auth/login', async (c) => {
    const { email, password } = await body(c, LoginRequestSchema);
    const address = clientAddress(c, deps);
    const now = deps.now();
    if (await loginBlocked(db, email, address, now)) {
      fail(429, 'rate-limited', `Too many failed sign-ins. Wait ${LOGIN_LIMITS.windowMinutes} minutes and try again, or ask your manager for a reset link.`);
    }
    const [user] = await db.select().from(users).where(eq(users.email, email));
    if (!(await checkPassword(user?.passwordHash ?? null, password)) || !user) {
      await recordLoginFailure(db, email, address, now);
      return fail(401, 'bad-credentials', 'That email and password do not match an account.');
    }
    await clearLoginFailures(db, email);
    await startSession(c, deps, user.id);
    return c.json({ user: publicUser(user) });
  });

  app.post('/auth/logout', async (c) => {
    signedIn(c);
    await endSession(c, deps);
    return c.body(null, 204);
  });

  app.get('/auth/me', (c) => c.json({ user: c.get('user') }));

  const openLink = async (token: string) => {
    const link = isTokenShaped(token) ? await liveLink(db, token, ['invite', 'reset'], deps.now()) : null;
    const [user] = link?.userId ? await db.select().from(users).where(eq(users.id, link.userId)) : [];
    if (!link || !user) return fail(404, 'not-found', 'This link is not valid: it was used, replaced or has expired. Ask your manager for a new one.');
    return { link, user };
  };

  app.get('/tokens/:token', async (c) => {
    const { link, user } = await openLink(c.req.param('token'));
    return c.json({ kind: link.kind, name: user.name, email: user.email });
  });

  app.post('/tokens/:token', async (c) => {
    const { password } = await body(c, TokenAcceptSchema);
    const { user } = await openLink(c.req.param('token'));
    const passwordHash = await hashPassword(password);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id));
      await spendLinks(tx, user.id, deps.now());
      // A new password ends every session the old one opened.
      await tx.delete(sessions).where(eq(sessions.userId, user.id));
    });
    await startSession(c, deps, user.id);
    return c.json({ user: publicUser(user) });
  });

  return app;
}
