import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataFolder } from './data-folder-lock';

/**
 * Opens the database and brings its schema up to date: embedded PostgreSQL (PGlite) in a data
 * folder by default, or a PostgreSQL server when a `postgres://` URL is given. Both run the
 * same migrations and the same queries.
 */

export type Db = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /** Flushes and closes; for PGlite also releases the data folder. */
  close(): Promise<void>;
}

export type DatabaseTarget = { readonly url: string } | { readonly dataDir: string } | { readonly memory: true };

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));
// Any fixed number: instances starting together on one PostgreSQL migrate one at a time.
const MIGRATION_LOCK = 7_470_001;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) return openPostgres(target.url);
  const release = 'dataDir' in target ? lockDataFolder(target.dataDir) : () => {};
  try {
    const client = 'dataDir' in target ? new PGlite(join(target.dataDir, 'pglite')) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        if (client.closed) return;
        await client.exec('CHECKPOINT');
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  return { db: drizzlePg(pool), kind: 'postgres', close: () => pool.end() };
}
