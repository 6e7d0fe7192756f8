import { and, asc, gte, lt, sql } from 'drizzle-orm';
import type { AggregateRepository } from '../../core/ports.js';
import { type PgOrm, run } from './orm.js';
import { monthlyAggregates } from './schema/index.js';

const added = (i: number) =>
  sql.raw(`(monthly_aggregates.counts->>${i})::int + (excluded.counts->>${i})::int`);

export function createPgAggregateRepository(orm: PgOrm): AggregateRepository {
  return {
    // Adds to what is there in one statement per row (the key treats a NULL sector as one value).
    add(rows) {
      for (const row of rows) {
        run(
          orm
            .insert(monthlyAggregates)
            .values(row)
            .onConflictDoUpdate({
              target: [monthlyAggregates.month, monthlyAggregates.questionId, monthlyAggregates.sector],
              set: {
                n: sql`${monthlyAggregates.n} + excluded.n`,
                sum: sql`${monthlyAggregates.sum} + excluded.sum`,
                counts: sql`json_build_array(${added(0)}, ${added(1)}, ${added(2)}, ${added(3)}, ${added(4)})`,
              },
            }),
        );
      }
    },
    inMonths: (from, to) =>
      run(
        orm
          .select()
          .from(monthlyAggregates)
          .where(and(gte(monthlyAggregates.month, from), lt(monthlyAggregates.month, to)))
          .orderBy(
            asc(monthlyAggregates.month),
            asc(monthlyAggregates.questionId),
            sql`${monthlyAggregates.sector} ASC NULLS FIRST`,
          ),
      ),
  };
}
