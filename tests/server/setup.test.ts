import { describe, expect, it } from 'vitest';
import { setupLinkIfNeeded } from '../../src/server/setup';
import { DATABASES, ORIGIN, PASSWORD, startTestServer, tokenOf } from './harness';

describe.each(DATABASES)('first admin on $name', (database) => {
  it('is created once even when two setup links are used at the same moment', async () => {
    const server = await startTestServer(database);
    try {
      // Two instances started before any admin existed: each printed its own link.
      const links = await Promise.all([1, 2].map(() => setupLinkIfNeeded(server.database.db, ORIGIN, new Date())));
      expect((await server.agent().call('GET', '/api/setup')).body).toEqual({ needed: true });
      const bad = await server.agent().call('POST', '/api/setup', { token: 'z'.repeat(43), name: 'Eve', email: 'eve@example.com', password: PASSWORD });
      expect([bad.status, (bad.body as { error: string }).error]).toEqual([403, 'bad-token']);
      const replies = await Promise.all(
        links.map((link, i) => server.agent().call('POST', '/api/setup', { token: tokenOf(link as string), name: `Admin ${i}`, email: `admin${i}@example.com`, password: PASSWORD })),
      );
      expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);
      expect((await server.agent().call('GET', '/api/setup')).body).toEqual({ needed: false });
      expect(await setupLinkIfNeeded(server.database.db, ORIGIN, new Date())).toBeNull();
    } finally {
      await server.close();
    }
  }, 60_000);
});
