import { and, asc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { MonthlyAggregate } from '../../core/ports.js';
import type { Kit } from '../kit.js';
import type { ScaleCounts } from '../schema/monthly-aggregates.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

export function aggregateRepository(kit: Kit): InnerRepositories['aggregates'] {
  const { monthlyAggregates } = kit.t;

  // The row's key; a NULL sector (all sectors) is one value of it. SQLite's primary key treats NULLs
  // as distinct, so this is read and then written rather than upserted (the same on both dialects).
  const keyOf = (row: MonthlyAggregate) =>
    and(
      eq(monthlyAggregates.month, row.month),
      eq(monthlyAggregates.questionId, row.questionId),
      row.sector === null ? isNull(monthlyAggregates.sector) : eq(monthlyAggregates.sector, row.sector),
    );

  async function addOne({ db }: Kit, row: MonthlyAggregate): Promise<void> {
    const [existing] = await db.select().from(monthlyAggregates).where(keyOf(row));
    if (!existing) {
      await db.insert(monthlyAggregates).values(row);
      return;
    }
    const counts = existing.counts.map((n, i) => n + (row.counts[i] ?? 0)) as ScaleCounts;
    await db
      .update(monthlyAggregates)
      .set({ n: existing.n + row.n, sum: existing.sum + row.sum, counts })
      .where(keyOf(row));
  }

  return {
    // Adds to what is there: a month is folded in once, as its raw answers are deleted in the same
    // transaction, so running retention again finds nothing more to add.
    async add(rows) {
      if (rows.length === 0) return;
      await kit.atomic(async (k) => {
        for (const row of rows) await addOne(k, row);
      });
    },

    async inMonths(from, to) {
      return kit.db
        .select()
        .from(monthlyAggregates)
        .where(and(gte(monthlyAggregates.month, from), lt(monthlyAggregates.month, to)))
        .orderBy(
          asc(monthlyAggregates.month),
          asc(monthlyAggregates.questionId),
          // SQLite's default order; PostgreSQL puts NULLs last unless told.
          sql`${monthlyAggregates.sector} ASC NULLS FIRST`,
        );
    },
  };
}
