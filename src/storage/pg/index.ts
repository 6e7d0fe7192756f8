export { defaultPgMigrationsFolder, runPgMigrations } from './migrate.js';
export { PG_LIMITS, type PgLimits, pgPoolConfig } from './pool-settings.js';
export { createPgPool, createPgStore, type PgStore } from './store.js';

/** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is a SQLite path. */
export const isPostgresUrl = (value: string | undefined): value is string =>
  value !== undefined && /^postgres(ql)?:\/\//i.test(value);
