import type { SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg, { type PoolClient } from 'pg';
import type { Store } from '../../core/ports.js';
import { assembleInner } from '../assemble-store.js';
import type { Kit } from '../kit.js';
import { oncePer } from '../once-per.js';
import { preparing } from '../repositories/prepared.js';
import { sealStore } from '../sealed/sealed-store.js';
import { type PgLimits, pgPoolConfig } from './pool-settings.js';
import * as tables from './schema/index.js';
import { createPgTransactions } from './transactions.js';

export type PgStore = Store & {
  /** The pool, for migrations, health checks and the tests' checks on what is stored. */
  pool: pg.Pool;
  limits: PgLimits;
  /** Rows of one raw statement (`$1` placeholders). */
  sql<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

// Counts and sums are bigint or numeric in PostgreSQL, strings by default; every one here fits a
// JavaScript number, as SQLite returns them. Set on node-postgres itself: drizzle passes its own type
// parsers with each query and falls back to these.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

/** A pool for a PostgreSQL URL, with the limits of `pool-settings.ts`. */
export function createPgPool(url: string): { pool: pg.Pool; limits: PgLimits } {
  const { config, limits } = pgPoolConfig(url);
  const pool = new pg.Pool(config);
  // An idle connection that breaks (a server restart) is dropped by the pool; without a listener the
  // error would end the process.
  pool.on('error', () => {});
  return { pool, limits };
}

/** The `Store` port over a pool of PostgreSQL connections (migrated by the caller: `runPgMigrations`), sealed with the secret. */
export function createPgStore(
  url: string,
  secret: string,
  options: {
    /** Told of each transaction run again after a serialization failure or deadlock. */ onRetry?: (
      code: string,
    ) => void;
  } = {},
): PgStore {
  const { pool, limits } = createPgPool(url);
  const { transaction, savepoint } = createPgTransactions(pool, options.onRetry);
  const db = drizzle({ client: pool });
  const prepared = preparing(limits.prepared_statements !== 0);

  const kitOver = (over: Kit['db'], atomic: Kit['atomic']): Kit => ({
    dialect: 'postgres',
    db: over,
    t: tables,
    rows: async <T>(query: SQL) => (await over.execute(query)).rows as T[],
    prepared,
    atomic,
  });
  // The pool's kit opens a transaction for `atomic`; a transaction's kit (its one connection) a savepoint.
  const clientKit = (client: PoolClient, depth: number): Kit =>
    kitOver(drizzle({ client }), (body) =>
      savepoint(client, depth, () => body(clientKit(client, depth + 1))),
    );
  // One kit per connection, kept while the pool keeps the connection: the transactions that run on it
  // reuse its repositories and their prepared statements (see prepared.ts) instead of building them again.
  const transactionKit = oncePer((client: PoolClient) => clientKit(client, 1));
  const kit = kitOver(db, (body) => transaction((client) => body(transactionKit(client))));

  let closing: Promise<void> | undefined;
  const inner = assembleInner(kit, (body, options) =>
    transaction((client) => body(transactionKit(client)), options),
  );
  return {
    ...sealStore(inner, secret),
    pool,
    limits,
    sql: async <T>(text: string, params: readonly unknown[] = []) =>
      (await pool.query(text, params as unknown[])).rows as T[],
    close: () => (closing ??= pool.end()),
  };
}
