import { translator } from '../i18n/translate.js';
import type { Message } from '../message.js';
import type { People } from '../people.js';
import type { Person } from '../records.js';
import type { Settings } from '../settings.js';
import type { Locale } from '../vocabulary.js';
import { textMessage } from './content-messages.js';

/**
 * `sector [ID]`: a person's sector is never guessed; where no channel maps to one, the person picks
 * it here. Without an id it shows the current sector and the choices.
 */
export async function sectorReply(
  deps: { people: People; settings: Settings },
  person: Pick<Person, 'key' | 'sector'>,
  locale: Locale,
  requested: string | undefined,
): Promise<Message> {
  const t = translator(locale);
  const { sectors } = deps.settings;
  const nameOf = (id: string | null) => sectors.find((s) => s.id === id)?.name[locale];
  const choices = sectors.map((s) => `${s.id} (${s.name[locale]})`).join(', ');
  if (requested) {
    if (!(await deps.people.chooseSector(person.key, requested.toLowerCase()))) {
      return textMessage(
        `${t('sector.unknown', { id: requested })} ${t('sector.choose', { list: choices })}`,
      );
    }
    return textMessage(t('sector.changed', { sector: nameOf(requested.toLowerCase()) ?? requested }));
  }
  const current = nameOf(person.sector);
  const status = current ? t('sector.current', { sector: current }) : t('sector.none');
  return textMessage(`${status} ${t('sector.choose', { list: choices })}`);
}
