import { type MessageKey, translator } from '../i18n/translate.js';
import type { People } from '../people.js';
import type { Person } from '../records.js';
import type { Locale } from '../vocabulary.js';
import { type MessageReply, textReply } from './reply.js';

/**
 * "Only innovation leads …", and when the person's role cannot be seen because the config gives roles
 * by e-mail and their platform gave none: why, and how to be given the role by their id instead.
 */
export function notAllowedReply(
  people: Pick<People, 'rolesByEmailUnmatched'>,
  person: Person,
  locale: Locale,
  key: MessageKey = 'error.notAllowed',
): MessageReply {
  const t = translator(locale);
  const platform = people.rolesByEmailUnmatched(person);
  const hint = platform ? t('error.roleNoEmail', { platform }) : '';
  return textReply(locale, hint ? `${t(key)}\n\n${hint}` : t(key), 'not_allowed');
}
