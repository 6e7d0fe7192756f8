import { defineTable } from './columns.js';

export const REFLECTION_KINDS = ['reflection', 'learning'] as const;

export const reflectionsTable = defineTable(
  'reflections',
  (c) => ({
    id: c.op.text('id').primaryKey(),
    occurrenceKey: c.op.text('occurrence_key'),
    questionId: c.op.text('question_id').notNull(),
    kind: c.op.text('kind', { enum: REFLECTION_KINDS }).notNull(),
    authorKey: c.sealed('reflections.author', 'person').text('author_key'),
    text: c.anonymous.text('text').notNull(),
    tryNext: c.anonymous.text('try_next'),
    nextStepOwner: c.sealed('owner-text', 'text').text('next_step_owner'),
    nextStepDoneAt: c.op.text('next_step_done_at'),
    sector: c.anonymous.text('sector'),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [
    c.index('reflections_created_at_idx').on(t.createdAt),
    c.index('reflections_author_idx').on(t.authorKey),
  ],
);
