import type { Context } from 'hono';
import type { User } from '../core/api';
import type { LrsConfig } from './config';
import type { Db, DatabaseKind } from './db/database';
import type { StoryArchive } from './story-archive';
import type { StoryLibrary } from './stories';

/** What the app needs from outside; app.ts gets it from server.ts, or from a test. */
export interface AppDeps {
  readonly db: Db;
  readonly kind: DatabaseKind;
  readonly stories: StoryLibrary;
  /** Every story version scored against, for replaying attempts after the library changed. */
  readonly archive: StoryArchive;
  /** The built app to serve, or null when something else serves it (Vite in development). */
  readonly distDir: string | null;
  readonly publicOrigin: string | null;
  readonly trustProxy: boolean;
  /** Where stored attempts are forwarded as xAPI statements (through the outbox); null: nowhere. */
  readonly lrs: LrsConfig | null;
  readonly now: () => Date;
  /** The socket's remote address (X-Forwarded-For is used instead when trustProxy is set). */
  readonly remoteAddress: (c: Context) => string;
}

export type AppEnv = { Variables: { user: User | null } };
export type AppContext = Context<AppEnv>;

/** The address users reach the app at: for links, cookies and the CSRF check. */
export function originOf(c: Context, deps: AppDeps): string {
  if (deps.publicOrigin) return deps.publicOrigin;
  const url = new URL(c.req.url);
  if (deps.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    return `${proto || url.protocol.replace(':', '')}://${host || url.host}`;
  }
  return url.origin;
}

/** The client's address, for the login rate limit. */
export function clientAddress(c: Context, deps: AppDeps): string {
  const forwarded = deps.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || deps.remoteAddress(c);
}
