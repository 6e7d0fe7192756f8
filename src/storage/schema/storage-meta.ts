import { defineTable } from './columns.js';

/** Facts about the stored data itself, e.g. which version of the sealing its rows are in. */
export const storageMetaTable = defineTable('storage_meta', (c) => ({
  key: c.op.text('key').primaryKey(),
  value: c.op.text('value').notNull(),
}));
