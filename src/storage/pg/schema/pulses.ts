import { sql } from 'drizzle-orm';
import { check, index, integer, json, pgTable, primaryKey, text, unique } from 'drizzle-orm/pg-core';
import type { ScaleValue } from '../../../core/vocabulary.js';
import type { ScaleCounts } from '../../schema/monthly-aggregates.js';

export const pulses = pgTable(
  'pulses',
  {
    id: text('id').primaryKey(),
    occurrenceKey: text('occurrence_key'),
    questionIds: json('question_ids').$type<string[]>().notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    closedAt: text('closed_at'),
  },
  (t) => [index('pulses_closes_at_idx').on(t.closesAt)],
);

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

export const pulseResults = pgTable(
  'pulse_results',
  {
    pulseId: text('pulse_id')
      .primaryKey()
      .references(() => pulses.id, { onDelete: 'cascade' }),
    dueAt: text('due_at').notNull(),
    note: text('note'),
    notedAt: text('noted_at'),
    sharedAt: text('shared_at'),
  },
  (t) => [index('pulse_results_shared_due_idx').on(t.sharedAt, t.dueAt)],
);

// `sector` null = all sectors: one row per month × statement × sector, NULL included (PostgreSQL 15).
export const monthlyAggregates = pgTable(
  'monthly_aggregates',
  {
    month: text('month').notNull(),
    questionId: text('question_id').notNull(),
    sector: text('sector'),
    n: integer('n').notNull(),
    sum: integer('sum').notNull(),
    counts: json('counts').$type<ScaleCounts>().notNull(),
  },
  (t) => [unique('monthly_aggregates_key').on(t.month, t.questionId, t.sector).nullsNotDistinct()],
);
