import type { AppConfig } from './config.js';
import { loadOrCreateSecret } from './config.js';
import { type Core, createCore } from './core/create-core.js';
import type { Clock, Logger, Store } from './core/ports.js';
import type { Settings } from './core/settings.js';
import { demoRoles, seedDemoWorkspace } from './local/demo-workspace.js';
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
  close(): void;
}

export const systemClock: Clock = { now: () => new Date() };

/** In local mode the demo people get their roles, so the whole product can be tried out. */
function effectiveSettings(config: AppConfig): Settings {
  if (!config.platforms.local) return config.settings;
  const demo = demoRoles();
  const roles = config.settings.roles;
  return {
    ...config.settings,
    roles: {
      ...roles,
      leads: [...roles.leads, ...demo.leads],
      managers: [...roles.managers, ...demo.managers],
    },
  };
}

/** Opens and migrates the database and wires the core: shared by `start` and every CLI command. */
export function openRuntime(config: AppConfig, options: { clock?: Clock; logger?: Logger } = {}): Runtime {
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
  const settings = effectiveSettings(config);
  if (config.platforms.local) seedDemoWorkspace(store, clock.now().toISOString());
  const secret = loadOrCreateSecret(config.env.secret, config.env.dbPath);
  const core = createCore({ store, clock, settings, secret, logger });
  return { config, settings, db, store, core, clock, logger, close: () => db.close() };
}
