import type { AppConfig } from './config.js';
import { loadOrCreateSecret } from './config.js';
import { type Core, createCore } from './core/create-core.js';
import type { Clock, Logger, Store } from './core/ports.js';
import type { Settings } from './core/settings.js';
import { createLogger } from './logger.js';
import { createSqliteStore, type Database, openDatabase, runMigrations } from './storage/index.js';

export interface Runtime {
  config: AppConfig;
  settings: Settings;
  db: Database;
  store: Store;
  core: Core;
  clock: Clock;
  logger: Logger;
  /** Keys the pulse pseudonyms; the demo generator writes answers as votes would. */
  secret: string;
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

/** Opens and migrates the database and wires the core: shared by `start` and every CLI command. */
export function openRuntime(config: AppConfig, options: RuntimeOptions = {}): Runtime {
  const logger = options.logger ?? createLogger(config.env.logLevel);
  const clock = options.clock ?? systemClock;
  const db = openDatabase(config.env.dbPath);
  try {
    runMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const store = createSqliteStore(db);
  const settings = options.settings ?? config.settings;
  const secret = loadOrCreateSecret(config.env.secret, config.env.dbPath);
  const wakeOutbox = options.wakeOutbox;
  const core = createCore({ store, clock, settings, secret, logger, ...(wakeOutbox ? { wakeOutbox } : {}) });
  return { config, settings, db, store, core, clock, logger, secret, close: () => db.close() };
}
