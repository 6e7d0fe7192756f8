import { OCCURRENCE_STATUSES, SCHEDULE_KINDS } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';

export const occurrencesTable = defineTable((c) =>
  c.table(
    'occurrences',
    {
      key: c.text('key').primaryKey(),
      scheduleId: c.text('schedule_id').notNull(),
      kind: c.text('kind', { enum: SCHEDULE_KINDS }).notNull(),
      scheduledFor: c.text('scheduled_for').notNull(),
      status: c.text('status', { enum: OCCURRENCE_STATUSES }).notNull(),
      reason: c.text('reason'),
      createdAt: c.text('created_at').notNull(),
    },
    (t) => [c.index('occurrences_schedule_idx').on(t.scheduleId, t.scheduledFor)],
  ),
);
