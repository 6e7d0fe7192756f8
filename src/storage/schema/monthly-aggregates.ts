import { sql } from 'drizzle-orm';
import { defineTable } from './columns.js';

/** How many answers had value 1, 2, 3, 4 and 5 (index 0 is value 1). */
export type ScaleCounts = [number, number, number, number, number];

// Survives retention: raw answers are deleted, these monthly sums stay. `sector` null = all sectors.
export const monthlyAggregatesTable = defineTable(
  'monthly_aggregates',
  (c) => ({
    month: c.op.text('month').notNull(),
    questionId: c.op.text('question_id').notNull(),
    sector: c.anonymous.text('sector'),
    n: c.anonymous.integer('n').notNull(),
    sum: c.anonymous.integer('sum').notNull(),
    counts: c.anonymous.json('counts').$type<ScaleCounts>().notNull(),
  }),
  // One row per month × statement × sector, NULL included. PostgreSQL (15+) says so in one constraint;
  // SQLite treats NULLs in a primary key as distinct, so a partial index keeps one all-sectors row.
  (t, c) =>
    c.dialect === 'postgres'
      ? [c.unique('monthly_aggregates_key').on(t.month, t.questionId, t.sector).nullsNotDistinct()]
      : [
          c.primaryKey({ columns: [t.month, t.questionId, t.sector] }),
          c
            .uniqueIndex('monthly_aggregates_all_sectors_idx')
            .on(t.month, t.questionId)
            .where(sql`sector IS NULL`),
        ],
);
