import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { stories } from './stories.js';

// As on SQLite: one row per person, story and emoji; `reactor` is a keyed hash, different per story.
export const storyReactions = pgTable(
  'story_reactions',
  {
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    reactor: text('reactor').notNull(),
    reaction: text('reaction').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.reactor, t.reaction] })],
);
