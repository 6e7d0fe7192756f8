import { translator } from '../i18n/translate.js';
import { checkBackAnswered, overdueMessage } from '../loop/check-back-message.js';
import { ACTIONS, FORMS, type Form, type FormValues } from '../message.js';
import { textMessage } from '../messages/content-messages.js';
import type { Actor } from '../people.js';
import type { CheckBackOutcome, Person } from '../records.js';
import { kaffeSettings } from '../settings.js';
import type { Locale } from '../vocabulary.js';
import { kaffeButtons, withButtons } from './command-buttons.js';
import type { KaffeAction } from './commands.js';
import type { ConversationDeps } from './deps.js';
import { messageReply, type Reply, textReply } from './reply.js';

const CHECK_BACK: Record<string, CheckBackOutcome> = {
  [ACTIONS.checkBackDone]: 'done',
  [ACTIONS.checkBackNotYet]: 'not_yet',
  [ACTIONS.checkBackDropped]: 'dropped',
};

/** Clicks, forms and commands of the learning loop's follow-up and Kaffe på tvers. */
export function createLoopActions(deps: ConversationDeps) {
  const { ctx, people, nextSteps, kaffe } = deps;
  const localeOf = async (actor: Actor) => people.localeOf((await people.ensure(actor)).key);
  const refused = async (actor: Actor, outcome: 'not_found' | 'not_yours') => {
    const locale = await localeOf(actor);
    return textReply(
      locale,
      translator(locale)(outcome === 'not_yours' ? 'error.notAllowed' : 'error.notFound'),
      outcome,
    );
  };

  return {
    /** A button of this layer, or undefined when the id is someone else's. */
    async click(actor: Actor, actionId: string, value: string): Promise<Reply | undefined> {
      const outcome = CHECK_BACK[actionId];
      if (outcome) {
        const result = await nextSteps.answer(actor, value, outcome);
        if (result.status !== 'ok') return refused(actor, result.status);
        return messageReply(result.locale, checkBackAnswered(result.step, result.locale));
      }
      if (actionId === ACTIONS.kaffeMet || actionId === ACTIONS.kaffeNotMet) {
        const result = await kaffe.met(
          (await people.ensure(actor)).key,
          value,
          actionId === ACTIONS.kaffeMet,
        );
        if (result.status !== 'ok') return refused(actor, result.status);
        const locale = await localeOf(actor);
        return textReply(locale, translator(locale)('kaffe.met.thanks'));
      }
      if (actionId === ACTIONS.openCheckBackLearned) {
        const form = await nextSteps.form(actor, value);
        return form ? { kind: 'form', locale: await localeOf(actor), form } : refused(actor, 'not_found');
      }
      return undefined;
    },

    /** The "what we learned" form; undefined for any other form. */
    async submit(
      actor: Actor,
      formId: string,
      context: Record<string, string>,
      values: FormValues | ((form: Form) => FormValues),
    ): Promise<Reply | undefined> {
      if (formId !== FORMS.checkBackLearned) return undefined;
      const form = await nextSteps.form(actor, context.stepId ?? '');
      const result =
        form &&
        (await nextSteps.submitLearned(actor, context, typeof values === 'function' ? values(form) : values));
      if (!result) return refused(actor, 'not_found');
      const locale = await localeOf(actor);
      if (!result.ok) return { kind: 'form_errors', locale, form: result.form, errors: result.errors };
      return messageReply(locale, result.confirmation);
    },

    /** `kaffe join|leave|skip`; alone, whether one is in and how it works. */
    async kaffeCommand(person: Person, locale: Locale, action: KaffeAction | undefined): Promise<Reply> {
      const t = translator(locale);
      switch (action) {
        case 'join':
          await kaffe.join(person.key);
          return textReply(locale, t('kaffe.joined'));
        case 'leave':
          await kaffe.leave(person.key);
          return textReply(locale, t('kaffe.left'));
        case 'skip':
          return (await kaffe.skip(person.key))
            ? textReply(locale, t('kaffe.skipped'))
            : textReply(locale, t('kaffe.notMember'), 'usage');
        default: {
          const status = t((await kaffe.member(person.key)) ? 'kaffe.status.in' : 'kaffe.status.out');
          const usage = t('kaffe.usage', { days: kaffeSettings(ctx.settings).everyDays });
          const text = `${status}\n\n${usage}`;
          return messageReply(locale, withButtons(textMessage(text), kaffeButtons(t)), 'usage');
        }
      }
    },

    /** `nextsteps`: overdue steps, for leads. */
    async overdue(person: Person, locale: Locale): Promise<Reply> {
      if (!(await people.isLeadOrAdmin(person.key)))
        return textReply(locale, translator(locale)('error.notAllowed'), 'not_allowed');
      return messageReply(locale, overdueMessage(await nextSteps.overdue(), locale));
    },
  };
}

export type LoopActions = ReturnType<typeof createLoopActions>;
