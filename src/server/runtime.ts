import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { ServerConfig } from './config';
import type { AppDeps } from './context';
import { openDatabase, type Database } from './db/database';
import { lrsForwarder } from './lrs/forwarder';
import { setupLinkIfNeeded } from './setup';
import { storyArchive } from './story-archive';
import { storyLibrary } from './stories';

/**
 * What a running server holds outside the app: the open database, the story library and, with
 * an LRS configured, the worker forwarding the outbox (started here, stopped by `close`). Used
 * by server.ts (production) and tools/dev-server.ts (`npm start`). Prints the first-admin link
 * when no admin exists yet; `onShutdown` runs `close` on SIGINT/SIGTERM.
 */

export interface Runtime {
  readonly deps: Omit<AppDeps, 'distDir'>;
  readonly database: Database;
  /** Stops the forwarder (after its request under way), then closes the database. */
  close(): Promise<void>;
}

const remoteAddress = (c: Context): string => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

export const localOrigin = (config: ServerConfig): string =>
  config.publicOrigin ?? `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}`;

export async function openRuntime(config: ServerConfig): Promise<Runtime> {
  const stories = storyLibrary(config.storiesDir);
  stories.ids(); // fails now, with what to run, when the library was never built
  const database = await openDatabase(config.database);
  const archive = storyArchive(database.db, stories);
  await archive.keepLibrary();
  const deps = {
    db: database.db,
    kind: database.kind,
    stories,
    archive,
    publicOrigin: config.publicOrigin,
    trustProxy: config.trustProxy,
    lrs: config.lrs,
    now: () => new Date(),
    remoteAddress,
  };
  const link = await setupLinkIfNeeded(database.db, localOrigin(config), deps.now(), config.setupToken);
  if (link) console.log(`\nNo admin account yet. Create it (once) at:\n\n  ${link}\n`);
  const forwarder = config.lrs ? lrsForwarder({ db: database.db, lrs: config.lrs, now: deps.now }) : null;
  forwarder?.start();
  if (config.lrs) console.log(`Forwarding attempts as xAPI statements to ${config.lrs.endpoint}`);
  return {
    deps,
    database,
    close: async () => {
      await forwarder?.stop();
      await database.close();
    },
  };
}

/** Runs `stop` once on SIGINT or SIGTERM, then exits. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (): void => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Pitchless did not stop cleanly: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}

/** Startup problems a person can fix get their message, not a stack trace. */
export function exitWith(error: unknown): never {
  const known = error instanceof Error && ['ConfigError', 'DataFolderInUseError', 'StoryLibraryError'].includes(error.name);
  console.error(known ? (error as Error).message : error);
  process.exit(1);
}
