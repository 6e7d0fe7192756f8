import { sql } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** How many answers had value 1, 2, 3, 4 and 5 (index 0 is value 1). */
export type ScaleCounts = [number, number, number, number, number];

// Survives retention: raw answers are deleted, these monthly sums stay. `sector` null = all sectors.
export const monthlyAggregates = sqliteTable(
  'monthly_aggregates',
  {
    month: text('month').notNull(),
    questionId: text('question_id').notNull(),
    sector: text('sector'),
    n: integer('n').notNull(),
    sum: integer('sum').notNull(),
    counts: text('counts', { mode: 'json' }).$type<ScaleCounts>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.questionId, t.sector] }),
    // SQLite treats NULLs in a primary key as distinct; this keeps one all-sectors row per month+question.
    uniqueIndex('monthly_aggregates_all_sectors_idx').on(t.month, t.questionId).where(sql`sector IS NULL`),
  ],
);
