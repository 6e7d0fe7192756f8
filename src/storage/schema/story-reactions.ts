import { defineTable } from './columns.js';
import { storiesTable } from './stories.js';

// One row per person, story and emoji. `reactor` is a keyed hash of the person, different for every
// story (see `storyReactor`): stories are ranked by distinct people without keeping who they are.
export const storyReactionsTable = defineTable(
  'story_reactions',
  (c) => ({
    storyId: c.op
      .text('story_id')
      .notNull()
      .references(() => storiesTable(c).id, { onDelete: 'cascade' }),
    reactor: c.anonymous.text('reactor').notNull(),
    /** The emoji name (Slack), or `clap` for the local page's 👏. */
    reaction: c.anonymous.text('reaction').notNull(),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [c.primaryKey({ columns: [t.storyId, t.reactor, t.reaction] })],
);
