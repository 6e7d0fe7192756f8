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

/** The form a button opens, from the action id and value every platform hands back. */
export function formRequestOf(actionId: string, value: string): FormRequest | undefined {
  switch (actionId) {
    case ACTIONS.openStory:
      return { form: 'story' };
    case ACTIONS.openNomination:
      return { form: 'nomination' };
    case ACTIONS.openReflection:
    case ACTIONS.openLearning: {
      const [questionId = '', occurrenceKey = ''] = value.split('|');
      return { form: 'reflection', questionId, occurrenceKey };
    }
    default:
      return undefined;
  }
}

/** The form a submission answers, from its id and the context it carried. */
export function formRequestFor(formId: string, context: Record<string, string>): FormRequest | undefined {
  switch (formId) {
    case FORMS.story:
      return { form: 'story' };
    case FORMS.nomination:
      return { form: 'nomination' };
    case FORMS.reflection:
    case FORMS.learning:
      return {
        form: 'reflection',
        questionId: context.questionId ?? '',
        occurrenceKey: context.occurrenceKey ?? '',
      };
    default:
      return undefined;
  }
}

/** Opening a form and submitting it, the same for Slack modals, Teams cards and the local page. */
export function createForms(deps: ConversationDeps) {
  const { stories, nominations, reflections, people } = deps;
  const localeOf = (actor: Actor) => people.localeOf(personKey(actor.platform, actor.userId));
  const notFound = (actor: Actor) => {
    const locale = localeOf(actor);
    return textReply(locale, t(locale, 'error.notFound'), 'not_found');
  };

  function formOf(actor: Actor, request: FormRequest): Form | undefined {
    switch (request.form) {
      case 'story':
        return stories.form(actor, request.prefill);
      case 'nomination':
        return nominations.form(actor);
      case 'reflection':
        return reflections.form(actor, request.questionId, request.occurrenceKey);
    }
  }

  function submitted(actor: Actor, request: FormRequest, values: FormValues): FormResult | undefined {
    switch (request.form) {
      case 'story':
        return stories.submit(actor, values);
      case 'nomination':
        return nominations.submit(actor, values);
      case 'reflection':
        return reflections.submit(actor, request, values);
    }
  }

  return {
    open(actor: Actor, request: FormRequest | undefined): Reply {
      const form = request && formOf(actor, request);
      return form ? { kind: 'form', locale: localeOf(actor), form } : notFound(actor);
    },

    /**
     * A submitted form: the confirmation, or the same form with field errors and the input kept.
     * `values` may need the form to be read (a Teams card sends every input as text).
     */
    submit(
      actor: Actor,
      formId: string,
      context: Record<string, string>,
      values: FormValues | ((form: Form) => FormValues),
    ): Reply {
      const request = formRequestFor(formId, context);
      const form = request && formOf(actor, request);
      if (!request || !form) return notFound(actor);
      const result = submitted(actor, request, typeof values === 'function' ? values(form) : values);
      if (!result) return notFound(actor);
      const locale = localeOf(actor);
      if (!result.ok) return { kind: 'form_errors', locale, form: result.form, errors: result.errors };
      return { kind: 'message', outcome: 'ok', locale, message: result.confirmation };
    },
  };
}
