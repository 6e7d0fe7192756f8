import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { LOCALES, PLATFORMS } from '../../core/vocabulary.js';

export const people = sqliteTable(
  'people',
  {
    key: text('key').primaryKey(),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    userId: text('user_id').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    sector: text('sector'),
    locale: text('locale', { enum: LOCALES }),
    paused: integer('paused', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('people_platform_user_idx').on(t.platform, t.userId)],
);
