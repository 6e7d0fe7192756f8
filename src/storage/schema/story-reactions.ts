import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { stories } from './stories.js';

// One row per person, story and emoji. `reactor` is a keyed hash of the person, different for every
// story (see `storyReactor`): stories are ranked by distinct people without keeping who they are.
export const storyReactions = sqliteTable(
  'story_reactions',
  {
    storyId: text('story_id')
      .notNull()
      .references(() => stories.id, { onDelete: 'cascade' }),
    reactor: text('reactor').notNull(),
    /** The emoji name (Slack), or `clap` for the local page's 👏. */
    reaction: text('reaction').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.reactor, t.reaction] })],
);
