import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Store } from '../../src/core/ports.js';
import { type Database, openDatabase, runMigrations } from '../../src/storage/database.js';
import { createPgStore, type PgStore, runPgMigrations } from '../../src/storage/pg/index.js';
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
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Another store on the same database through its own connection, as a second process would have. */
  openStore(): Store & { close(): Promise<void> };
  close(): Promise<void>;
}

/** The test server's URL (`scripts/pg-test-cluster.sh start` prints it). */
export function testPgUrl(): string {
  const url = process.env.KULTURPULS_TEST_PG;
  if (!url)
    throw new Error(
      'KULTURPULS_TEST_STORE=postgres needs KULTURPULS_TEST_PG (scripts/pg-test-cluster.sh start)',
    );
  return url;
}

/** One statement on a PostgreSQL database through a connection of its own, `?` placeholders. */
export async function pgQuery<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(numbered(sql), params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh, empty PostgreSQL database on the test server; `drop` removes it (and ends its connections). */
export async function createTestPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = testPgUrl();
  const name = `kp_${randomBytes(6).toString('hex')}`;
  await pgQuery(admin, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => void (await pgQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

export const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

const sqliteOnly = new Proxy({} as Database, {
  get() {
    throw new Error('This check reads SQLite internals; it is skipped on PostgreSQL.');
  },
});

async function createPgTestStore(): Promise<TestStore> {
  const database = await createTestPgDatabase();
  const store = createPgStore(database.url, TEST_SECRET);
  await runPgMigrations(store.pool);
  const extra: PgStore[] = [];
  return {
    dialect: 'postgres',
    db: sqliteOnly,
    store,
    path: database.url,
    rows: <T>(sql: string, ...params: unknown[]) => store.sql<T>(numbered(sql), params),
    openStore() {
      const other = createPgStore(database.url, TEST_SECRET);
      extra.push(other);
      return other;
    },
    async close() {
      for (const other of extra) await other.close();
      await store.close();
      await database.drop();
    },
  };
}

/** A real SQLite file in a fresh temp folder (or a fresh PostgreSQL database), real migrations applied. */
export async function createTestStore(): Promise<TestStore> {
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
    rows: async <T>(sql: string, ...params: unknown[]) => {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as T[];
      statement.run(...params);
      return [];
    },
    openStore() {
      const other = openDatabase(path);
      extra.push(other);
      return {
        ...createSqliteStore(other, TEST_SECRET),
        close: async () => {
          other.close();
        },
      };
    },
    async close() {
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
