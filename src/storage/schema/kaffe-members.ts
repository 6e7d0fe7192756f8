import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** People who opted in to Kaffe på tvers. */
export const kaffeMembers = sqliteTable('kaffe_members', {
  personKey: text('person_key').primaryKey(),
  joinedAt: text('joined_at').notNull(),
  /** Left out of the next round only (then cleared). */
  skipNext: integer('skip_next', { mode: 'boolean' }).notNull().default(false),
});
