import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { sessionUser } from './auth/sessions';
import type { AppDeps, AppEnv } from './context';
import { originCheck } from './http/csrf';
import { HttpError } from './http/errors';
import { staticApp } from './http/static-app';
import { adminLrsRoutes } from './routes/admin-lrs';
import { assignmentRoutes } from './routes/assignments';
import { attemptReviewRoutes } from './routes/attempt-review';
import { attemptRoutes } from './routes/attempts';
import { authRoutes } from './routes/auth';
import { certificateRoutes } from './routes/certificates';
import { commentRoutes } from './routes/comments';
import { peopleRoutes } from './routes/people';
import { teamReviewRoutes } from './routes/team-review';

/**
 * The Pitchless server as a Hono app: the JSON API under /api/ and the built app. It holds no
 * state of its own (sessions, rate limits and attempts are in the database), so any number of
 * instances can serve the same users. server.ts makes it listen; tests call `app.request`.
 */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json({ error: error.code, message: error.message }, error.status);
    console.error(error);
    return c.json({ error: 'internal', message: 'Something went wrong on the server; nothing was changed. Try again.' }, 500);
  });

  app.use('*', secureHeaders());
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({ maxSize: 512 * 1024, onError: (c) => c.json({ error: 'too-large', message: 'The request body is larger than 512 KB.' }, 413) }),
  );
  app.use('/api/*', originCheck(deps));
  app.use('/api/*', async (c, next) => {
    c.set('user', await sessionUser(c, deps));
    await next();
  });

  // For a load balancer: 200 while this instance can reach its database, 503 otherwise.
  app.get('/api/health', async (c) => {
    try {
      await deps.db.execute('select 1');
      return c.json({ ok: true, db: deps.kind });
    } catch {
      return c.json({ ok: false, db: deps.kind }, 503);
    }
  });
  app.route('/api', authRoutes(deps));
  app.route('/api', peopleRoutes(deps));
  app.route('/api', assignmentRoutes(deps));
  app.route('/api', attemptRoutes(deps));
  app.route('/api', attemptReviewRoutes(deps));
  app.route('/api', commentRoutes(deps));
  app.route('/api', teamReviewRoutes(deps));
  app.route('/api', certificateRoutes(deps));
  app.route('/api', adminLrsRoutes(deps));
  app.all('/api/*', (c) => c.json({ error: 'not-found', message: `There is no ${c.req.method} ${c.req.path} in the API.` }, 404));

  if (deps.distDir) app.route('/', staticApp(deps.distDir));
  return app;
}

export type PitchlessApp = ReturnType<typeof createApp>;
