export interface Row {
  section: string;
  metric: string;
  /** Kulturpuls' figure, with its unit. */
  value: string;
  /** The same-run baseline's figure, with its unit. */
  baseline: string;
  /** value / baseline (or as stated in the metric). */
  ratio: number | null;
  target: string;
  /** undefined: reported only, no target. */
  pass?: boolean;
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
export const mb = (n: number) => `${n.toFixed(0)} MB`;
export const rps = (n: number) => `${n.toFixed(0)} req/s`;
export const secs = (n: number) => `${n.toFixed(1)} s`;

function cell(text: string, width: number): string {
  return text.padEnd(width);
}

/** A Markdown table that also reads well in a terminal. */
export function formatTable(rows: Row[]): string {
  const header = ['Section', 'Metric', 'Kulturpuls', 'Baseline', 'Ratio', 'Target', 'Result'];
  const lines = rows.map((r) => [
    r.section,
    r.metric,
    r.value,
    r.baseline,
    r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.pass === undefined ? '' : r.pass ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => cell(c, widths[i] ?? 0)).join(' | ')} |`;
  return [row(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.map(row)].join('\n');
}
