import { t } from '../i18n/translate.js';
import { ACTIONS, FORMS, type Form, type FormResult, type FormValues } from '../message.js';
import type { Actor } from '../people.js';
import { personKey } from '../records.js';
import type { ConversationDeps } from './deps.js';
import { type Reply, textReply } from './reply.js';

export type FormRequest =
  | { form: 'story'; prefill?: string }
  | { form: 'nomination' }
  | { form: 'reflection'; questionId: string; occurrenceKey: string };

// Buttons that open a form and the forms themselves, by id: which form it is.
const KINDS: Record<string, FormRequest['form']> = {
  [ACTIONS.openStory]: 'story',
  [FORMS.story]: 'story',
  [ACTIONS.openNomination]: 'nomination',
  [FORMS.nomination]: 'nomination',
  [ACTIONS.openReflection]: 'reflection',
  [ACTIONS.openLearning]: 'reflection',
  [FORMS.reflection]: 'reflection',
  [FORMS.learning]: 'reflection',
};

function request(id: string, questionId = '', occurrenceKey = ''): FormRequest | undefined {
  const form = KINDS[id];
  return form === 'reflection' ? { form, questionId, occurrenceKey } : form && { form };
}

/** The form a button opens, from the action id and value (`questionId|occurrenceKey`) handed back. */
export const formRequestOf = (actionId: string, value: string) => request(actionId, ...value.split('|'));

/** The form a submission answers, from its id and the context it carried. */
export const formRequestFor = (formId: string, context: Record<string, string>) =>
  request(formId, context.questionId, context.occurrenceKey);

/** Opening a form and submitting it, the same for Slack modals, Teams cards and the local page. */
export function createForms(deps: ConversationDeps) {
  const { stories, nominations, reflections, people } = deps;
  const localeOf = (actor: Actor) => people.localeOf(personKey(actor.platform, actor.userId));
  const notFound = async (actor: Actor) => {
    const locale = await localeOf(actor);
    return textReply(locale, t(locale, 'error.notFound'), 'not_found');
  };

  async function formOf(actor: Actor, request: FormRequest): Promise<Form | undefined> {
    switch (request.form) {
      case 'story':
        return stories.form(actor, request.prefill);
      case 'nomination':
        return nominations.form(actor);
      case 'reflection':
        return reflections.form(actor, request.questionId, request.occurrenceKey);
    }
  }

  async function submitted(
    actor: Actor,
    request: FormRequest,
    values: FormValues,
  ): Promise<FormResult | undefined> {
    switch (request.form) {
      case 'story':
        return stories.submit(actor, values);
      case 'nomination':
        return nominations.submit(actor, values);
      case 'reflection':
        return reflections.submit(actor, request, values);
    }
  }

  /**
   * A submitted form: the confirmation, or the same form with field errors and the input kept.
   * `values` may need the form to be read (a Teams card sends every input as text).
   */
  async function submit(
    actor: Actor,
    formId: string,
    context: Record<string, string>,
    values: FormValues | ((form: Form) => FormValues),
  ): Promise<Reply> {
    const request = formRequestFor(formId, context);
    const form = request && (await formOf(actor, request));
    if (!request || !form) return notFound(actor);
    const result = await submitted(actor, request, typeof values === 'function' ? values(form) : values);
    if (!result) return notFound(actor);
    const locale = await localeOf(actor);
    if (!result.ok) return { kind: 'form_errors', locale, form: result.form, errors: result.errors };
    return { kind: 'message', outcome: 'ok', locale, message: result.confirmation };
  }

  const open = async (actor: Actor, request: FormRequest | undefined): Promise<Reply> => {
    const form = request && (await formOf(actor, request));
    return form ? { kind: 'form', locale: await localeOf(actor), form } : notFound(actor);
  };

  return {
    open,
    /** A button that opens a form, by the action id and value every platform hands back. */
    press: (actor: Actor, actionId: string, value: string) => open(actor, formRequestOf(actionId, value)),

    /** A reply in a reflection post's thread, stored as an answer without the name. */
    async threadAnswer(
      actor: Actor,
      question: { questionId: string; occurrenceKey: string },
      text: string,
    ): Promise<Reply> {
      const reply = await submit(actor, FORMS.reflection, question, { text, shareName: false });
      if (reply.kind === 'form_errors')
        return textReply(reply.locale, Object.values(reply.errors).join(' '), 'invalid_value');
      if (reply.kind !== 'message' || reply.outcome !== 'ok') return reply;
      return textReply(reply.locale, t(reply.locale, 'chat.thread.saved'));
    },

    submit,
  };
}
