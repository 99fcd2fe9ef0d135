import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.map': 'application/json',
};

export interface StaticServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serves `routes` (URL prefix → a folder, or one document's bytes typed by the prefix's extension,
 * HTML without one) on 127.0.0.1:port,
 * in this process, so nothing outlives the bench. Unknown paths under '/' get its index.html (the
 * app's own routes), except the API's, which are not found. Fails when the port is taken rather than measure someone else's server.
 */
export async function serveStatic(port: number, routes: Readonly<Record<string, string | Buffer>>): Promise<StaticServer> {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = prefixes.find((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`));
    const target = prefix === undefined ? undefined : routes[prefix];
    const send = (body: Buffer, type: string): void => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (target === undefined || prefix === undefined || path.startsWith('/api/')) {
      // No API here (the app then runs as signed out, offline): not the page, which would count as bytes the app asked for.
      response.writeHead(404).end();
    } else if (typeof target !== 'string') {
      send(target, TYPES[extname(prefix)] ?? (TYPES['.html'] as string));
    } else {
      const relative = normalize(path.slice(prefix.length)).replace(/^([/\\]|\.\.)+/, '');
      const file = join(target, relative || 'index.html');
      readFile(file)
        .then((body) => send(body, TYPES[extname(file)] ?? 'application/octet-stream'))
        .catch(async () => {
          if (extname(path)) response.writeHead(404).end();
          else send(await readFile(join(target, 'index.html')), TYPES['.html'] as string);
        })
        .catch(() => response.writeHead(500).end());
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is in use: set BENCH_PORT to a free one`) : error),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
