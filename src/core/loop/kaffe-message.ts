import { translator } from '../i18n/translate.js';
import { ACTIONS, type Message } from '../message.js';
import { knownName, mentionOf } from '../people.js';
import type { Person, Question } from '../records.js';
import type { Settings } from '../settings.js';
import type { Locale } from '../vocabulary.js';

export interface PairView {
  pairId: string;
  partner: Person | undefined;
  sector: string | null;
  starter: Question | undefined;
}

const sectorName = (settings: Settings, id: string | null, locale: Locale) =>
  settings.sectors.find((s) => s.id === id)?.name[locale] ?? translator(locale)('kaffe.pair.noSector');

/** Who you are paired with, and something to talk about. */
export function kaffePairMessage(view: PairView, settings: Settings, locale: Locale): Message {
  const t = translator(locale);
  const name = knownName(view.partner) ?? t('someone');
  return {
    fallbackText: t('kaffe.pair.title'),
    blocks: [
      { type: 'heading', text: t('kaffe.pair.title') },
      {
        type: 'text',
        text: t('kaffe.pair.text', { name, sector: sectorName(settings, view.sector, locale) }),
      },
      ...(view.starter
        ? [{ type: 'text' as const, text: t('kaffe.pair.starter', { question: view.starter.text[locale] }) }]
        : []),
    ],
    ...mentionOf(view.partner),
  };
}

/** "Did you meet?" with yes and no. */
export function kaffeMetMessage(view: PairView, locale: Locale): Message {
  const t = translator(locale);
  const question = t('kaffe.met.question', { name: knownName(view.partner) ?? t('someone') });
  return {
    fallbackText: question,
    blocks: [
      { type: 'text', text: question },
      {
        type: 'actions',
        buttons: [
          { actionId: ACTIONS.kaffeMet, label: t('kaffe.met.yes'), value: view.pairId, style: 'primary' },
          { actionId: ACTIONS.kaffeNotMet, label: t('kaffe.met.no'), value: view.pairId },
        ],
      },
    ],
  };
}
