import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/core/ports.js';
import { type Database, openDatabase, runMigrations } from '../../src/storage/database.js';
import { createPgBridge, createPgStore, type PgBridge, runPgMigrations } from '../../src/storage/pg/index.js';
import { createSqliteStore } from '../../src/storage/sqlite-store.js';

/** The secret every test store seals with (and test cores key their pseudonyms with). */
export const TEST_SECRET = 'test-secret-0123456789abcdef';

/** `KULTURPULS_TEST_STORE=postgres` runs the store-level suites on PostgreSQL (`KULTURPULS_TEST_PG`). */
export const TEST_DIALECT: 'sqlite' | 'postgres' =
  process.env.KULTURPULS_TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';
export const onPostgres = TEST_DIALECT === 'postgres';

export interface TestStore {
  dialect: 'sqlite' | 'postgres';
  /** The raw SQLite connection (SQLite-only tests; on PostgreSQL any use throws). */
  db: Database;
  store: Store;
  /** The SQLite file (in its own temp folder), or the PostgreSQL URL of this test's own database. */
  path: string;
  /** Rows of a query on the raw database (none for a write), `?` placeholders on both. */
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  /** Another store on the same database through its own connection, as a second process would have. */
  openStore(): Store & { close(): void };
  close(): void;
}

let admin: PgBridge | undefined;
function adminBridge(): PgBridge {
  const url = process.env.KULTURPULS_TEST_PG;
  if (!url)
    throw new Error(
      'KULTURPULS_TEST_STORE=postgres needs KULTURPULS_TEST_PG (scripts/pg-test-cluster.sh start)',
    );
  admin ??= createPgBridge(url);
  return admin;
}

/** A fresh, empty PostgreSQL database on the test server; `drop` removes it (and ends its connections). */
export function createTestPgDatabase(): { url: string; drop(): void } {
  const bridge = adminBridge();
  const name = `kp_${randomBytes(6).toString('hex')}`;
  bridge.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
  const url = new URL(process.env.KULTURPULS_TEST_PG as string);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => bridge.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const sqliteOnly = new Proxy({} as Database, {
  get() {
    throw new Error('This check reads SQLite internals; it is skipped on PostgreSQL.');
  },
});

function createPgTestStore(): TestStore {
  const database = createTestPgDatabase();
  const store = createPgStore(database.url, TEST_SECRET);
  runPgMigrations(store.bridge);
  const extra: { close(): void }[] = [];
  return {
    dialect: 'postgres',
    db: sqliteOnly,
    store,
    path: database.url,
    rows: <T>(sql: string, ...params: unknown[]) => store.bridge.query(numbered(sql), params).rows as T[],
    openStore() {
      const other = createPgStore(database.url, TEST_SECRET);
      extra.push(other);
      return other;
    },
    close() {
      for (const other of extra) other.close();
      store.close();
      database.drop();
    },
  };
}

/** A real SQLite file in a fresh temp folder (or a fresh PostgreSQL database), real migrations applied. */
export function createTestStore(): TestStore {
  if (onPostgres) return createPgTestStore();
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-test-'));
  const path = join(dir, 'kulturpuls.db');
  const db = openDatabase(path);
  runMigrations(db);
  const extra: Database[] = [];
  return {
    dialect: 'sqlite',
    db,
    store: createSqliteStore(db, TEST_SECRET),
    path,
    rows: <T>(sql: string, ...params: unknown[]) => {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as T[];
      statement.run(...params);
      return [];
    },
    openStore() {
      const other = openDatabase(path);
      extra.push(other);
      return { ...createSqliteStore(other, TEST_SECRET), close: () => other.close() };
    },
    close() {
      for (const other of extra) if (other.open) other.close();
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Row count of every table in the database (migrations bookkeeping included). */
export function rowCounts(db: Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

/** A SQLite-shaped handle on a PostgreSQL connection, for checks written as `db.prepare(sql).get()`. */
export function sqliteShaped(bridge: PgBridge): Database {
  const prepare = (sql: string) => {
    const text = numbered(sql);
    return {
      all: (...params: unknown[]) => bridge.query(text, params).rows,
      get: (...params: unknown[]) => bridge.query(text, params).rows[0],
      run: (...params: unknown[]) => ({ changes: bridge.query(text, params).rowCount }),
    };
  };
  const transaction =
    (fn: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      bridge.query('BEGIN');
      try {
        const result = fn(...args);
        bridge.query('COMMIT');
        return result;
      } catch (error) {
        bridge.query('ROLLBACK');
        throw error;
      }
    };
  return { prepare, transaction, pragma: () => undefined, close: () => undefined } as unknown as Database;
}
