import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { pulses } from './pulses.js';

export const pulseRespondents = pgTable(
  'pulse_respondents',
  {
    pulseId: text('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    sector: text('sector').notNull(),
    respondents: integer('respondents').notNull(),
    firstInMonth: integer('first_in_month').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pulseId, t.sector] })],
);
