import { translator } from '../i18n/translate.js';
import type { OutboxRepository } from '../ports.js';
import type { Pulse } from '../records.js';
import type { Locale } from '../vocabulary.js';

/**
 * The response rate, defined once for every surface: the people who answered ÷ the people the pulse
 * was sent to. Those are the members of its channels when it was posted (Slack
 * `conversations.members`, the Teams roster), counted as each post was delivered and frozen with it;
 * a pulse posted to several channels sums them (someone in two channels counts twice: the platforms
 * give counts per channel, and no member list is kept). People known to Kulturpuls are never the
 * denominator: most of them were not asked.
 */
export interface ResponseRate {
  answered: number;
  /** The people it was sent to; null when a platform could not tell (a failed call, local mode). */
  asked: number | null;
  /** answered ÷ asked, at most 1; null when `asked` is unknown: then only the count is shown. */
  share: number | null;
}

export function responseRate(answered: number, asked: number | null): ResponseRate {
  // Someone who left the channel after answering still answered: the share stops at 100 %.
  const share = asked !== null && asked > 0 ? Math.min(1, answered / asked) : null;
  return { answered, asked: share === null ? null : asked, share };
}

/** Several pulses (a month): answers over the people asked, unknown if any pulse's audience is. */
export function combinedRate(rates: readonly ResponseRate[]): ResponseRate {
  const answered = rates.reduce((sum, r) => sum + r.answered, 0);
  const known = rates.length > 0 && rates.every((r) => r.asked !== null);
  return responseRate(answered, known ? rates.reduce((sum, r) => sum + (r.asked ?? 0), 0) : null);
}

/** The audience frozen with the pulse's posts: their sum, or null unless every delivered post was counted. */
export async function pulseAudience(
  outbox: Pick<OutboxRepository, 'audiencesOf'>,
  pulse: Pulse,
): Promise<number | null> {
  if (!pulse.occurrenceKey) return null;
  const audiences = await outbox.audiencesOf(pulse.occurrenceKey);
  if (audiences.length === 0 || audiences.some((n) => n === null)) return null;
  return audiences.reduce<number>((sum, n) => sum + (n ?? 0), 0);
}

export function formatPercent(locale: Locale, share: number): string {
  const value = Math.round(share * 100);
  return locale === 'en' ? `${value}%` : `${value} %`;
}

/** "93 % svarte (14 av 15)", or "14 svarte" when the audience is unknown: never a guessed denominator. */
export function responseRateText(rate: ResponseRate, locale: Locale): string {
  const t = translator(locale);
  if (rate.share === null || rate.asked === null) return t('rate.countOnly', { count: rate.answered });
  return t('rate.figure', {
    rate: formatPercent(locale, rate.share),
    count: rate.answered,
    asked: rate.asked,
  });
}

/** The one sentence that says what the figure is (the digest prints it beside the figure). */
export function responseRateExplained(locale: Locale): string {
  return translator(locale)('rate.explained');
}
