import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_LABELS } from '../bank/index.js';
import { type Translator, translator } from '../i18n/translate.js';
import type { Gated } from '../privacy/threshold.js';
import { type ResponseRate, responseRateText } from '../pulses/response-rate.js';
import type { Dimension, Locale } from '../vocabulary.js';
import type { Aggregate } from './aggregate.js';
import type { Span } from './compare.js';
import type { Digest, ScoreLine } from './digest.js';

export type Audience = 'leads' | 'politicians';

/** What every renderer needs besides the digest. */
export interface RenderOptions {
  locale: Locale;
  bank: QuestionBank;
  /** Sector id → its name in `locale` (null = unknown sector). */
  sectorName: (id: string | null) => string;
  audience?: Audience;
  /** For times shown to people (the organisation's zone; Europe/Oslo when not given). */
  timeZone?: string;
}

// Intl formats are slow to build (a digest formats thousands of numbers): one per locale and shape.
const intl = new Map<string, { format(value: number | Date): string }>();
function cached(key: string, make: () => { format(value: number | Date): string }) {
  let format = intl.get(key);
  if (!format) {
    format = make();
    intl.set(key, format);
  }
  return format;
}
const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);
const monthDate = (m: string) => {
  const [year, mon] = m.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mon - 1, 15));
};

/** Shared number and label formatting, so every format says the same thing the same way. */
export function formatter(digest: Digest, options: RenderOptions) {
  const { locale, bank } = options;
  const t: Translator = translator(locale);
  const num = (value: number, digits = 1) =>
    cached(
      `n|${locale}|${digits}`,
      () =>
        new Intl.NumberFormat(tag(locale), {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }),
    ).format(value);
  const month = (m: string) =>
    cached(
      `m|${locale}`,
      () => new Intl.DateTimeFormat(tag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    ).format(monthDate(m));
  const withheld = t('digest.withheld');
  const signed = (value: number | null) =>
    value === null ? '–' : `${value > 0.05 ? '+' : value < -0.05 ? '−' : '±'}${num(Math.abs(value))}`;
  const shortMonth = (m: string) =>
    cached(`s|${locale}`, () => new Intl.DateTimeFormat(tag(locale), { month: 'short', timeZone: 'UTC' }))
      .format(monthDate(m))
      .replace('.', '');
  return {
    t,
    locale,
    num,
    withheld,
    month,
    shortMonth,
    /** "2025-04-02 10:00" in the organisation's time zone. */
    time: (iso: string) =>
      cached(
        `t|${options.timeZone ?? 'Europe/Oslo'}`,
        () =>
          new Intl.DateTimeFormat('sv-SE', {
            timeZone: options.timeZone ?? 'Europe/Oslo',
            dateStyle: 'short',
            timeStyle: 'short',
          }),
      ).format(new Date(iso)),
    /** "jan–mar 2025"; one month as "mars 2025". */
    span: (s: Span | null) => {
      if (!s) return '–';
      if (s.from === s.to) return month(s.from);
      const [fromYear, toYear] = [s.from.slice(0, 4), s.to.slice(0, 4)];
      return `${shortMonth(s.from)}${fromYear === toYear ? '' : ` ${fromYear}`}–${shortMonth(s.to)} ${toYear}`;
    },
    signed,
    /** A change, marked when chance alone could explain it (noise.ts). */
    change: (value: number | null, withinNoise: boolean) =>
      value !== null && withinNoise ? `${signed(value)} ${t('dig.noise.mark')}` : signed(value),
    percent: (value: number) => `${Math.round(value * 100)} %`,
    gated: (g: Gated<number>, show: (v: number) => string) => (g.shown ? show(g.value) : withheld),
    /** The response rate as every surface shows it ("93 % svarte (14 av 15)"), or withheld. */
    rate: (g: Gated<ResponseRate>) => (g.shown ? responseRateText(g.value, locale) : withheld),
    score: (r: Gated<Aggregate>) => (r.shown ? num(r.value.mean) : withheld),
    n: (r: Gated<Aggregate>) => (r.shown ? String(r.value.n) : `< ${Math.max(digest.minGroupSize, 3)}`),
    distribution: (r: Gated<Aggregate>) => (r.shown ? r.value.distribution.join(' / ') : withheld),
    dimension: (line: Pick<ScoreLine, 'dimension'>) => DIMENSION_LABELS[line.dimension][locale],
    dimensionLabel: (dimension: Dimension) => DIMENSION_LABELS[dimension][locale],
    statement: (id: string) => {
      const question = bank.get(id);
      if (!question) return id;
      return question.text[locale] + (question.reverse ? ` (${t('digest.reverse')})` : '');
    },
    question: (id: string) => bank.get(id)?.text[locale] ?? null,
    sector: options.sectorName,
    /** Not every month asks a leadership statement (pulses rotate): "not measured" is not "withheld". */
    index: () => {
      if (digest.index.mean !== null) return num(digest.index.mean);
      return digest.dimensions.some((d) => d.group === 'leadership') ? withheld : t('dash.notMeasured');
    },
    trendText: (line: Pick<ScoreLine, 'trend'>) =>
      line.trend
        .filter((p) => p.mean !== null)
        .map((p) => `${month(p.month)}: ${num(p.mean as number)}`)
        .join('; '),
  };
}

export type Formatter = ReturnType<typeof formatter>;
