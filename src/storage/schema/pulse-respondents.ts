import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { pulses } from './pulses.js';

// Who took part, counted per sector as it was when they answered: moving a person to another sector,
// or forgetting them, never changes a past month. No person is named here. `sector` '' = no sector
// (a primary key column cannot hold a comparable NULL).
export const pulseRespondents = sqliteTable(
  'pulse_respondents',
  {
    pulseId: text('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    sector: text('sector').notNull(),
    /** People who answered this pulse. */
    respondents: integer('respondents').notNull(),
    /** Of those, people for whom it was the first pulse answered in the pulse's month. */
    firstInMonth: integer('first_in_month').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pulseId, t.sector] })],
);
