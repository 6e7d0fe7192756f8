import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/core/ports.js';
import { type Database, openDatabase, runMigrations } from '../../src/storage/database.js';
import { createSqliteStore } from '../../src/storage/sqlite-store.js';

export interface TestStore {
  db: Database;
  store: Store;
  /** The database file (in its own temp folder, removed by `close()`). */
  path: string;
  close(): void;
}

/** A real SQLite file in a fresh temp folder, with the real migrations applied. */
export function createTestStore(): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-test-'));
  const path = join(dir, 'kulturpuls.db');
  const db = openDatabase(path);
  runMigrations(db);
  return {
    db,
    store: createSqliteStore(db),
    path,
    close() {
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
