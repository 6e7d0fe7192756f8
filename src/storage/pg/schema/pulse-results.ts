import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { pulses } from './pulses.js';

export const pulseResults = pgTable(
  'pulse_results',
  {
    pulseId: text('pulse_id')
      .primaryKey()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    dueAt: text('due_at').notNull(),
    note: text('note'),
    notedAt: text('noted_at'),
    sharedAt: text('shared_at'),
  },
  (t) => [index('pulse_results_shared_due_idx').on(t.sharedAt, t.dueAt)],
);
