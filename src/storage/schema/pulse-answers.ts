import { sql } from 'drizzle-orm';
import type { ScaleValue } from '../../core/vocabulary.js';
import { defineTable } from './columns.js';
import { pulseIdColumn } from './pulses.js';

// Privacy rule: no user id here, ever, and no serial id or time of its own that could order it against
// pulse_participation (see PRIVACY.md). The pseudonym is per person per pulse; who answered lives in
// pulse_participation.
export const pulseAnswersTable = defineTable(
  'pulse_answers',
  (c) => ({
    pulseId: pulseIdColumn(c).notNull(),
    questionId: c.op.text('question_id').notNull(),
    pseudonym: c.anonymous.text('pseudonym').notNull(),
    value: c.anonymous.integer('value').$type<ScaleValue>().notNull(),
    comment: c.anonymous.text('comment'),
    sector: c.anonymous.text('sector'),
    answeredAt: c.op.text('answered_at').notNull(),
  }),
  (t, c) => [
    c.primaryKey({ columns: [t.pulseId, t.questionId, t.pseudonym] }),
    c.check('pulse_answers_value_check', sql`value BETWEEN 1 AND 5`),
    // The digest counts cells (pulse × statement × sector × value); this index answers it alone.
    c.index('pulse_answers_cells_idx').on(t.pulseId, t.questionId, t.sector, t.value),
  ],
);
