// The database a whole-app test runs on, per `KULTURPULS_TEST_STORE`: a SQLite file in the test's temp
// folder, or a fresh PostgreSQL database on `KULTURPULS_TEST_PG`, dropped on close.
import { join } from 'node:path';
import type { Runtime } from '../../src/runtime.js';
import { createTestPgDatabase, onPostgres } from './database.js';

export interface AppDatabase {
  /** What the app gets as `KULTURPULS_DB`. */
  url: string;
  /** Drops the PostgreSQL database (after the app stopped); the SQLite file goes with its folder. */
  close(): void;
}

export function createAppDatabase(dir: string): AppDatabase {
  if (!onPostgres) return { url: join(dir, 'kulturpuls.db'), close: () => {} };
  const database = createTestPgDatabase();
  return { url: database.url, close: () => database.drop() };
}

/** Rows of a query on the running app's own connection, `?` placeholders on both stores. */
export function appRows<T = Record<string, unknown>>(
  runtime: Runtime,
  sql: string,
  ...params: unknown[]
): T[] {
  const { database } = runtime;
  if (database.dialect === 'sqlite') return database.db.prepare(sql).all(...params) as T[];
  let n = 0;
  const text = sql.replace(/\?/g, () => `$${++n}`);
  return database.bridge.query(text, params).rows as T[];
}

/** COUNT(*) of a table in the running app's database (PostgreSQL returns it as a string). */
export function appCount(runtime: Runtime, table: string, where = ''): number {
  const [row] = appRows<{ n: number | string }>(
    runtime,
    `SELECT COUNT(*) AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`,
  );
  return Number(row?.n ?? 0);
}
