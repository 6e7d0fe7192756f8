import { DIMENSIONS, STORY_PHASES } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const storiesTable = defineTable((c) =>
  c.table(
    'stories',
    {
      id: c.text('id').primaryKey(),
      authorKey: c.text('author_key').notNull(),
      title: c.text('title').notNull(),
      whatChanged: c.text('what_changed').notNull(),
      whoBenefits: c.text('who_benefits').notNull(),
      inUse: c.boolean('in_use').notNull(),
      canSpread: c.boolean('can_spread').notNull(),
      sectors: c.json('sectors').$type<string[]>().notNull(),
      learned: c.text('learned').notNull(),
      nextStepOwner: c.text('next_step_owner').notNull(),
      phase: c.text('phase', { enum: STORY_PHASES }),
      dimension: c.text('dimension', { enum: DIMENSIONS }),
      reactions: c.integer('reactions').notNull().default(0),
      createdAt: c.text('created_at').notNull(),
    },
    (t) => [c.index('stories_created_at_idx').on(t.createdAt), c.index('stories_author_idx').on(t.authorKey)],
  ),
);
