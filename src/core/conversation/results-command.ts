import { keepInput, textValue, validateForm } from '../forms/validate.js';
import { type Translator, translator } from '../i18n/translate.js';
import { FORMS, type Form, type FormValues, type Message } from '../message.js';
import type { Actor } from '../people.js';
import { RESULTS_NOTE_MAX_LENGTH, resultsNoteReply } from '../pulses/results-service.js';
import type { Person } from '../records.js';
import type { Locale } from '../vocabulary.js';
import { commandButton } from './command-buttons.js';
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
  // `results note` with no sentence (the button): the form to write it in.
  if (command.note?.trim() === '') return noteForm(deps, pulseId, locale);
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
  // The sentence by click too; the button names the pulse shown, so the note goes with these results.
  const note = commandButton(t('click.results.note'), `results note ${pulseId}`, 'primary');
  const shown: Message = {
    ...preview.message,
    blocks: [
      ...preview.message.blocks,
      hint,
      ...(preview.shared ? [] : [{ type: 'actions' as const, buttons: [note] }]),
    ],
  };
  return messageReply(locale, shown);
}

/** One sentence, shared with the pulse's results (the same as `results note PULSE_ID SENTENCE`). */
async function noteForm(
  deps: Pick<ConversationDeps, 'results'>,
  pulseId: string,
  locale: Locale,
): Promise<Reply> {
  const t = translator(locale);
  const preview = await deps.results.preview(pulseId, locale);
  if (preview.status === 'unknown_pulse')
    return textReply(locale, t('results.error.unknownPulse', { id: pulseId }), 'not_found');
  if (preview.status === 'open') return textReply(locale, preview.text, 'pulse_open');
  if (preview.shared) return textReply(locale, t('chat.results.shared'), 'duplicate');
  const form: Form = {
    id: FORMS.resultsNote,
    title: t('click.results.noteTitle'),
    submitLabel: t('form.submit'),
    intro: t('click.results.noteIntro', { date: preview.date }),
    fields: [
      {
        id: 'note',
        label: t('click.results.noteField'),
        kind: 'textarea',
        required: true,
        maxLength: RESULTS_NOTE_MAX_LENGTH,
      },
    ],
    context: { pulseId },
  };
  return { kind: 'form', locale, form };
}

/** The sentence's form sent: checked like any form, then shared as the typed command shares it. */
export async function submitResultsNote(
  deps: Pick<ConversationDeps, 'people' | 'results'>,
  actor: Actor,
  formId: string,
  context: Record<string, string>,
  values: FormValues | ((form: Form) => FormValues),
): Promise<Reply | undefined> {
  if (formId !== FORMS.resultsNote) return undefined;
  const person = await deps.people.ensure(actor);
  const locale = await deps.people.localeOf(person.key);
  const pulseId = context.pulseId ?? '';
  const opened = await noteForm(deps, pulseId, locale);
  if (opened.kind !== 'form') return opened;
  const given = typeof values === 'function' ? values(opened.form) : values;
  const errors = validateForm(opened.form, given, translator(locale));
  if (Object.keys(errors).length > 0)
    return { kind: 'form_errors', locale, form: keepInput(opened.form, given), errors };
  return resultsCommand(deps, person, locale, { kind: 'results', pulseId, note: textValue(given, 'note') });
}
