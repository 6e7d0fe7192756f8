import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { OCCURRENCE_STATUSES, SCHEDULE_KINDS } from '../../../core/vocabulary.js';

export const occurrences = pgTable(
  'occurrences',
  {
    key: text('key').primaryKey(),
    scheduleId: text('schedule_id').notNull(),
    kind: text('kind', { enum: SCHEDULE_KINDS }).notNull(),
    scheduledFor: text('scheduled_for').notNull(),
    status: text('status', { enum: OCCURRENCE_STATUSES }).notNull(),
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('occurrences_schedule_idx').on(t.scheduleId, t.scheduledFor)],
);
