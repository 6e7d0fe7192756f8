import { pgTable, text } from 'drizzle-orm/pg-core';

/** Facts about the stored data itself, e.g. which version of the sealing its rows are in. */
export const storageMeta = pgTable('storage_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
