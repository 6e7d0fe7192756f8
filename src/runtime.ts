import type { AppConfig } from './config.js';
import { loadOrCreateSecret } from './config.js';
import { type Core, createCore } from './core/create-core.js';
import type { Clock, Logger, Store } from './core/ports.js';
import type { Settings } from './core/settings.js';
import { createLogger } from './logger.js';
import { createSqliteStore, type Database, openDatabase, runMigrations } from './storage/index.js';
import { createPgStore, isPostgresUrl, type PgBridge, runPgMigrations } from './storage/pg/index.js';
import { diskSpaceProblem, watchWrites } from './write-failures.js';

/** What the CLI needs of the database beyond the store, per dialect. */
export type RuntimeDatabase =
  | { dialect: 'sqlite'; db: Database; path: string }
  | {
      dialect: 'postgres';
      bridge: PgBridge;
      /** The URL without its password, for messages. */
      location: string;
    };

export interface Runtime {
  config: AppConfig;
  settings: Settings;
  database: RuntimeDatabase;
  store: Store;
  core: Core;
  clock: Clock;
  logger: Logger;
  /** Keys the pulse pseudonyms; the demo generator writes answers as votes would. */
  secret: string;
  /** Why writes fail now (`disk full`, `read-only`, `I/O error`), or undefined: what `/healthz` reports. */
  writeProblem(): string | undefined;
  close(): void;
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

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function openStore(dbPath: string): { store: Store; database: RuntimeDatabase; close(): void } {
  if (isPostgresUrl(dbPath)) {
    const store = createPgStore(dbPath);
    try {
      runPgMigrations(store.bridge);
    } catch (error) {
      store.close();
      throw error;
    }
    const database = {
      dialect: 'postgres' as const,
      bridge: store.bridge,
      location: withoutPassword(dbPath),
    };
    return { store, database, close: () => store.close() };
  }
  const db = openDatabase(dbPath);
  try {
    runMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    store: createSqliteStore(db),
    database: { dialect: 'sqlite', db, path: dbPath },
    close: () => db.close(),
  };
}

/** Opens and migrates the database and wires the core: shared by `start` and every CLI command. */
export function openRuntime(config: AppConfig, options: RuntimeOptions = {}): Runtime {
  const logger = options.logger ?? createLogger(config.env.logLevel);
  const clock = options.clock ?? systemClock;
  const opened = openStore(config.env.dbPath);
  const { database, close } = opened;
  const writes = watchWrites(opened.store);
  const store = writes.store;
  const writeProblem = () =>
    writes.problem() ?? (database.dialect === 'sqlite' ? diskSpaceProblem(database.path) : undefined);
  const settings = options.settings ?? config.settings;
  // On PostgreSQL the key cannot sit beside a database file: the config requires KULTURPULS_SECRET.
  const secret =
    database.dialect === 'postgres'
      ? (config.env.secret as string)
      : loadOrCreateSecret(config.env.secret, config.env.dbPath);
  const wakeOutbox = options.wakeOutbox;
  const core = createCore({ store, clock, settings, secret, logger, ...(wakeOutbox ? { wakeOutbox } : {}) });
  return { config, settings, database, store, core, clock, logger, secret, writeProblem, close };
}
