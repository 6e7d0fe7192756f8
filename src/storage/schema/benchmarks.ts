import { defineTable } from './columns.js';

/**
 * Imported KOSTRA benchmarks: the coordinator's signed file for a month, kept as received (verified
 * on import), so what the digest compares with can be audited against the coordinator's copy.
 */
export const benchmarksTable = defineTable('benchmarks', (c) => ({
  month: c.op.text('month').primaryKey(),
  body: c.anonymous.text('body').notNull(),
  importedAt: c.op.text('imported_at').notNull(),
}));
