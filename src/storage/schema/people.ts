import { LOCALES, PLATFORMS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const peopleTable = defineTable(
  'people',
  (c) => ({
    key: c.sealed('person', 'person').text('key').primaryKey(),
    platform: c.op.text('platform', { enum: PLATFORMS }).notNull(),
    userId: c.sealed('person', 'person').text('user_id').notNull(),
    displayName: c.sealed('people.name', 'text').text('display_name').notNull(),
    email: c.sealed('people.email', 'text').text('email'),
    sector: c.anonymous.text('sector'),
    locale: c.op.text('locale', { enum: LOCALES }),
    paused: c.op.boolean('paused').notNull().default(false),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [c.uniqueIndex('people_platform_user_idx').on(t.platform, t.userId)],
);
