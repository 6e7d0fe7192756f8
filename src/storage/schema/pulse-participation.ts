import { defineTable } from './columns.js';
import { pulseIdColumn } from './pulses.js';

export const pulseParticipationTable = defineTable((c) =>
  c.table(
    'pulse_participation',
    {
      pulseId: pulseIdColumn(c).notNull(),
      personKey: c.sealed('person', 'person').text('person_key').notNull(),
      answeredAt: c.op.text('answered_at').notNull(),
    },
    (t) => [c.primaryKey({ columns: [t.pulseId, t.personKey] })],
  ),
);
