import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { CHECK_BACK_OUTCOMES } from '../../schema/next-steps.js';
import { reflections } from './reflections.js';

export { CHECK_BACK_OUTCOMES };

export const nextSteps = pgTable(
  'next_steps',
  {
    reflectionId: text('reflection_id')
      .primaryKey()
      .references(() => reflections.id, { onDelete: 'cascade' }),
    ownerKey: text('owner_key'),
    text: text('text').notNull(),
    ownerText: text('owner_text'),
    dueOn: text('due_on').notNull(),
    remindedAt: text('reminded_at'),
    outcome: text('outcome', { enum: CHECK_BACK_OUTCOMES }),
    learned: text('learned'),
    answeredAt: text('answered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('next_steps_due_idx').on(t.dueOn), index('next_steps_owner_idx').on(t.ownerKey)],
);
