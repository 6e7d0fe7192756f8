import { commentForm, commentListMessage, replyForm } from '../comments/comment-messages.js';
import { COMMENT_MAX, type CommentRefusal } from '../comments/comment-service.js';
import { keepInput, textValue, validateForm } from '../forms/validate.js';
import { type MessageKey, translator } from '../i18n/translate.js';
import { ACTIONS, FORMS, type Form, type FormValues } from '../message.js';
import type { Actor } from '../people.js';
import type { Locale } from '../vocabulary.js';
import type { ChatCommand } from './commands.js';
import type { ConversationDeps } from './deps.js';
import { notAllowedReply } from './not-allowed.js';
import { ownPulseViewWith } from './own-pulse-view.js';
import { messageReply, type Outcome, type Reply, textReply } from './reply.js';

const REFUSALS: Record<CommentRefusal, [MessageKey, Outcome]> = {
  not_found: ['error.notFound', 'not_found'],
  closed: ['comments.closed', 'closed'],
  not_voted: ['comments.notVoted', 'not_allowed'],
  already: ['comments.already', 'duplicate'],
  ended: ['comments.ended', 'closed'],
  not_allowed: ['error.notAllowed', 'not_allowed'],
};

type CommentCommand = Extract<ChatCommand, { kind: 'comments' | 'reply' | 'hide' | 'end' }>;

/** Anonymous comments: the button under an answered statement, the forms, the leads' commands. */
export function createCommentActions(deps: ConversationDeps) {
  const { ctx, people, comments, results } = deps;
  const localeOf = async (actor: Actor) => people.localeOf((await people.ensure(actor)).key);
  const statementOf = (questionId: string, locale: Locale) => ctx.bank.get(questionId)?.text[locale] ?? '';
  const refused = (locale: Locale, refusal: CommentRefusal) => {
    const [key, outcome] = REFUSALS[refusal];
    return textReply(locale, translator(locale)(key), outcome);
  };

  async function threadForm(actor: Actor, threadId: string): Promise<Form | CommentRefusal> {
    const thread = await comments.resolve(threadId);
    if (!thread) return 'not_found';
    if (thread.ended) return 'ended';
    const side = await comments.sideOf(actor, thread);
    if (!side) return 'not_found';
    const locale = await localeOf(actor);
    return replyForm(locale, thread, statementOf(thread.questionId, locale), side === 'commenter');
  }

  async function commentFormFor(
    actor: Actor,
    context: Record<string, string>,
  ): Promise<Form | CommentRefusal> {
    const { pulseId = '', questionId = '' } = context;
    const allowed = await comments.mayComment(actor, pulseId, questionId);
    if (typeof allowed === 'string') return allowed;
    const locale = await localeOf(actor);
    return commentForm(locale, statementOf(questionId, locale), { pulseId, questionId });
  }

  async function reply(actor: Actor, threadId: string, text: string): Promise<Reply> {
    const locale = await localeOf(actor);
    const thread = await comments.resolve(threadId);
    if (!thread)
      return textReply(locale, translator(locale)('comments.unknown', { id: threadId }), 'not_found');
    const side = await comments.reply(actor, thread, text);
    if (side !== 'lead' && side !== 'commenter') return refused(locale, side);
    return textReply(
      locale,
      translator(locale)(side === 'lead' ? 'comments.sent.lead' : 'comments.sent.commenter'),
    );
  }

  async function list(actor: Actor, pulseId: string | undefined): Promise<Reply> {
    const locale = await localeOf(actor);
    const t = translator(locale);
    const person = await people.ensure(actor);
    if (!(await people.isLeadOrAdmin(person.key))) return notAllowedReply(people, person, locale);
    const pulse = pulseId ? await deps.pulses.get(pulseId) : await results.latestClosed();
    if (!pulse)
      return textReply(locale, t(pulseId ? 'error.notFound' : 'comments.list.noPulse'), 'not_found');
    if (!deps.views.isClosed(pulse)) return textReply(locale, t('comments.list.open'), 'pulse_open');
    const statements = (await comments.forLeads(pulse.id)).map((s) => ({
      statement: statementOf(s.questionId, locale),
      threads: s.threads,
    }));
    return messageReply(locale, commentListMessage(statements, comments.threshold(), locale));
  }

  async function submitted(
    actor: Actor,
    formId: string,
    context: Record<string, string>,
    values: FormValues | ((f: Form) => FormValues),
  ): Promise<Reply> {
    const form =
      formId === FORMS.comment
        ? await commentFormFor(actor, context)
        : await threadForm(actor, context.threadId ?? '');
    const locale = await localeOf(actor);
    if (typeof form === 'string') return refused(locale, form);
    const given = typeof values === 'function' ? values(form) : values;
    const errors = validateForm(form, given, translator(locale));
    if (Object.keys(errors).length > 0)
      return { kind: 'form_errors', locale, form: keepInput(form, given), errors };
    if (formId === FORMS.commentReply) return reply(actor, context.threadId ?? '', textValue(given, 'reply'));
    const stored = await comments.add(
      actor,
      context.pulseId ?? '',
      context.questionId ?? '',
      textValue(given, 'comment'),
    );
    if (stored !== 'ok') return refused(locale, stored);
    const saved = textReply(locale, translator(locale)('comments.saved', { min: comments.threshold() }));
    // Where the form replaced the person's own pulse view, that view comes back with the thanks under it.
    const pulse = await deps.pulses.get(context.pulseId ?? '');
    return pulse
      ? { ...saved, pulse: await ownPulseViewWith(deps, actor, pulse, locale, saved.message) }
      : saved;
  }

  return {
    /** A button of this layer, or undefined when the id is someone else's. */
    async click(actor: Actor, actionId: string, value: string): Promise<Reply | undefined> {
      if (actionId === ACTIONS.endComment) return this.command(actor, { kind: 'end', threadId: value });
      const form =
        actionId === ACTIONS.openComment
          ? await commentFormFor(actor, {
              pulseId: value.split('|')[0] ?? '',
              questionId: value.split('|')[1] ?? '',
            })
          : actionId === ACTIONS.openCommentReply
            ? await threadForm(actor, value)
            : undefined;
      if (form === undefined) return undefined;
      const locale = await localeOf(actor);
      return typeof form === 'string' ? refused(locale, form) : { kind: 'form', locale, form };
    },

    async submit(
      actor: Actor,
      formId: string,
      context: Record<string, string>,
      values: FormValues | ((f: Form) => FormValues),
    ): Promise<Reply | undefined> {
      return formId === FORMS.comment || formId === FORMS.commentReply
        ? submitted(actor, formId, context, values)
        : undefined;
    },

    async command(actor: Actor, command: CommentCommand): Promise<Reply> {
      if (command.kind === 'comments') return list(actor, command.pulseId);
      const locale = await localeOf(actor);
      const t = translator(locale);
      const id = command.threadId;
      if (!id)
        return textReply(
          locale,
          t(command.kind === 'reply' ? 'comments.usage.reply' : 'comments.usage.id'),
          'usage',
        );
      if (command.kind === 'reply') {
        if (!command.text) return textReply(locale, t('comments.usage.reply'), 'usage');
        if (command.text.length > COMMENT_MAX)
          return textReply(
            locale,
            t('comments.tooLong', { max: COMMENT_MAX, count: command.text.length }),
            'invalid_value',
          );
        return reply(actor, id, command.text);
      }
      const thread = await comments.resolve(id);
      if (!thread) return textReply(locale, t('comments.unknown', { id }), 'not_found');
      const done =
        command.kind === 'hide' ? await comments.hide(actor, thread) : await comments.end(actor, thread);
      if (done !== 'ok') return refused(locale, done);
      return textReply(locale, t(command.kind === 'hide' ? 'comments.hidden' : 'comments.endedNow'));
    },
  };
}

export type CommentActions = ReturnType<typeof createCommentActions>;
