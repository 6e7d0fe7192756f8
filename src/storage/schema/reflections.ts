import { defineTable } from './columns.js';

export const REFLECTION_KINDS = ['reflection', 'learning'] as const;

export const reflectionsTable = defineTable((c) =>
  c.table(
    'reflections',
    {
      id: c.text('id').primaryKey(),
      occurrenceKey: c.text('occurrence_key'),
      questionId: c.text('question_id').notNull(),
      kind: c.text('kind', { enum: REFLECTION_KINDS }).notNull(),
      authorKey: c.text('author_key'),
      text: c.text('text').notNull(),
      tryNext: c.text('try_next'),
      nextStepOwner: c.text('next_step_owner'),
      nextStepDoneAt: c.text('next_step_done_at'),
      sector: c.text('sector'),
      createdAt: c.text('created_at').notNull(),
    },
    (t) => [
      c.index('reflections_created_at_idx').on(t.createdAt),
      c.index('reflections_author_idx').on(t.authorKey),
    ],
  ),
);
