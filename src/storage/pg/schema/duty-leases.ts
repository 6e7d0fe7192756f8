import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/** Duties that must run once across replicas: a lease that runs out when its holder dies (as on SQLite). */
export const dutyLeases = pgTable('duty_leases', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(),
  leaseUntil: text('lease_until').notNull(),
  token: integer('token').notNull(),
});
