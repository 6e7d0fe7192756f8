import { type Translator, translator } from '../i18n/translate.js';
import type { Message } from '../message.js';
import { resultsNoteReply } from '../pulses/results-service.js';
import type { Person } from '../records.js';
import type { Locale } from '../vocabulary.js';
import type { ChatCommand } from './commands.js';
import type { ConversationDeps } from './deps.js';
import { notAllowedReply } from './not-allowed.js';
import { messageReply, type Reply, textReply } from './reply.js';

/**
 * `results [PULSE_ID]` shows a closed pulse's results as its channel will see them; `results note
 * [PULSE_ID] SENTENCE` adds the leads' "Dette gjør vi med det" and shares them now. Leads only.
 */
export async function resultsCommand(
  deps: Pick<ConversationDeps, 'people' | 'results'>,
  person: Person,
  locale: Locale,
  command: Extract<ChatCommand, { kind: 'results' }>,
): Promise<Reply> {
  const t: Translator = translator(locale);
  if (!(await deps.people.isLeadOrAdmin(person.key))) return notAllowedReply(deps.people, person, locale);
  const pulseId = command.pulseId ?? (await deps.results.latestClosed())?.id;
  if (!pulseId) return textReply(locale, t('chat.results.none'), 'not_found');
  if (command.note !== undefined) {
    const result = await deps.results.note({ pulseId, text: command.note, by: person.key });
    const text = resultsNoteReply(result, locale, pulseId);
    return textReply(locale, text, result.status === 'shared' ? 'ok' : 'usage');
  }
  const preview = await deps.results.preview(pulseId, locale);
  if (preview.status === 'unknown_pulse')
    return textReply(locale, t('results.error.unknownPulse', { id: pulseId }), 'not_found');
  if (preview.status === 'open') return textReply(locale, preview.text, 'pulse_open');
  // Once shared, a note can no longer go with them: say so instead of offering one.
  // The pulse by its day, never its id; an id the lead typed is what the note must name again.
  const hint = {
    type: 'context' as const,
    text: preview.shared
      ? t('chat.results.shared')
      : command.pulseId
        ? t('chat.results.hintNamed', { date: preview.date, id: command.pulseId })
        : t('chat.results.hint', { date: preview.date }),
  };
  const shown: Message = { ...preview.message, blocks: [...preview.message.blocks, hint] };
  return messageReply(locale, shown);
}
