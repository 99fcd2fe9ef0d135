import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context';

/**
 * The built app: files from dist/, hashed assets cached for good, and index.html for every other
 * page (the app routes in the browser). A missing /assets/* file is a real 404, not the page:
 * a stale tab asking for an old chunk must fail visibly rather than parse HTML as script.
 */
export function staticApp(distDir: string) {
  const app = new Hono<AppEnv>();
  const indexPath = join(distDir, 'index.html');
  const index = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : null;

  const page = (c: Context<AppEnv>) => {
    c.header('Cache-Control', 'no-cache');
    return index ? c.html(index) : c.text('The app is not built: run `npm run build`.', 503);
  };

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/assets/*', serveStatic({ root: distDir }));
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('/', page);
  app.use('*', serveStatic({ root: distDir, index: '' }));
  app.get('*', page);
  return app;
}
