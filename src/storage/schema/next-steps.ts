import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reflections } from './reflections.js';

export const CHECK_BACK_OUTCOMES = ['done', 'not_yet', 'dropped'] as const;

/** A learning-loop next step followed up: its owner, when to ask, and what they answered. */
export const nextSteps = sqliteTable(
  'next_steps',
  {
    reflectionId: text('reflection_id')
      .primaryKey()
      .references(() => reflections.id, { onDelete: 'cascade' }),
    ownerKey: text('owner_key'),
    text: text('text').notNull(),
    ownerText: text('owner_text'),
    /** Local date (YYYY-MM-DD) the owner is asked "did you try it?". */
    dueOn: text('due_on').notNull(),
    remindedAt: text('reminded_at'),
    outcome: text('outcome', { enum: CHECK_BACK_OUTCOMES }),
    learned: text('learned'),
    answeredAt: text('answered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('next_steps_due_idx').on(t.dueOn), index('next_steps_owner_idx').on(t.ownerKey)],
);
