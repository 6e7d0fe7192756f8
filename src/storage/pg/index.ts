export { describeDatabase, isPostgresUrl, pgTarget, pgTargetText } from '../../config/database-url.js';
export { defaultPgMigrationsFolder, runPgMigrations } from './migrate.js';
export { PG_LIMITS, type PgLimits, pgPoolConfig } from './pool-settings.js';
export { pgRaw } from './raw-sql.js';
export { createPgPool, createPgStore, type PgStore } from './store.js';
