import { localNb } from '../../core/i18n/parts/local.nb.js';
import { type MessageKey, t } from '../../core/i18n/translate.js';
import type { Locale } from '../../core/vocabulary.js';

/** Shared texts the page uses besides its own part. */
const SHARED_KEYS = [
  'story.shareButton',
  'digest.open',
  'form.cancel',
  'form.error.summary',
  'error.tryAgain',
] as const satisfies readonly MessageKey[];

/**
 * The page's UI texts in one language. Placeholders stay as `{name}`: the client fills them, so
 * `t` is called without parameters on purpose.
 */
export function pageTexts(locale: Locale): Record<string, string> {
  const keys = [...(Object.keys(localNb) as MessageKey[]), ...SHARED_KEYS];
  return Object.fromEntries(keys.map((key) => [key, t(locale, key)]));
}
