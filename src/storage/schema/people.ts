import { LOCALES, PLATFORMS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const peopleTable = defineTable((c) =>
  c.table(
    'people',
    {
      key: c.text('key').primaryKey(),
      platform: c.text('platform', { enum: PLATFORMS }).notNull(),
      userId: c.text('user_id').notNull(),
      displayName: c.text('display_name').notNull(),
      email: c.text('email'),
      sector: c.text('sector'),
      locale: c.text('locale', { enum: LOCALES }),
      paused: c.boolean('paused').notNull().default(false),
      createdAt: c.text('created_at').notNull(),
    },
    (t) => [c.uniqueIndex('people_platform_user_idx').on(t.platform, t.userId)],
  ),
);
