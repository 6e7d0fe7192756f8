import { defineTable } from './columns.js';

/** Facts about the stored data itself, e.g. which version of the sealing its rows are in. */
export const storageMetaTable = defineTable((c) =>
  c.table('storage_meta', {
    key: c.op.text('key').primaryKey(),
    value: c.op.text('value').notNull(),
  }),
);
