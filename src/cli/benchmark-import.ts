import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createAuditTrail } from '../core/audit/audit-trail.js';
import { importBenchmark } from '../core/benchmark/import-benchmark.js';
import { localeOf, readText, refusingInOneLine } from './benchmark-files.js';
import { withRuntime } from './commands.js';
import { BENCHMARK_USAGE } from './help.js';
import { type CliIo, type ExitCode, UsageError } from './io.js';

/** `kulturpuls benchmark import FILE`: the coordinator's signed figures, for the digest to compare with. */
export function importCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(BENCHMARK_USAGE);
  return withRuntime(io, (runtime) =>
    refusingInOneLine(io, localeOf(values.lang, runtime.config), async () => {
      const text = readText(file);
      const benchmark = await importBenchmark(
        { store: runtime.store, settings: runtime.settings, now: runtime.clock.now().toISOString() },
        { name: basename(file), text },
      );
      await createAuditTrail(runtime).record('benchmark.imported', null, { month: benchmark.month });
      io.out(
        `Imported the benchmark for ${benchmark.month} (${benchmark.national.municipalities} municipalities); the digest compares with it.`,
      );
      return 0;
    }),
  );
}
