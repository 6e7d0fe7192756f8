import { t } from '../i18n/translate.js';
import { FORMS, type Form, type FormValues } from '../message.js';
import type { Actor } from '../people.js';
import { type ChatCommand, parseCommand } from './commands.js';
import type { ConversationDeps } from './deps.js';
import { createForms, type FormRequest, formRequestOf } from './forms.js';
import { createStorageGuard } from './guard.js';
import { createInteractions, type VoteRequest } from './interactions.js';
import { type Reply, textReply } from './reply.js';
import { createCommandRunner } from './run-command.js';

/**
 * Everything a person says to the bot or clicks, answered once for Slack, Teams and the local page.
 * Each returns a neutral `Reply`; a busy database is answered with "try again" here, not per platform.
 */
export function createConversation(deps: ConversationDeps) {
  const forms = createForms(deps);
  const interactions = createInteractions(deps);
  const run = createCommandRunner(deps, forms);
  const guard = createStorageGuard(deps.ctx.logger, deps.people.localeOf, deps.ctx.settings.defaultLocale);

  return {
    parse: parseCommand,
    /** A command as typed (`/kulturpuls …` in Slack, a message in Teams, the local page's command box). */
    say: guard('command', (actor: Actor, text: string | undefined) => run(actor, parseCommand(text))),
    run: guard('command', (actor: Actor, command: ChatCommand) => run(actor, command)),
    /** Text @mentioning the bot in a post's thread: a command if it is one, never the help text. */
    replyInThread: guard('command', (actor: Actor, text: string) => {
      const command = parseCommand(text);
      if (command.kind !== 'unknown') return run(actor, command);
      const locale = deps.people.localeOf(`${actor.platform}:${actor.userId}`);
      return textReply(locale, t(locale, 'chat.thread.useButton'), 'unknown_command');
    }),
    /** A reply in a reflection post's thread, stored as an answer without the name. */
    threadAnswer: guard(
      'thread',
      (actor: Actor, question: { questionId: string; occurrenceKey: string }, text: string) => {
        const reply = forms.submit(actor, FORMS.reflection, question, { text, shareName: false });
        if (reply.kind === 'form_errors')
          return textReply(reply.locale, Object.values(reply.errors).join(' '), 'invalid_value');
        if (reply.kind !== 'message' || reply.outcome !== 'ok') return reply;
        return textReply(reply.locale, t(reply.locale, 'chat.thread.saved'));
      },
    ),
    vote: guard('vote', (actor: Actor, request: VoteRequest | undefined) =>
      interactions.vote(actor, request),
    ),
    pulseFor: guard('pulse', (actor: Actor, pulseId: string) => interactions.pulseFor(actor, pulseId)),
    openForm: guard('form.open', (actor: Actor, request: FormRequest | undefined) =>
      forms.open(actor, request),
    ),
    /** A button that opens a form, by the action id and value every platform hands back. */
    press: guard('form.open', (actor: Actor, actionId: string, value: string) =>
      forms.open(actor, formRequestOf(actionId, value)),
    ),
    submitForm: guard(
      'form.submit',
      (
        actor: Actor,
        formId: string,
        context: Record<string, string>,
        values: FormValues | ((form: Form) => FormValues),
      ) => forms.submit(actor, formId, context, values),
    ),
    decide: guard('consent', (actor: Actor, nominationId: string, accept: boolean) =>
      interactions.decide(actor, nominationId, accept),
    ),
    recognise: guard('recognise', (actor: Actor, nominationId: string) =>
      interactions.recognise(actor, nominationId),
    ),
  };
}

export type Conversation = ReturnType<typeof createConversation>;
export type { Reply };
