import type { SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Store } from '../core/ports.js';
import { assembleInner } from './assemble-store.js';
import type { Database } from './database.js';
import type { Db, Kit, Tables } from './kit.js';
import { preparing } from './repositories/prepared.js';
import * as tables from './schema/index.js';
import type { InnerStore } from './sealed/inner-store.js';
import { sealStore } from './sealed/sealed-store.js';
import { createGate } from './sqlite/gate.js';
import { createSqliteTransactions } from './sqlite/transactions.js';

/**
 * The `Store` port over one better-sqlite3 connection (opened and migrated by the caller). The secret
 * seals every value that names a person before it reaches the database.
 */
export function createSqliteStore(db: Database, secret: string): Store {
  return sealStore(createInnerStore(db), secret);
}

/** The store below the sealing layer (what the dialect writes); for measuring the sealing's cost only. */
export function createInnerStore(db: Database): InnerStore {
  const orm = drizzle(db);
  const { atomically, alone } = createSqliteTransactions(db);
  const kit: Kit = {
    dialect: 'sqlite',
    // The SQLite tables and database stand in for PostgreSQL's types (see kit.ts).
    db: orm as unknown as Db,
    t: tables as unknown as Tables,
    rows: async <T>(query: SQL) => orm.all<T>(query),
    prepared: preparing(false),
    atomic: (body) => atomically(() => body(kit)),
  };
  // Every call outside a transaction is a short transaction of its own (see sqlite/transactions.ts).
  return assembleInner(kit, (body) => atomically(() => body(kit)), { gate: createGate(), alone });
}
