import { DIMENSIONS, STORY_PHASES } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const storiesTable = defineTable(
  'stories',
  (c) => ({
    id: c.op.text('id').primaryKey(),
    authorKey: c.sealed('stories.author', 'person').text('author_key').notNull(),
    title: c.public.text('title').notNull(),
    whatChanged: c.public.text('what_changed').notNull(),
    whoBenefits: c.public.text('who_benefits').notNull(),
    inUse: c.public.boolean('in_use').notNull(),
    canSpread: c.public.boolean('can_spread').notNull(),
    sectors: c.public.json('sectors').$type<string[]>().notNull(),
    learned: c.public.text('learned').notNull(),
    nextStepOwner: c.public.text('next_step_owner').notNull(),
    phase: c.public.text('phase', { enum: STORY_PHASES }),
    dimension: c.public.text('dimension', { enum: DIMENSIONS }),
    reactions: c.anonymous.integer('reactions').notNull().default(0),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [
    c.index('stories_created_at_idx').on(t.createdAt),
    c.index('stories_author_idx').on(t.authorKey),
  ],
);
