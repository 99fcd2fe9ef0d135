import { createServer as createHttpServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { ConfigError, readConfig } from '../src/server/config';
import { exitWith, localOrigin, onShutdown, openRuntime } from '../src/server/runtime';

/**
 * `npm start`: the app and the server on one port, for development. Vite serves the app (hot
 * reload of code and, through the ink plugin, of stories); /api/ goes to the Hono app, which
 * Vite loads as a module, so an edit under src/server or src/core takes effect on the next
 * request with no restart. The database stays open in this process across those reloads.
 */
type AppModule = typeof import('../src/server/app');

try {
  const config = readConfig();
  const http = createHttpServer();
  // tsx already runs TypeScript, so Node loads vite.config.ts itself (no bundling, no loader warning).
  const vite = await createViteServer({ configLoader: 'native', server: { middlewareMode: true, ws: { server: http } }, appType: 'spa' });
  const runtime = await openRuntime(config);
  const { deps, database } = runtime;
  let loaded: { module: AppModule; app: ReturnType<AppModule['createApp']> } | null = null;
  const api = getRequestListener(async (request, env) => {
    const module = (await vite.ssrLoadModule('/src/server/app.ts')) as AppModule;
    if (loaded?.module !== module) loaded = { module, app: module.createApp({ ...deps, distDir: null }) };
    return loaded.app.fetch(request, env);
  });
  http.on('request', (req, res) => {
    if (req.url?.startsWith('/api/')) void api(req, res);
    else vite.middlewares(req, res);
  });
  http.on('error', (error) => {
    void runtime.close().finally(() => exitWith(new ConfigError(`Could not listen on ${config.host}:${config.port} (${error.message}): set PORT to a free port.`)));
  });
  http.listen(config.port, config.host, () => {
    console.log(`Pitchless (development) is running at ${localOrigin(config)} (database: ${database.kind})`);
  });
  onShutdown(async () => {
    await vite.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
    await runtime.close();
  });
} catch (error) {
  exitWith(error);
}
