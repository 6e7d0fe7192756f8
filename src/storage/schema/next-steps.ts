import { defineTable } from './columns.js';
import { reflectionsTable } from './reflections.js';

export const CHECK_BACK_OUTCOMES = ['done', 'not_yet', 'dropped'] as const;

/** A learning-loop next step followed up: its owner, when to ask, and what they answered. */
export const nextStepsTable = defineTable(
  'next_steps',
  (c) => ({
    reflectionId: c.op
      .text('reflection_id')
      .primaryKey()
      .references(() => reflectionsTable(c).id, { onDelete: 'cascade' }),
    ownerKey: c.sealed('next-steps.owner', 'person').text('owner_key'),
    text: c.anonymous.text('text').notNull(),
    ownerText: c.sealed('owner-text', 'text').text('owner_text'),
    /** Local date (YYYY-MM-DD) the owner is asked "did you try it?". */
    dueOn: c.op.text('due_on').notNull(),
    remindedAt: c.op.text('reminded_at'),
    outcome: c.anonymous.text('outcome', { enum: CHECK_BACK_OUTCOMES }),
    learned: c.anonymous.text('learned'),
    answeredAt: c.op.text('answered_at'),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [c.index('next_steps_due_idx').on(t.dueOn), c.index('next_steps_owner_idx').on(t.ownerKey)],
);
