import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Facts about the stored data itself, e.g. which version of the sealing its rows are in. */
export const storageMeta = sqliteTable('storage_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
