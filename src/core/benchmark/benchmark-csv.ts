import type { Formatter } from '../digest/format.js';
import { benchmarkSection } from './benchmark-texts.js';
import type { BenchmarkComparison } from './comparison.js';

type Cells = Partial<
  Record<
    'n' | 'value' | 'change' | 'status' | 'period' | 'change_margin' | 'change_noise',
    string | number | null
  >
>;
type Add = (section: string, id: string, label: string, cells: Cells) => void;

const fixed = (value: number | null) => (value === null ? null : Number(value.toFixed(2)));

/**
 * The comparison as CSV rows: one `benchmark` row with its status (current, old, missing) and
 * month, then per dimension a `benchmark_group` and a `benchmark_national` row; the row ours is
 * compared with carries the difference, its margin and whether it is beyond the noise.
 */
export function benchmarkCsvRows(c: BenchmarkComparison, f: Formatter, add: Add): void {
  const s = benchmarkSection(c, f);
  add('benchmark', 'status', s.status, { value: c.status, status: 'shown', period: c.month });
  if (c.month !== null)
    for (const area of ['group', 'national'] as const) {
      const share = c.responseRate[area];
      add(`benchmark_${area}`, 'response_rate', f.t('digest.rate'), {
        value: share === null ? null : Number(share.toFixed(3)),
        status: share === null ? 'withheld' : 'shown',
        period: c.month,
      });
    }
  for (const line of c.lines) {
    const label = f.dimensionLabel(line.dimension);
    for (const [area, figure] of [
      ['group', line.group],
      ['national', line.national],
    ] as const) {
      const compared = line.against === area;
      add(`benchmark_${area}`, line.dimension, label, {
        n: figure?.municipalities ?? null,
        value: figure ? fixed(figure.mean) : null,
        status: figure ? 'shown' : 'withheld',
        period: c.month,
        ...(compared
          ? {
              change: fixed(line.difference),
              change_margin: fixed(line.margin),
              change_noise: line.margin === null ? null : line.beyondNoise ? 'beyond' : 'within',
            }
          : {}),
      });
    }
  }
}
