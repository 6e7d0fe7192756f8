import { boundedMemo } from '../bounded-memo.js';
import type { Locale } from '../vocabulary.js';
import type { CatalogEntry } from './catalog-types.js';
import { en, nb, nn } from './catalogs.js';

export type MessageKey = keyof typeof nb;
export type Catalog = Readonly<Record<MessageKey, CatalogEntry>>;
export type Params = Record<string, string | number>;

export const CATALOGS: Record<Locale, Catalog> = { nb, nn, en };

const pluralRules: Record<Locale, Intl.PluralRules> = {
  nb: new Intl.PluralRules('nb'),
  nn: new Intl.PluralRules('nn'),
  en: new Intl.PluralRules('en'),
};

/** Looks up a message and fills `{name}` placeholders. Plural entries choose by `params.count`. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const entry = CATALOGS[locale][key];
  const template =
    typeof entry === 'string'
      ? entry
      : pluralRules[locale].select(Number(params.count ?? 0)) === 'one'
        ? entry.one
        : entry.other;
  // Most texts (labels, buttons) have no placeholder: nothing to fill.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}([»”]?\.)?/g, (whole, name: string, stop: string | undefined) =>
    name in params ? withOneFullStop(String(params[name]), stop ?? '') : whole,
  );
}

/**
 * The ordliste's rule, applied where values meet texts: one full stop at the end of a sentence. A value
 * that already ends a sentence («… har fungert.») takes the place of the template's own full stop, so
 * "{who}." gives "innbyggerne." and "«{text}»." gives "«… har fungert.»" (“{text}”. the same in English).
 */
function withOneFullStop(value: string, stop: string): string {
  if (stop === '' || !/[.!?…][»”]?$/.test(value.trimEnd())) return value + stop;
  return value.trimEnd() + stop.slice(0, -1);
}

export type Translator = (key: MessageKey, params?: Params) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => t(locale, key, params);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const languageTag = (locale: Locale) => (locale === 'en' ? 'en-GB' : locale);

function dateFormat(locale: Locale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${timeZone}|${withTime}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTag(locale), {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    dateFormats.set(cacheKey, format);
  }
  return format;
}

/** "onsdag 3. desember kl. 09:00" style, in the configured time zone. */
/** A pulse's closing time is shown with every vote: formatted once per time, zone and language. */
const dateTimes = boundedMemo<string>(1_000);

export function formatDateTime(locale: Locale, iso: string, timeZone: string): string {
  return dateTimes(`${locale}|${timeZone}|${iso}`, () =>
    dateFormat(locale, timeZone, true).format(new Date(iso)),
  );
}

/** "onsdag 3. desember" style, in the configured time zone. */
export function formatDate(locale: Locale, iso: string, timeZone: string): string {
  return dateFormat(locale, timeZone, false).format(new Date(iso));
}

/** "a, b og c" ("a, b and c"). */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(languageTag(locale), { type: 'conjunction' }).format(items);
}

export function formatMonth(locale: Locale, month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(languageTag(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, mon - 1, 15)));
}

export function formatNumber(locale: Locale, value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(languageTag(locale), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
