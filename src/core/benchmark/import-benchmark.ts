import type { Store } from '../ports.js';
import type { Settings } from '../settings.js';
import { BENCHMARK_FORMAT, type CombinedBenchmark } from './combine.js';
import { BenchmarkRefusal } from './refusal.js';
import { readSignedFile } from './signed-file.js';

/**
 * Verifies the coordinator's file against the key in the config and stores it as received. A file
 * signed by any other key is refused, however valid its signature.
 */
export async function importBenchmark(
  deps: { store: Store; settings: Settings; now: string },
  file: { name: string; text: string },
): Promise<CombinedBenchmark> {
  const coordinatorKey = deps.settings.benchmark?.coordinatorKey;
  if (!coordinatorKey) throw new BenchmarkRefusal('noCoordinatorKey');
  const { payload, signature } = readSignedFile<CombinedBenchmark>(file.text, BENCHMARK_FORMAT, file.name);
  if (signature.publicKey !== coordinatorKey)
    throw new BenchmarkRefusal('wrongCoordinator', { file: file.name });
  await deps.store.benchmarks.save({ month: payload.month, body: file.text, importedAt: deps.now });
  return payload;
}

/** The stored file's figures (verified when it was imported). */
export function storedFigures(body: string): CombinedBenchmark {
  return (JSON.parse(body) as { payload: CombinedBenchmark }).payload;
}
