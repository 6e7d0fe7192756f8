import { chmodSync, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { packagePath } from '../package-root.js';
import { COUNT_IMPORTED_RESPONDENTS } from './shared-rows.js';

export type Database = BetterSqlite3.Database;

/** `migrations/` at the package root. */
export function defaultMigrationsFolder(): string {
  return packagePath('migrations');
}

export function isFileBacked(path: string): boolean {
  return path !== ':memory:' && path !== '' && !path.startsWith('file:');
}

/** A folder Kulturpuls creates is owner-only; an existing one is left as the administrator made it. */
export function ensurePrivateFolder(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Owner-only (0600) before SQLite writes anything: SQLite creates `-wal` and `-shm` with the
 * database file's permissions, so they follow. Files of an older install are tightened too.
 */
export function makeOwnerOnly(path: string): void {
  if (!existsSync(path)) writeFileSync(path, '', { mode: 0o600, flag: 'wx' });
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  }
}

export function openDatabase(path: string): Database {
  if (isFileBacked(path)) {
    ensurePrivateFolder(dirname(resolve(path)));
    makeOwnerOnly(path);
  }
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  return db;
}

/** What a run of the migrations did: how many it applied, and whether the database had none before. */
export interface MigrationRun {
  applied: number;
  fresh: boolean;
}

export function runMigrations(
  db: Database,
  migrationsFolder: string = defaultMigrationsFolder(),
): MigrationRun {
  const before = appliedMigrations(db);
  migrateOnce(db, migrationsFolder);
  const applied = appliedMigrations(db) - before;
  // Pulses answered before per-sector counts existed (or imported) get them once, from participation.
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'pulse_respondents'").get()) {
    countImportedRespondents(db);
  }
  return { applied, fresh: before === 0 && applied > 0 };
}

/** drizzle records each applied migration in `__drizzle_migrations`, made by the first run. */
function appliedMigrations(db: Database): number {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'").get()) return 0;
  return (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Counts per sector for pulses whose participation was written directly (bulk imports, demo data);
 * in one write transaction, so two processes starting together count once.
 */
export function countImportedRespondents(db: Database): number {
  return db.transaction(() => db.prepare(COUNT_IMPORTED_RESPONDENTS).run().changes).immediate();
}

function migrateOnce(db: Database, migrationsFolder: string): void {
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

/** Online, consistent copy (SQLite backup API); safe while the bot keeps writing. Owner-only. */
export async function backupDatabase(db: Database, file: string): Promise<void> {
  ensurePrivateFolder(dirname(resolve(file)));
  makeOwnerOnly(file);
  await db.backup(file);
  makeOwnerOnly(file);
}

/**
 * Moves a database aside whole: its last transactions may still be in `-wal`, so that is checkpointed
 * into the file first, and whatever is left (`-wal`, `-shm`) moves with it.
 */
export function moveDatabaseAside(path: string, aside: string): void {
  try {
    const db = new BetterSqlite3(path, { fileMustExist: true });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  } catch {
    // A damaged file is still kept, with its WAL beside it.
  }
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${path}${suffix}`)) renameSync(`${path}${suffix}`, `${aside}${suffix}`);
  }
}
