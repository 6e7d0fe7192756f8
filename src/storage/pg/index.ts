export { createPgBridge, type PgBridge, PgError, type PgResult } from './bridge.js';
export { defaultPgMigrationsFolder, runPgMigrations } from './migrate.js';
export { countImportedRespondents as countImportedPgRespondents } from './participation-repository.js';
export { createPgStore, type PgStore, withLockTimeout } from './store.js';

/** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is a SQLite path. */
export const isPostgresUrl = (value: string | undefined): value is string =>
  value !== undefined && /^postgres(ql)?:\/\//i.test(value);
