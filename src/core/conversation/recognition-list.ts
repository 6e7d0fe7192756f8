import { DIMENSION_LABELS } from '../bank/index.js';
import { recognitionWindow } from '../content/recognition-window.js';
import { translator } from '../i18n/translate.js';
import { ACTIONS, type Block } from '../message.js';
import { nomineeName } from '../messages/content-messages.js';
import type { Actor } from '../people.js';
import type { Person } from '../records.js';
import type { Locale } from '../vocabulary.js';
import type { ConversationDeps } from './deps.js';
import { notAllowedReply } from './not-allowed.js';
import { type MessageReply, messageReply, textReply } from './reply.js';

/**
 * The accepted nominations waiting for this reader's recognition, one "Anerkjenn" button each: what
 * `recognise` answers, and what replaces the list after a click, so a handled one has no button left.
 */
export async function recognitionList(
  deps: Pick<ConversationDeps, 'nominations' | 'people' | 'ctx'>,
  actor: Actor,
  person: Person,
  locale: Locale,
): Promise<MessageReply> {
  const t = translator(locale);
  const window = recognitionWindow(deps.ctx.clock.now());
  const pending = await deps.nominations.awaitingRecognition(
    person.key,
    actor.replyPlace ?? 'private',
    window,
  );
  if (pending.access === 'not_allowed') return notAllowedReply(deps.people, person, locale);
  if (pending.access === 'private_only') return textReply(locale, t('chat.privateOnly'), 'private_only');
  if (pending.nominations.length === 0) return textReply(locale, t('chat.recognise.none'));
  const blocks: Block[] = [{ type: 'heading', text: t('chat.home.awaiting') }];
  for (const nomination of pending.nominations) {
    const nominee = nomination.nomineeKey
      ? await deps.ctx.store.people.get(nomination.nomineeKey)
      : undefined;
    const dimension = DIMENSION_LABELS[nomination.dimension][locale];
    blocks.push(
      {
        type: 'text',
        text: `${t('chat.recognise.item', { nominee: nomineeName(nomination, nominee, t), dimension })}\n«${nomination.reason}»`,
      },
      {
        type: 'actions',
        buttons: [{ actionId: ACTIONS.recognise, label: t('chat.home.recognise'), value: nomination.id }],
      },
    );
  }
  return messageReply(locale, { fallbackText: t('chat.home.awaiting'), blocks });
}
