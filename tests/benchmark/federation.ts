import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appDir } from '../digest/app-dir.js';
import { cli, type Municipality, publicKeyFile, simulate } from './municipalities.js';

// 14 municipalities in 4 KOSTRA groups: group 7 has only 3, and the one in group 16 has 4 people
// (fewer than minGroupSize 5), so it sends nothing.
export const SPECS = [
  ...[0, 1, 2, 3, 4].map((i) => ({ number: `910${i}`, group: 1, members: 30 + 5 * i, seed: 10 + i })),
  ...[0, 1, 2].map((i) => ({ number: `920${i}`, group: 7, members: 35 + 5 * i, seed: 20 + i })),
  ...[0, 1, 2, 3, 4].map((i) => ({ number: `930${i}`, group: 11, members: 40 + 4 * i, seed: 30 + i })),
  { number: '9400', group: 16, members: 4, seed: 40 },
];
export const MONTHS = ['2025-01', '2025-02'] as const;

export interface Area {
  municipalities: number;
  figures: Record<string, { mean: number; n: number; sd?: number; municipalities: number }>;
}
export interface Combined {
  payload: { month: string; weighting: string; national: Area; groups: Record<string, Area> };
}

export interface Federation {
  towns: Municipality[];
  coordinator: Awaited<ReturnType<typeof appDir>>;
  coordinatorRun: ReturnType<typeof cli>;
  keysFile: string;
  /** `number/month` → the exported file's text. */
  exported: Map<string, string>;
  combined: Map<string, Combined>;
  combinedFile: (month: string) => string;
  fileOf: (m: Municipality, month: string) => string;
  payloadOf: (
    number: string,
    month: string,
  ) => { figures: Record<string, { mean: number; n: number; sd?: number }> } & Record<string, unknown>;
  close(): Promise<void>;
}

/** Every municipality exports both months; the coordinator registers their keys and combines each month. */
export async function setUpFederation(): Promise<Federation> {
  const towns: Municipality[] = [];
  for (const spec of SPECS) towns.push(await simulate(spec));
  const coordinator = await appDir('bench-coordinator');
  const coordinatorRun = cli(coordinator.env);
  const keys = await coordinatorRun(['benchmark', 'keys']);
  if (keys.code !== 0) throw new Error(keys.err);
  const keysFile = join(coordinator.dir, 'registered-keys.txt');
  writeFileSync(
    keysFile,
    // The simulated numbers are not in SSB's table, so the coordinator pins each one's group here.
    towns.map((m) => `${m.number} ${readFileSync(publicKeyFile(m), 'utf8').trim()} ${m.group}`).join('\n'),
  );
  const exported = new Map<string, string>();
  const combined = new Map<string, Combined>();
  const fileOf = (m: Municipality, month: string) => join(m.dir, `export-${month}.json`);
  const combinedFile = (month: string) => join(coordinator.dir, `benchmark-${month}.json`);
  for (const month of MONTHS) {
    for (const m of towns) {
      const result = await m.run(['benchmark', 'export', '--month', month, '--out', fileOf(m, month)]);
      if (result.code !== 0) throw new Error(result.err);
      exported.set(`${m.number}/${month}`, readFileSync(fileOf(m, month), 'utf8'));
    }
    const files = towns.map((m) => fileOf(m, month));
    const result = await coordinatorRun([
      'benchmark',
      'combine',
      ...files,
      '--keys',
      keysFile,
      '--out',
      combinedFile(month),
    ]);
    if (result.code !== 0) throw new Error(result.err);
    combined.set(month, JSON.parse(readFileSync(combinedFile(month), 'utf8')));
  }
  return {
    towns,
    coordinator,
    coordinatorRun,
    keysFile,
    exported,
    combined,
    combinedFile,
    fileOf,
    payloadOf: (number, month) => JSON.parse(exported.get(`${number}/${month}`) as string).payload,
    async close() {
      for (const m of towns) await m.close();
      await coordinator.close();
    },
  };
}

/** The sample standard deviation of all the municipalities' answers together, from their digests' counts. */
export function pooledSdByHand(
  digests: Map<string, { dimensions: { id: string; result: { value: { distribution: number[] } } }[] }>,
  numbers: string[],
  dimension: string,
): number {
  const counts = [0, 0, 0, 0, 0];
  for (const number of numbers) {
    const line = digests.get(number)?.dimensions.find((d) => d.id === dimension);
    line?.result.value.distribution.forEach((c, i) => {
      counts[i] = (counts[i] ?? 0) + c;
    });
  }
  const n = counts.reduce((a, c) => a + c, 0);
  const mean = counts.reduce((a, c, i) => a + c * (i + 1), 0) / n;
  return Math.sqrt(counts.reduce((a, c, i) => a + c * (i + 1 - mean) ** 2, 0) / (n - 1));
}

/** Σ mean × n ÷ Σ n over the municipalities' own digests (null when one of them withholds it). */
export function weightedByHand(
  digests: Map<
    string,
    { dimensions: { id: string; result: { shown: boolean; value: { mean: number; n: number } } }[] }
  >,
  numbers: string[],
  dimension: string,
): { mean: number; n: number } | null {
  let sum = 0;
  let n = 0;
  for (const number of numbers) {
    const line = digests.get(number)?.dimensions.find((d) => d.id === dimension);
    if (!line?.result.shown) return null;
    sum += line.result.value.mean * line.result.value.n;
    n += line.result.value.n;
  }
  return { mean: sum / n, n };
}
