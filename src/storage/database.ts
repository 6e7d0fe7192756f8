import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

export type Database = BetterSqlite3.Database;

/** `migrations/` at the package root: two levels up from `src/storage/` (tsx) and `dist/storage/` (built). */
export function defaultMigrationsFolder(): string {
  return fileURLToPath(new URL('../../migrations', import.meta.url));
}

function isFileBacked(path: string): boolean {
  return path !== ':memory:' && path !== '' && !path.startsWith('file:');
}

export function openDatabase(path: string): Database {
  if (isFileBacked(path)) mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  return db;
}

export function runMigrations(db: Database, migrationsFolder: string = defaultMigrationsFolder()): void {
  const orm = drizzle(db);
  try {
    migrate(orm, { migrationsFolder });
  } catch (error) {
    // drizzle reads the applied migrations before it takes the write lock, so two processes starting on
    // a fresh file can both try to apply them; the loser fails on "table already exists". Once the
    // winner has committed, a second pass sees everything applied and does nothing.
    try {
      migrate(orm, { migrationsFolder });
    } catch {
      throw error;
    }
  }
}

/** Online, consistent copy (SQLite backup API); safe while the bot keeps writing. */
export async function backupDatabase(db: Database, file: string): Promise<void> {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  await db.backup(file);
}
