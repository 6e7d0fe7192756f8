import { defineTable } from './columns.js';
import { pulsesTable } from './pulses.js';

export const pulseParticipationTable = defineTable((c) =>
  c.table(
    'pulse_participation',
    {
      pulseId: c
        .text('pulse_id')
        .notNull()
        .references(() => pulsesTable(c).id, { onDelete: 'cascade' }),
      personKey: c.text('person_key').notNull(),
      answeredAt: c.text('answered_at').notNull(),
    },
    (t) => [c.primaryKey({ columns: [t.pulseId, t.personKey] })],
  ),
);
