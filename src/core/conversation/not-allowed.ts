import { type MessageKey, translator } from '../i18n/translate.js';
import type { People } from '../people.js';
import type { Person } from '../records.js';
import type { Locale } from '../vocabulary.js';
import { type MessageReply, textReply } from './reply.js';

const PLATFORM_NAMES = { slack: 'Slack', teams: 'Teams' } as const;

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
  const platform = person.platform === 'local' ? undefined : PLATFORM_NAMES[person.platform];
  const hint = platform && people.rolesByEmailUnmatched(person) ? t('error.roleNoEmail', { platform }) : '';
  return textReply(locale, hint ? `${t(key)}\n\n${hint}` : t(key), 'not_allowed');
}
