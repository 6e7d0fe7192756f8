import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// No foreign key to occurrences: a pulse may be created before (or without) its occurrence row.
export const pulses = sqliteTable(
  'pulses',
  {
    id: text('id').primaryKey(),
    occurrenceKey: text('occurrence_key'),
    questionIds: text('question_ids', { mode: 'json' }).$type<string[]>().notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    closedAt: text('closed_at'),
  },
  (t) => [index('pulses_closes_at_idx').on(t.closesAt)],
);
