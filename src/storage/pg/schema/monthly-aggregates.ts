import { integer, json, pgTable, text, unique } from 'drizzle-orm/pg-core';
import type { ScaleCounts } from '../../schema/monthly-aggregates.js';

export type { ScaleCounts };

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
