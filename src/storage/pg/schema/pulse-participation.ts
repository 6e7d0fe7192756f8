import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { pulses } from './pulses.js';

export const pulseParticipation = pgTable(
  'pulse_participation',
  {
    pulseId: text('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    personKey: text('person_key').notNull(),
    answeredAt: text('answered_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pulseId, t.personKey] })],
);
