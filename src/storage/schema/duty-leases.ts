import { defineTable } from './columns.js';

/**
 * Duties that must run once across replicas on one database (retention, the scheduler's jobs). A
 * lease rather than a lock: it works on SQLite and PostgreSQL alike and runs out when its holder dies.
 */
export const dutyLeasesTable = defineTable('duty_leases', (c) => ({
  name: c.op.text('name').primaryKey(),
  owner: c.op.text('owner').notNull(),
  leaseUntil: c.op.text('lease_until').notNull(),
  token: c.op.integer('token').notNull(),
}));
