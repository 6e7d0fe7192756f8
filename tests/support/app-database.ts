// The database a whole-app test runs on, per `KULTURPULS_TEST_STORE`: a SQLite file in the test's temp
// folder, or a fresh PostgreSQL database on `KULTURPULS_TEST_PG`, dropped on close.
import { join } from 'node:path';
import type { Runtime } from '../../src/runtime.js';
import { createTestPgDatabase, onPostgres } from './database.js';

export interface AppDatabase {
  /** What the app gets as `KULTURPULS_DB`. */
  url: string;
  /** Drops the PostgreSQL database (after the app stopped); the SQLite file goes with its folder. */
  close(): Promise<void>;
}

export async function createAppDatabase(dir: string): Promise<AppDatabase> {
  if (!onPostgres) return { url: join(dir, 'kulturpuls.db'), close: async () => {} };
  // Awaited: creating the PostgreSQL database may be asynchronous in the rewritten test store.
  const database = await createTestPgDatabase();
  return { url: database.url, close: async () => await database.drop() };
}

/** Rows of a query on the running app's own connection, `?` placeholders on both stores. */
export async function appRows<T = Record<string, unknown>>(
  runtime: Runtime,
  sql: string,
  ...params: unknown[]
): Promise<T[]> {
  const { database } = runtime;
  if (database.dialect === 'sqlite') return database.db.prepare(sql).all(...params) as T[];
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  // TODO(storage): written against the connection pool of the new PostgreSQL runtime database
  // (`pool`, a pg.Pool); adjust if src/runtime.ts names it differently.
  return (await database.pool.query(text, params)).rows as T[];
}

/** COUNT(*) of a table in the running app's database (PostgreSQL returns it as a string). */
export async function appCount(runtime: Runtime, table: string, where = ''): Promise<number> {
  const [row] = await appRows<{ n: number | string }>(
    runtime,
    `SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`,
  );
  return Number(row?.n ?? 0);
}
