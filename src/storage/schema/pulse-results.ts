import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { pulses } from './pulses.js';

/** Results shared back to a closed pulse's channel: when they go out, and the lead's one sentence. */
export const pulseResults = sqliteTable(
  'pulse_results',
  {
    pulseId: text('pulse_id')
      .primaryKey()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    /** Shared on its own from this time unless a lead's note sends it earlier. */
    dueAt: text('due_at').notNull(),
    note: text('note'),
    notedAt: text('noted_at'),
    sharedAt: text('shared_at'),
  },
  (t) => [index('pulse_results_shared_due_idx').on(t.sharedAt, t.dueAt)],
);
