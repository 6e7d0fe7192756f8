import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import type { Database } from './database.js';
import * as schema from './schema/index.js';

export type Orm = BetterSQLite3Database<typeof schema>;

export function createOrm(db: Database): Orm {
  return drizzle(db, { schema });
}

/** Runs `fn` in a BEGIN IMMEDIATE transaction (a savepoint when nested) so writers on one file serialize. */
export function immediate<T>(db: Database, fn: () => T): T {
  return db.transaction(fn).immediate();
}
