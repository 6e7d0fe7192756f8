import { defineTable } from './columns.js';
import { pulseIdColumn } from './pulses.js';

export const pulseParticipationTable = defineTable(
  'pulse_participation',
  (c) => ({
    pulseId: pulseIdColumn(c).notNull(),
    personKey: c.sealed('person', 'person').text('person_key').notNull(),
    answeredAt: c.op.text('answered_at').notNull(),
  }),
  (t, c) => [c.primaryKey({ columns: [t.pulseId, t.personKey] })],
);
