import { defineTable } from './columns.js';

/** People who opted in to Kaffe på tvers. */
export const kaffeMembersTable = defineTable('kaffe_members', (c) => ({
  personKey: c.sealed('kaffe', 'person').text('person_key').primaryKey(),
  joinedAt: c.op.text('joined_at').notNull(),
  /** Left out of the next round only (then cleared). */
  skipNext: c.op.boolean('skip_next').notNull().default(false),
}));
