import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { XapiStatement } from '../../src/core/xapi';
import { CMI5 } from '../../src/core/lms-cmi5';

/**
 * An LMS for the browser tests, on one local port: it serves an LMS package from its zip as an
 * LMS would (`/package/…`), a SCORM host page with scorm-again as the run-time API around the
 * package's frame, and for cmi5 the launch (fetch URL, `LMS.LaunchData`) and a stub LRS that
 * records every statement it receives and can be taken down and brought back.
 */

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.xml': 'application/xml' };

export interface Cmi5LaunchSpec {
  readonly registration: string;
  readonly activityId: string;
  readonly masteryScore: number;
  readonly scenario: string;
  readonly passMark: number;
}

export interface LmsHost {
  readonly origin: string;
  /** Every statement the LRS stored, in arrival order (one per id, as an LRS keeps them). */
  readonly statements: XapiStatement[];
  /** How many times a statement with an id already stored arrived again. */
  resent: number;
  /** While down, the LRS answers 503 to statements and state (the game must queue and retry). */
  down: boolean;
  /** A cmi5 launch URL for a new session of a registration. */
  cmi5Launch(spec: Cmi5LaunchSpec): { url: string; sessionId: string };
  stop(): Promise<void>;
}

const HOST_PAGE = (format: string, src: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="/scorm-again/${format === 'scorm12' ? 'scorm12' : 'scorm2004'}.min.js"></script>
<script>
  const saved = localStorage.getItem('lms-cmi');
  const settings = { autocommit: false, lmsCommitUrl: false, logLevel: 5 };
  const api = ${format === 'scorm12' ? 'new Scorm12API(settings)' : 'new Scorm2004API(settings)'};
  if (saved) api.loadFromJSON(JSON.parse(saved), '');
  window.${format === 'scorm12' ? 'API' : 'API_1484_11'} = api;
</script></head>
<body><h1>LMS</h1><iframe id="sco" title="course" style="width:1280px;height:820px" src="${src}"></iframe></body></html>`;

const body = async (req: IncomingMessage): Promise<string> => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
};

export async function startLmsHost(zipFile: string, port: number): Promise<LmsHost> {
  const files = unzipSync(readFileSync(zipFile));
  const states = new Map<string, string>();
  const sessions = new Map<string, { token: string; used: boolean }>();
  const launches = new Map<string, { spec: Cmi5LaunchSpec; sessionId: string }>();
  const byId = new Set<string>();
  const origin = `http://127.0.0.1:${port}`;

  const host: LmsHost = {
    origin,
    statements: [],
    resent: 0,
    down: false,
    cmi5Launch: (spec) => {
      const sessionId = crypto.randomUUID();
      const key = crypto.randomUUID();
      sessions.set(key, { token: Buffer.from(`learner:${key}`).toString('base64'), used: false });
      launches.set(`${spec.registration} ${spec.activityId}`, { spec, sessionId });
      const actor = JSON.stringify({ objectType: 'Agent', name: 'Lin Wei', account: { homePage: origin, name: 'learner-1' } });
      const query = new URLSearchParams({
        scenario: spec.scenario,
        format: 'cmi5',
        passMark: String(spec.passMark),
        endpoint: `${origin}/lrs/xapi/`,
        fetch: `${origin}/lrs/fetch?key=${key}`,
        actor,
        registration: spec.registration,
        activityId: spec.activityId,
      });
      return { url: `${origin}/package/index.html?${query.toString()}`, sessionId };
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const send = (res: ServerResponse, status: number, content: string | Uint8Array = '', type = 'application/json'): void => {
    res.writeHead(status, { 'content-type': type, 'x-experience-api-version': '1.0.3' });
    res.end(content);
  };

  const lrs = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname === '/lrs/fetch') {
      const session = sessions.get(url.searchParams.get('key') ?? '');
      // A fetch URL answers once (cmi5 8.2.3).
      if (!session || session.used) return send(res, 400, JSON.stringify({ 'error-code': '1', 'error-text': 'already fetched' }));
      session.used = true;
      return send(res, 200, JSON.stringify({ 'auth-token': session.token }));
    }
    if (host.down) return send(res, 503, 'down', 'text/plain');
    if (url.pathname === '/lrs/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      const key = `${url.searchParams.get('registration')} ${url.searchParams.get('activityId')} ${stateId}`;
      if (req.method === 'GET' && stateId === 'LMS.LaunchData') {
        const launch = launches.get(`${url.searchParams.get('registration')} ${url.searchParams.get('activityId')}`);
        if (!launch) return send(res, 404);
        const data = {
          contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: launch.spec.activityId }] }, extensions: { [CMI5.sessionId]: launch.sessionId } },
          launchMode: 'Normal',
          masteryScore: launch.spec.masteryScore,
          moveOn: 'CompletedAndPassed',
        };
        return send(res, 200, JSON.stringify(data));
      }
      if (req.method === 'GET') return states.has(key) ? send(res, 200, states.get(key)) : send(res, 404);
      states.set(key, await body(req));
      return send(res, 204);
    }
    if (url.pathname === '/lrs/xapi/agents/profile') return send(res, 404);
    if (url.pathname === '/lrs/xapi/statements' && (req.method === 'POST' || req.method === 'PUT')) {
      const received = JSON.parse(await body(req)) as XapiStatement | XapiStatement[];
      for (const statement of Array.isArray(received) ? received : [received]) {
        if (byId.has(statement.id)) {
          host.resent += 1;
          continue;
        }
        byId.add(statement.id);
        host.statements.push(statement);
      }
      return send(res, 200, JSON.stringify((Array.isArray(received) ? received : [received]).map((s) => s.id)));
    }
    return send(res, 404);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    void (async () => {
      if (url.pathname.startsWith('/lrs/')) return lrs(req, res, url);
      if (url.pathname === '/scorm-host.html') {
        const format = url.searchParams.get('format') ?? 'scorm12';
        const src = `/package/index.html?scenario=${url.searchParams.get('scenario')}&format=${format}&passMark=70`;
        return send(res, 200, HOST_PAGE(format, src), 'text/html');
      }
      if (url.pathname.startsWith('/scorm-again/')) {
        return send(res, 200, readFileSync(join('node_modules/scorm-again/dist', url.pathname.slice('/scorm-again/'.length))), 'text/javascript');
      }
      if (url.pathname.startsWith('/package/')) {
        const file = files[decodeURIComponent(url.pathname.slice('/package/'.length))];
        return file ? send(res, 200, file, TYPES[extname(url.pathname)] ?? 'application/octet-stream') : send(res, 404, 'not in the package', 'text/plain');
      }
      return send(res, 404, 'no such page', 'text/plain');
    })().catch((error: unknown) => send(res, 500, String(error), 'text/plain'));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return host;
}
