import { boolean, pgTable, text } from 'drizzle-orm/pg-core';

export const kaffeMembers = pgTable('kaffe_members', {
  personKey: text('person_key').primaryKey(),
  joinedAt: text('joined_at').notNull(),
  skipNext: boolean('skip_next').notNull().default(false),
});
