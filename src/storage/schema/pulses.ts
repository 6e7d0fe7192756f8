import { type ColumnKit, defineTable } from './columns.js';

// No foreign key to occurrences: a pulse may be created before (or without) its occurrence row.
export const pulsesTable = defineTable(
  'pulses',
  (c) => ({
    id: c.op.text('id').primaryKey(),
    occurrenceKey: c.op.text('occurrence_key'),
    questionIds: c.op.json('question_ids').$type<string[]>().notNull(),
    opensAt: c.op.text('opens_at').notNull(),
    closesAt: c.op.text('closes_at').notNull(),
    closedAt: c.op.text('closed_at'),
  }),
  (t, c) => [c.index('pulses_closes_at_idx').on(t.closesAt)],
);

/** A column naming a pulse: its rows go with the pulse. */
export const pulseIdColumn = (c: ColumnKit) =>
  c.op.text('pulse_id').references(() => pulsesTable(c).id, { onDelete: 'cascade' });
