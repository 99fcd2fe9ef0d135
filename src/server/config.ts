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
  /** The company's LRS every stored attempt is forwarded to as xAPI statements; null: none. */
  readonly lrs: LrsConfig | null;
}

export interface LrsConfig {
  /** The LRS's xAPI base, ending in "/" (statements go to `<endpoint>statements`). */
  readonly endpoint: string;
  readonly username: string;
  readonly password: string;
  /** The trainees' accounts are named on this address (the server's PUBLIC_ORIGIN). */
  readonly homePage: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function setupToken(value: string | undefined): string | undefined {
  const token = value?.trim();
  if (token && !/^[A-Za-z0-9_-]{32,128}$/.test(token)) throw new ConfigError('PITCHLESS_SETUP_TOKEN must be 32–128 letters, digits, "-" or "_".');
  return token || undefined;
}

function lrsConfig(env: NodeJS.ProcessEnv, publicOrigin: string | null): LrsConfig | null {
  const endpoint = env.PITCHLESS_LRS_ENDPOINT?.trim();
  const username = env.PITCHLESS_LRS_USERNAME ?? '';
  const password = env.PITCHLESS_LRS_PASSWORD ?? '';
  if (!endpoint) {
    if (username || password) throw new ConfigError('PITCHLESS_LRS_USERNAME and PITCHLESS_LRS_PASSWORD are set but PITCHLESS_LRS_ENDPOINT is not: set the LRS\'s xAPI address too, or unset them.');
    return null;
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigError(`PITCHLESS_LRS_ENDPOINT must be the LRS's xAPI address, like https://lrs.example.com/xapi/, not "${endpoint}".`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError(`PITCHLESS_LRS_ENDPOINT must be an http(s) address without query, fragment or credentials (those go in PITCHLESS_LRS_USERNAME / PITCHLESS_LRS_PASSWORD), not "${endpoint}".`);
  }
  if (!username || !password) throw new ConfigError('PITCHLESS_LRS_ENDPOINT is set: PITCHLESS_LRS_USERNAME and PITCHLESS_LRS_PASSWORD must be set too (the LRS\'s Basic credentials, key and secret).');
  if (username.includes(':')) throw new ConfigError('PITCHLESS_LRS_USERNAME cannot contain ":" (HTTP Basic authentication).');
  // The same trainee must be the same agent in every statement, whichever address a request came in on.
  if (!publicOrigin) throw new ConfigError('PITCHLESS_LRS_ENDPOINT is set: set PUBLIC_ORIGIN too (trainees are named in the LRS as accounts on that address).');
  return { endpoint: url.href.endsWith('/') ? url.href : `${url.href}/`, username, password, homePage: publicOrigin };
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
    lrs: lrsConfig(env, origin),
  };
}
