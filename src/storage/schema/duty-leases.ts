import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Duties that must run once across replicas on one database (retention, the scheduler's jobs). A
 * lease rather than a lock: it works on SQLite and PostgreSQL alike and runs out when its holder dies.
 */
export const dutyLeases = sqliteTable('duty_leases', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(),
  leaseUntil: text('lease_until').notNull(),
  token: integer('token').notNull(),
});
