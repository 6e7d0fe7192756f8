import type { Pool } from 'pg';
import { isPostgresUrl } from './config/database-url.js';
import type { AppConfig } from './config.js';
import { resolveSecret, type SecretSource } from './config.js';
import { type CoreServices, createCore } from './core/create-core.js';
import type { Clock, Logger, Store } from './core/ports.js';
import type { Settings } from './core/settings.js';
import { createLogger } from './logger.js';
import { PLATFORM_CAPABILITIES } from './platform-capabilities.js';
import { isFileBacked, type MigrationRun } from './storage/database.js';
import { createSqliteStore, type Database, openDatabase, runMigrations } from './storage/index.js';
import {
  pgConnectProblem,
  pgMigrateProblem,
  pgUrlProblem,
  sqliteOpenProblem,
} from './storage/open-problems.js';
import type { PgStore } from './storage/pg/index.js';
import { sqliteRaw } from './storage/sealed/raw-sql.js';
import { sealExistingRows } from './storage/sealed/seal-existing.js';
import { checkpointOffTheLoop } from './storage/sqlite/checkpoints.js';
import { diskSpaceProblem, watchWrites } from './storage/write-failures.js';

/** What the CLI needs of the database beyond the store, per dialect. */
export type RuntimeDatabase =
  | { dialect: 'sqlite'; db: Database; path: string }
  | {
      dialect: 'postgres';
      /** The store's pool (raw statements of the CLI, health checks). */
      pool: Pool;
    };

export interface Runtime {
  config: AppConfig;
  settings: Settings;
  database: RuntimeDatabase;
  /** What opening the database migrated: `kulturpuls migrate` says so. */
  migrations: MigrationRun;
  store: Store;
  core: CoreServices;
  clock: Clock;
  logger: Logger;
  /** Keys the pulse pseudonyms; the demo generator writes answers as votes would. */
  secret: string;
  /** Where the key came from: `backup --with-secret` and `restore` tell the operator. */
  secretSource: SecretSource;
  /** Why writes fail now (`disk full`, `read-only`, `I/O error`), or undefined: what `/healthz` reports. */
  writeProblem(): string | undefined;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => new Date() };

export interface RuntimeOptions {
  clock?: Clock;
  logger?: Logger;
  /** Settings to run with instead of the config's (local mode adds the demo roles). */
  settings?: Settings;
  /** Wakes the outbox when the core queues something (the running app's worker). */
  wakeOutbox?: () => void;
}

interface OpenedStore {
  database: RuntimeDatabase;
  store: Store;
  migrations: MigrationRun;
  /** Closes the connection or pool. */
  close(): Promise<void>;
}

/**
 * Connects (one line, no stack trace, when it cannot: `DatabaseUnavailableError`), migrates and seals
 * rows from before sealing.
 */
async function openPgStore(url: string, secret: string): Promise<OpenedStore> {
  // PostgreSQL's driver is loaded only for a PostgreSQL URL.
  const { createPgStore, pgRaw, runPgMigrations } = await import('./storage/pg/index.js');
  const { tryFirstConnection } = await import('./storage/pg/first-connection.js');
  let store: PgStore;
  try {
    store = createPgStore(url, secret);
  } catch (error) {
    throw pgUrlProblem(error, url);
  }
  try {
    await tryFirstConnection(url).catch((error: unknown) => {
      throw pgConnectProblem(error, url);
    });
    const migrations = await runPgMigrations(store.pool).catch((error: unknown) => {
      throw pgMigrateProblem(error, url) ?? error;
    });
    await sealExistingRows(pgRaw(store.pool), secret);
    return {
      database: { dialect: 'postgres', pool: store.pool },
      store,
      migrations,
      close: () => store.pool.end(),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Opens and migrates the database, seals rows from before sealing, and makes the store over it. */
async function openStore(dbPath: string, secret: string): Promise<OpenedStore> {
  if (isPostgresUrl(dbPath)) return openPgStore(dbPath, secret);
  let db: Database;
  try {
    db = openDatabase(dbPath);
  } catch (error) {
    throw sqliteOpenProblem(error, dbPath) ?? error;
  }
  try {
    const migrations = runMigrations(db);
    await sealExistingRows(sqliteRaw(db), secret);
    const checkpoints = isFileBacked(dbPath) ? checkpointOffTheLoop(db, dbPath) : undefined;
    return {
      database: { dialect: 'sqlite', db, path: dbPath },
      store: createSqliteStore(db, secret),
      migrations,
      close: async () => {
        await checkpoints?.stop();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens and migrates the database and wires the core: shared by `start` and every CLI command. */
export async function openRuntime(config: AppConfig, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger(config.env.logLevel);
  const clock = options.clock ?? systemClock;
  // Before the database opens: without its key, Kulturpuls must not touch the data.
  const key = resolveSecret(config.env, { production: !config.platforms.local });
  for (const warning of key.warnings) logger.warn(warning);
  const { secret, source: secretSource } = key;
  const { database, store: opened, migrations, close } = await openStore(config.env.dbPath, secret);
  const settings = options.settings ?? config.settings;
  const writes = watchWrites(opened);
  const store = writes.store;
  const writeProblem = () =>
    writes.problem() ?? (database.dialect === 'sqlite' ? diskSpaceProblem(database.path) : undefined);
  const wakeOutbox = options.wakeOutbox;
  const core = createCore({
    capabilities: PLATFORM_CAPABILITIES,
    store,
    clock,
    settings,
    secret,
    logger,
    ...(wakeOutbox ? { wakeOutbox } : {}),
  });
  return {
    config,
    settings,
    database,
    migrations,
    store,
    core,
    clock,
    logger,
    secret,
    secretSource,
    writeProblem,
    close,
  };
}
