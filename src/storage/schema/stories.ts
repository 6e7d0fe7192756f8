import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DIMENSIONS, STORY_PHASES } from '../../core/vocabulary.js';

export const stories = sqliteTable(
  'stories',
  {
    id: text('id').primaryKey(),
    authorKey: text('author_key').notNull(),
    title: text('title').notNull(),
    whatChanged: text('what_changed').notNull(),
    whoBenefits: text('who_benefits').notNull(),
    inUse: integer('in_use', { mode: 'boolean' }).notNull(),
    canSpread: integer('can_spread', { mode: 'boolean' }).notNull(),
    sectors: text('sectors', { mode: 'json' }).$type<string[]>().notNull(),
    learned: text('learned').notNull(),
    nextStepOwner: text('next_step_owner').notNull(),
    phase: text('phase', { enum: STORY_PHASES }),
    dimension: text('dimension', { enum: DIMENSIONS }),
    reactions: integer('reactions').notNull().default(0),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('stories_created_at_idx').on(t.createdAt), index('stories_author_idx').on(t.authorKey)],
);
