import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, startTestServer, type TestServer } from './harness';

/** The built app: files as they are, index.html for app URLs, a real 404 for a missing asset. */
describe('serving the built app', () => {
  let server: TestServer;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'pitchless-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Pitchless</title><div id="app"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app")');
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    server = await startTestServer(DATABASES[0] as (typeof DATABASES)[number], { distDir: dist });
  }, 60_000);
  afterAll(async () => server?.close());

  const get = (path: string) => server.app.request(`http://localhost${path}`);

  it('serves files from dist, hashed assets cached for good', async () => {
    const js = await get('/assets/index-abc123.js');
    expect([js.status, await js.text()]).toEqual([200, 'console.log("app")']);
    expect(js.headers.get('cache-control')).toMatch(/immutable/);
    expect((await get('/favicon.svg')).status).toBe(200);
  });

  it('answers app URLs with index.html', async () => {
    for (const path of ['/', '/home', '/scenario/first-meeting', '/manage/teams/123', '/invite/abc']) {
      const res = await get(path);
      expect([path, res.status, await res.text()]).toEqual([path, 200, expect.stringContaining('<div id="app">')]);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('gives a 404 for a missing asset and a JSON 404 for an unknown API path, never the page', async () => {
    const asset = await get('/assets/index-old999.js');
    expect(asset.status).toBe(404);
    expect(await asset.text()).not.toContain('<div id="app">');
    const api = await get('/api/unknown');
    expect([api.status, await api.json()]).toEqual([404, { error: 'not-found', message: 'There is no GET /api/unknown in the API.' }]);
  });

  it('does not serve files outside dist', async () => {
    const res = await get('/..%2f..%2fetc%2fpasswd');
    expect(await res.text()).not.toContain('root:');
  });
});
