import { defineTable } from './columns.js';
import { pulseIdColumn } from './pulses.js';

/** Results shared back to a closed pulse's channel: when they go out, and the lead's one sentence. */
export const pulseResultsTable = defineTable(
  'pulse_results',
  (c) => ({
    pulseId: pulseIdColumn(c).primaryKey(),
    /** Shared on its own from this time unless a lead's note sends it earlier. */
    dueAt: c.op.text('due_at').notNull(),
    note: c.public.text('note'),
    notedAt: c.op.text('noted_at'),
    sharedAt: c.op.text('shared_at'),
  }),
  (t, c) => [c.index('pulse_results_shared_due_idx').on(t.sharedAt, t.dueAt)],
);
