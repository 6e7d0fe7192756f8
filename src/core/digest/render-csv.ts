import { benchmarkCsvRows } from '../benchmark/benchmark-csv.js';
import type { Digest, ScoreLine, Span } from './digest.js';
import { formatter, type RenderOptions } from './format.js';

/**
 * Stable English column names: scorecard (målekort) tools map them once. The README lists them.
 * Columns are only ever added at the end, so a tool that reads them by position keeps working.
 */
export const CSV_COLUMNS = [
  'month',
  'section',
  'id',
  'label',
  'n',
  'value',
  'change',
  'baseline_change',
  'status',
  'd1',
  'd2',
  'd3',
  'd4',
  'd5',
  'period',
  'change_from',
  'change_margin',
  'change_noise',
  'prize_criteria',
] as const;

/** A period as an ISO 8601 interval of months ("2025-01/2025-03"), or one month. */
const interval = (s: Span | null) => (s === null ? null : s.from === s.to ? s.from : `${s.from}/${s.to}`);

export const CSV_DIALECTS = ['excel', 'rfc4180'] as const;
/**
 * `excel` is what Norwegian Excel opens directly: semicolons, decimal commas and a UTF-8 BOM (for
 * æ, ø and å). `rfc4180` is commas and decimal points, for scripts and scorecard tools.
 */
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/**
 * A cell a spreadsheet would run as a formula (= + - @, tab, carriage return) gets a leading
 * apostrophe; then every cell is quoted per RFC 4180.
 */
export function csvCell(value: string | number | null, dialect: CsvDialect = 'rfc4180'): string {
  if (value === null) return '';
  let text =
    typeof value === 'number' && dialect === 'excel' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const special = dialect === 'excel' ? /[";\n\r]/ : /[",\n\r;]/;
  return special.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const fixed = (value: number | null, digits = 2) => (value === null ? null : Number(value.toFixed(digits)));

/** `within` when chance alone could explain the change, `beyond` when not, empty without a change. */
const noise = (change: number | null, margin: number | null, withinNoise: boolean) => ({
  change_margin: fixed(margin),
  change_noise: change === null ? null : withinNoise ? 'within' : 'beyond',
});

export function renderDigestCsv(digest: Digest, options: RenderOptions & { dialect?: CsvDialect }): string {
  const dialect = options.dialect ?? 'excel';
  const f = formatter(digest, options);
  const rows: (string | number | null)[][] = [];
  const add = (
    section: string,
    id: string,
    label: string,
    rest: Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>,
  ) =>
    rows.push(
      CSV_COLUMNS.map((c) =>
        c === 'month'
          ? digest.month
          : c === 'section'
            ? section
            : c === 'id'
              ? id
              : c === 'label'
                ? label
                : (rest[c] ?? null),
      ),
    );
  const gated = (shown: boolean) => (shown ? 'shown' : 'withheld');

  const p = digest.participation;
  add('participation', 'pulses', f.t('digest.pulses'), { value: p.pulses, status: 'shown' });
  add('participation', 'respondents', f.t('dash.respondents'), {
    value: p.respondents.shown ? p.respondents.value : null,
    status: gated(p.respondents.shown),
  });
  add('participation', 'responses', f.t('digest.responses'), {
    value: p.responses.shown ? p.responses.value : null,
    status: gated(p.responses.shown),
  });
  // `n` is the people the pulses were sent to; an audience no platform could count is `unknown`.
  const rate = p.rate.shown ? p.rate.value : null;
  add('participation', 'rate', f.rate(p.rate), {
    n: rate?.asked ?? null,
    value: fixed(rate?.share ?? null, 3),
    status: !p.rate.shown ? 'withheld' : rate?.share === null ? 'unknown' : 'shown',
  });
  add('participation', 'rate_definition', f.t('rate.explained'), { status: 'shown' });
  for (const s of p.sectors)
    add('participation_sector', s.sector ?? '', f.sector(s.sector), {
      value: s.respondents.shown ? s.respondents.value : null,
      status: gated(s.respondents.shown),
    });
  add('index', 'culture_index', f.t('dash.section.index'), {
    value: fixed(digest.index.mean),
    change: fixed(digest.index.change),
    ...noise(digest.index.change, digest.index.changeMargin, digest.index.changeWithinNoise),
    baseline_change: fixed(digest.index.baselineChange),
    status: digest.index.mean === null ? 'withheld' : 'shown',
    period: interval(digest.index.window),
    change_from: interval(digest.index.comparedWith),
  });
  const line = (section: string, l: ScoreLine, label: string) => {
    const r = l.result;
    add(section, l.id, label, {
      n: r.shown ? r.value.n : null,
      value: r.shown ? fixed(r.value.mean) : null,
      change: fixed(l.change),
      ...noise(l.change, l.changeMargin, l.changeWithinNoise),
      baseline_change: fixed(l.baselineChange),
      status: gated(r.shown),
      period: interval(l.period),
      change_from: interval(l.changeFrom),
      ...(r.shown ? Object.fromEntries(r.value.distribution.map((c, i) => [`d${i + 1}`, c])) : {}),
    });
  };
  for (const l of digest.dimensions) line(`dimension_${l.group}`, l, f.dimension(l));
  if (digest.benchmark) benchmarkCsvRows(digest.benchmark, f, add);
  for (const l of digest.questions) line('statement', l, f.statement(l.id));
  for (const s of digest.sectors)
    add('sector', s.sector ?? '', f.sector(s.sector), {
      n: s.responses.shown ? s.responses.value : null,
      value: s.mean.shown ? fixed(s.mean.value) : null,
      status: gated(s.mean.shown),
    });
  const a = digest.activity;
  for (const [id, label] of [
    ['stories', 'dash.activity.stories'],
    ['in_use', 'dash.activity.inUse'],
    ['spreading', 'dash.activity.spreading'],
    ['realised_benefits', 'dash.activity.realised'],
  ] as const) {
    const key = id === 'in_use' ? 'inUse' : id === 'realised_benefits' ? 'realisedBenefits' : id;
    add('activity_month', id, f.t(label), { value: a.month[key], status: 'shown' });
    add('activity_12_months', id, f.t(label), { value: a.last12Months[key], status: 'shown' });
  }
  add('collaboration', 'cross_sector', f.t('dash.section.collaboration'), {
    n: digest.collaboration.items,
    value: digest.collaboration.crossSector,
    status: 'shown',
  });
  for (const s of digest.stories)
    add('story', s.id, s.title, {
      n: s.reactions,
      value: s.prize.score,
      status: 'shown',
      prize_criteria: s.prize.met.join(' '),
    });
  const w = digest.withheld;
  for (const [id, value] of Object.entries(w)) add('withheld', id, id, { value, status: 'shown' });
  const separator = dialect === 'excel' ? ';' : ',';
  const body = [CSV_COLUMNS as readonly string[], ...rows]
    .map((r) => r.map((cell) => csvCell(cell, dialect)).join(separator))
    .join('\r\n');
  return `${dialect === 'excel' ? '\uFEFF' : ''}${body}\r\n`;
}
