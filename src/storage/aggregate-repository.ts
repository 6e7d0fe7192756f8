import { and, asc, gte, lt, sql } from 'drizzle-orm';
import type { AggregateRepository, MonthlyAggregate } from '../core/ports.js';
import type { Orm } from './orm.js';
import { monthlyAggregates, type ScaleCounts } from './schema/index.js';

export function createAggregateRepository(orm: Orm): AggregateRepository {
  return {
    // Adds to what is there: a month is folded in once, as its raw answers are deleted in the same
    // transaction, so running retention again finds nothing more to add.
    add(rows: MonthlyAggregate[]): void {
      for (const row of rows) {
        const existing = orm
          .select()
          .from(monthlyAggregates)
          .where(
            sql`${monthlyAggregates.month} = ${row.month} AND ${monthlyAggregates.questionId} = ${row.questionId} AND ${monthlyAggregates.sector} IS ${row.sector}`,
          )
          .get();
        if (!existing) {
          orm.insert(monthlyAggregates).values(row).run();
          continue;
        }
        const counts = existing.counts.map((n, i) => n + (row.counts[i] ?? 0)) as ScaleCounts;
        orm
          .update(monthlyAggregates)
          .set({ n: existing.n + row.n, sum: existing.sum + row.sum, counts })
          .where(
            sql`${monthlyAggregates.month} = ${row.month} AND ${monthlyAggregates.questionId} = ${row.questionId} AND ${monthlyAggregates.sector} IS ${row.sector}`,
          )
          .run();
      }
    },
    inMonths(from: string, to: string): MonthlyAggregate[] {
      return orm
        .select()
        .from(monthlyAggregates)
        .where(and(gte(monthlyAggregates.month, from), lt(monthlyAggregates.month, to)))
        .orderBy(
          asc(monthlyAggregates.month),
          asc(monthlyAggregates.questionId),
          asc(monthlyAggregates.sector),
        )
        .all();
    },
  };
}
