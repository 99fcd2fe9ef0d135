import { createServer, type Server } from 'node:http';

/**
 * A stub LRS for the forwarding tests: a real HTTP server on a fixed local port that can be
 * down (not listening: connection refused), busy (503), or up (stores statements by id, 204;
 * the same id with other content: 409), and refuses the ids it is told to with a 400.
 */

export interface StubLrs {
  readonly endpoint: string;
  /** Every statement it stored, in the order it stored them. */
  readonly stored: { id: string; statement: unknown }[];
  /** Every request that reached it, with the answer it gave. */
  readonly requests: { id: string | null; status: number }[];
  /** Ids answered with a 400. */
  readonly refuse: Set<string>;
  up(mode?: 'up' | 'busy'): Promise<void>;
  down(): Promise<void>;
}

export const LRS_USERNAME = 'pitchless-key';
export const LRS_PASSWORD = 'pitchless-secret';

export function stubLrs(port: number): StubLrs {
  let server: Server | null = null;
  let mode: 'up' | 'busy' = 'up';
  const stored: StubLrs['stored'] = [];
  const requests: StubLrs['requests'] = [];
  const refuse = new Set<string>();
  const expectedAuth = `Basic ${Buffer.from(`${LRS_USERNAME}:${LRS_PASSWORD}`).toString('base64')}`;

  const handler: Parameters<typeof createServer>[1] = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const id = url.searchParams.get('statementId');
      const answer = (status: number, body = ''): void => {
        requests.push({ id, status });
        res.writeHead(status, { 'content-type': 'application/json' }).end(body);
      };
      if (mode === 'busy') return answer(503, '{"message":"down for maintenance"}');
      if (req.method !== 'PUT' || url.pathname !== '/xapi/statements' || !id) return answer(404);
      if (req.headers.authorization !== expectedAuth) return answer(401);
      if (req.headers['x-experience-api-version'] !== '1.0.3') return answer(400, '{"message":"no X-Experience-API-Version"}');
      const statement = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string };
      if (statement.id !== id) return answer(400, '{"message":"the id in the body is not the statementId"}');
      if (refuse.has(id)) return answer(400, '{"message":"statement rejected: result.extensions is not allowed here"}');
      const known = stored.find((s) => s.id === id);
      if (known) return answer(JSON.stringify(known.statement) === JSON.stringify(statement) ? 204 : 409);
      stored.push({ id, statement });
      return answer(204);
    });
  };

  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    stored,
    requests,
    refuse,
    async up(next = 'up') {
      mode = next;
      if (server) return;
      const started = createServer(handler);
      await new Promise<void>((resolve, reject) => {
        started.once('error', reject);
        started.listen(port, '127.0.0.1', () => resolve());
      });
      server = started;
    },
    async down() {
      const running = server;
      server = null;
      if (!running) return;
      running.closeAllConnections();
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
  };
}
