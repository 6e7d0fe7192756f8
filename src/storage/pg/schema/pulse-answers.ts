import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { ScaleValue } from '../../../core/vocabulary.js';
import { pulses } from './pulses.js';

// Privacy rule: no user id here, and no serial id or time of its own that could order it against
// pulse_participation (see PRIVACY.md).
export const pulseAnswers = pgTable(
  'pulse_answers',
  {
    pulseId: text('pulse_id')
      .notNull()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    pseudonym: text('pseudonym').notNull(),
    value: integer('value').$type<ScaleValue>().notNull(),
    comment: text('comment'),
    sector: text('sector'),
    answeredAt: text('answered_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.pulseId, t.questionId, t.pseudonym] }),
    check('pulse_answers_value_check', sql`value BETWEEN 1 AND 5`),
    index('pulse_answers_cells_idx').on(t.pulseId, t.questionId, t.sector, t.value),
  ],
);
