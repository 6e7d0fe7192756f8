import { boolean, index, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import { DIMENSIONS, STORY_PHASES } from '../../../core/vocabulary.js';

export const stories = pgTable(
  'stories',
  {
    id: text('id').primaryKey(),
    authorKey: text('author_key').notNull(),
    title: text('title').notNull(),
    whatChanged: text('what_changed').notNull(),
    whoBenefits: text('who_benefits').notNull(),
    inUse: boolean('in_use').notNull(),
    canSpread: boolean('can_spread').notNull(),
    sectors: json('sectors').$type<string[]>().notNull(),
    learned: text('learned').notNull(),
    nextStepOwner: text('next_step_owner').notNull(),
    phase: text('phase', { enum: STORY_PHASES }),
    dimension: text('dimension', { enum: DIMENSIONS }),
    reactions: integer('reactions').notNull().default(0),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('stories_created_at_idx').on(t.createdAt), index('stories_author_idx').on(t.authorKey)],
);
