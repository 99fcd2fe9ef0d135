import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/database';

/** The server's settings, all from the environment (README, "Running the server"). */
export interface ServerConfig {
  /** 0: any free port (tests). */
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  /** The built app (`npm run build`); null in development, where Vite serves it. */
  readonly distDir: string;
  readonly storiesDir: string;
  /** The address users reach, for links and the CSRF check; else taken from each request. */
  readonly publicOrigin: string | null;
  /** Behind a load balancer: take the client's address and protocol from X-Forwarded-*. */
  readonly trustProxy: boolean;
  /** A first-admin setup token chosen in advance, instead of a random one. */
  readonly setupToken: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function setupToken(value: string | undefined): string | undefined {
  const token = value?.trim();
  if (token && !/^[A-Za-z0-9_-]{32,128}$/.test(token)) throw new ConfigError('PITCHLESS_SETUP_TOKEN must be 32–128 letters, digits, "-" or "_".');
  return token || undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}".`);
  const url = env.DATABASE_URL?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset for the embedded database).');
  const origin = env.PUBLIC_ORIGIN?.trim().replace(/\/+$/, '') || null;
  if (origin && !/^https?:\/\/[^/]+$/.test(origin)) throw new ConfigError(`PUBLIC_ORIGIN must look like https://pitchless.example.com, not "${origin}".`);
  return {
    port,
    host: env.HOST?.trim() || 'localhost',
    database: url ? { url } : { dataDir: resolve(env.PITCHLESS_DATA?.trim() || 'data') },
    distDir: resolve(env.PITCHLESS_DIST?.trim() || 'dist'),
    storiesDir: resolve(env.PITCHLESS_STORIES?.trim() || 'build/stories'),
    publicOrigin: origin,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    setupToken: setupToken(env.PITCHLESS_SETUP_TOKEN),
  };
}
