import { boolean, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { LOCALES, PLATFORMS } from '../../../core/vocabulary.js';

export const people = pgTable(
  'people',
  {
    key: text('key').primaryKey(),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    userId: text('user_id').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    sector: text('sector'),
    locale: text('locale', { enum: LOCALES }),
    paused: boolean('paused').notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('people_platform_user_idx').on(t.platform, t.userId)],
);
