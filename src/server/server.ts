import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, readConfig } from './config';
import { exitWith, localOrigin, onShutdown, openRuntime } from './runtime';

/** `npm run serve`: the built app and the API on one port (production; `npm start` is development). */
try {
  const config = readConfig();
  const runtime = await openRuntime(config);
  const { deps, database } = runtime;
  const app = createApp({ ...deps, distDir: config.distDir });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`Pitchless is running at ${localOrigin({ ...config, port: info.port })} (database: ${database.kind})`);
  });
  server.on('error', (error) => {
    void runtime.close().finally(() => exitWith(new ConfigError(`Could not listen on ${config.host}:${config.port} (${error.message}): set PORT to a free port.`)));
  });
  onShutdown(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    });
    await runtime.close();
  });
} catch (error) {
  exitWith(error);
}
