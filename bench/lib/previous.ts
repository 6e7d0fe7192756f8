import type { Row } from './table.js';

/** Ratios of the rows in an earlier RESULTS.md table, by "section | metric". */
function previousRatios(markdown: string): { stamp: string; ratios: Map<string, string> } {
  const stamp = /Latest `npm run bench` \(([^,]+),/.exec(markdown)?.[1] ?? 'unknown time';
  const ratios = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | Section | Metric | Kulturpuls | Baseline | Ratio | Target | Result |
    if (cells.length < 9 || !/^\d/.test(cells[1] ?? '')) continue;
    ratios.set(`${cells[1]} | ${cells[2]}`, cells[5] ?? '–');
  }
  return { stamp, ratios };
}

/** One line per row of this run that the earlier file also had: its ratio then and now. */
export function compareWithPrevious(markdown: string, rows: Row[]): string {
  if (!markdown) return 'No earlier bench/RESULTS.md to compare with.';
  const { stamp, ratios } = previousRatios(markdown);
  const lines = rows.flatMap((row) => {
    const before = ratios.get(`${row.section} | ${row.metric}`);
    if (before === undefined || row.ratio === null) return [];
    return [`- ${row.section}, ${row.metric}: ${before} then, ${row.ratio.toFixed(2)}× now`];
  });
  const header = `From the previous bench/RESULTS.md (run of ${stamp}), read by this run:`;
  return lines.length > 0
    ? [header, ...lines].join('\n')
    : `${header} no row is measured the same way in both runs (metrics were renamed when the bench changed).`;
}
