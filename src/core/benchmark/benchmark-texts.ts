import type { Formatter } from '../digest/format.js';
import type { BenchmarkComparison, BenchmarkLine } from './comparison.js';

export interface BenchmarkSection {
  heading: string;
  /** Where the figures come from, or that they are old or missing. */
  status: string;
  header: [string, string, string, string];
  rows: [string, string, string, string][];
  /** Per dimension: whether the difference is larger than the noise. */
  sentences: string[];
}

function sentence(line: BenchmarkLine, f: Formatter): string | null {
  if (line.difference === null || line.against === null) return null;
  const params = {
    dimension: f.dimensionLabel(line.dimension),
    difference: f.signed(line.difference),
    area: f.t(line.against === 'group' ? 'benchmark.area.group' : 'benchmark.area.national'),
  };
  if (line.margin === null) return f.t('benchmark.tooFew', params);
  return f.t(line.beyondNoise ? 'benchmark.larger' : 'benchmark.within', {
    ...params,
    margin: f.num(line.margin),
  });
}

/** The one wording of the comparison; markdown, HTML, CSV and the politicians' version lay it out. */
export function benchmarkSection(c: BenchmarkComparison, f: Formatter): BenchmarkSection {
  const { t } = f;
  const status =
    c.month === null
      ? t('benchmark.missing')
      : c.status === 'old'
        ? t('benchmark.old', { month: f.month(c.month) })
        : t('benchmark.from', { month: f.month(c.month) });
  const figure = (value: { mean: number } | null) => (value ? f.num(value.mean) : f.withheld);
  return {
    heading: t('benchmark.heading'),
    status,
    header: [
      t('digest.col.dimension'),
      t('benchmark.col.ours'),
      c.kostraGroup === null
        ? t('benchmark.col.group', { group: '–', count: 0 })
        : t('benchmark.col.group', { group: c.kostraGroup, count: c.groupMunicipalities ?? 0 }),
      t('benchmark.col.national'),
    ],
    rows: [
      ...c.lines.map((line): [string, string, string, string] => [
        f.dimensionLabel(line.dimension),
        line.ours === null ? f.withheld : f.num(line.ours),
        figure(line.group),
        figure(line.national),
      ]),
      ...(c.month === null ? [] : [rateRow(c, f)]),
    ],
    sentences: c.lines.flatMap((line) => sentence(line, f) ?? []),
  };
}

function rateRow(c: BenchmarkComparison, f: Formatter): [string, string, string, string] {
  const share = (value: number | null) => (value === null ? f.withheld : f.percent(value));
  const { ours, group, national } = c.responseRate;
  return [f.t('digest.rate'), share(ours), share(group), share(national)];
}
