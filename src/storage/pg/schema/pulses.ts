import { index, json, pgTable, text } from 'drizzle-orm/pg-core';

export const pulses = pgTable(
  'pulses',
  {
    id: text('id').primaryKey(),
    occurrenceKey: text('occurrence_key'),
    questionIds: json('question_ids').$type<string[]>().notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    closedAt: text('closed_at'),
  },
  (t) => [index('pulses_closes_at_idx').on(t.closesAt)],
);
