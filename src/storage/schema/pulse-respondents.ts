import { defineTable } from './columns.js';
import { pulseIdColumn } from './pulses.js';

// Who took part, counted per sector as it was when they answered: moving a person to another sector,
// or forgetting them, never changes a past month. No person is named here. `sector` '' = no sector
// (a primary key column cannot hold a comparable NULL).
export const pulseRespondentsTable = defineTable(
  'pulse_respondents',
  (c) => ({
    pulseId: pulseIdColumn(c).notNull(),
    sector: c.anonymous.text('sector').notNull(),
    /** People who answered this pulse. */
    respondents: c.anonymous.integer('respondents').notNull(),
    /** Of those, people for whom it was the first pulse answered in the pulse's month. */
    firstInMonth: c.anonymous.integer('first_in_month').notNull(),
  }),
  (t, c) => [c.primaryKey({ columns: [t.pulseId, t.sector] })],
);
