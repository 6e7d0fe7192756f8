import type { Locale } from '../core/vocabulary.js';

/**
 * The person's Teams language (the activity's `locale`, a BCP 47 tag such as "nb-NO") as a
 * Kulturpuls language, to use until they choose one with `lang`. Undefined for languages Kulturpuls
 * does not speak: the configured default applies then.
 */
export function localeFromTeams(tag: string | undefined | null): Locale | undefined {
  const [language] = String(tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/);
  // Teams sends "nb-NO"; older clients and browsers also say "no" (macrolanguage) for bokmål.
  if (language === 'nb' || language === 'no') return 'nb';
  if (language === 'nn') return 'nn';
  if (language === 'en') return 'en';
  return undefined;
}
