import { OCCURRENCE_STATUSES, SCHEDULE_KINDS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const occurrencesTable = defineTable(
  'occurrences',
  (c) => ({
    key: c.op.text('key').primaryKey(),
    scheduleId: c.op.text('schedule_id').notNull(),
    kind: c.op.text('kind', { enum: SCHEDULE_KINDS }).notNull(),
    scheduledFor: c.op.text('scheduled_for').notNull(),
    status: c.op.text('status', { enum: OCCURRENCE_STATUSES }).notNull(),
    reason: c.op.text('reason'),
    createdAt: c.op.text('created_at').notNull(),
  }),
  (t, c) => [c.index('occurrences_schedule_idx').on(t.scheduleId, t.scheduledFor)],
);
