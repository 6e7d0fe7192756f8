import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { REFLECTION_KINDS } from '../../schema/reflections.js';

export { REFLECTION_KINDS };

export const reflections = pgTable(
  'reflections',
  {
    id: text('id').primaryKey(),
    occurrenceKey: text('occurrence_key'),
    questionId: text('question_id').notNull(),
    kind: text('kind', { enum: REFLECTION_KINDS }).notNull(),
    authorKey: text('author_key'),
    text: text('text').notNull(),
    tryNext: text('try_next'),
    nextStepOwner: text('next_step_owner'),
    nextStepDoneAt: text('next_step_done_at'),
    sector: text('sector'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('reflections_created_at_idx').on(t.createdAt),
    index('reflections_author_idx').on(t.authorKey),
  ],
);
