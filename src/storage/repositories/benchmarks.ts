import { desc, lte } from 'drizzle-orm';
import { first, type Kit, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

export function benchmarkRepository({ db, t }: Kit): InnerRepositories['benchmarks'] {
  const { benchmarks } = t;
  return {
    save: (benchmark) =>
      run(
        db
          .insert(benchmarks)
          .values(benchmark)
          .onConflictDoUpdate({
            target: benchmarks.month,
            set: { body: benchmark.body, importedAt: benchmark.importedAt },
          }),
      ),

    latest: (month) =>
      first(
        db
          .select()
          .from(benchmarks)
          .where(lte(benchmarks.month, month))
          .orderBy(desc(benchmarks.month))
          .limit(1),
      ),
  };
}
