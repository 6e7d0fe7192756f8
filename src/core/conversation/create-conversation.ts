import { ACTIONS } from '../message.js';
import type { Actor } from '../people.js';
import { parseCommand } from './commands.js';
import { createCommentActions } from './comment-actions.js';
import type { ConversationDeps } from './deps.js';
import { createForms } from './forms.js';
import { createStorageGuard } from './guard.js';
import { createInteractions } from './interactions.js';
import { createLoopActions } from './loop-actions.js';
import type { Reply } from './reply.js';
import { submitResultsNote } from './results-command.js';
import { createCommandRunner } from './run-command.js';
import { clapReply } from './story-clap.js';

/**
 * Everything a person says to the bot or clicks, answered once for Slack, Teams and the local page.
 * Each returns a neutral `Reply`; a busy database is answered with "try again" here, not per platform.
 */
export function createConversation(deps: ConversationDeps) {
  const forms = createForms(deps);
  const interactions = createInteractions(deps);
  const loop = createLoopActions(deps);
  const comments = createCommentActions(deps);
  const commands = createCommandRunner(deps, forms, loop, comments);
  // Clicks and forms of the loop and of comments first; any other id is a form of `forms`.
  const click = async (actor: Actor, actionId: string, value: string) =>
    (await loop.click(actor, actionId, value)) ??
    (await comments.click(actor, actionId, value)) ??
    (await forms.press(actor, actionId, value));
  const guard = createStorageGuard(deps.ctx.logger, deps.people.localeOf, deps.ctx.settings.defaultLocale);

  return {
    parse: parseCommand,
    say: guard('command', commands.say),
    run: guard('command', commands.run),
    replyInThread: guard('command', commands.replyInThread),
    threadAnswer: guard('thread', forms.threadAnswer),
    vote: guard('vote', interactions.vote),
    pulseFor: guard('pulse', interactions.pulseFor),
    openForm: guard('form.open', forms.open),
    press: guard('form.open', click),
    submitForm: guard(
      'form.submit',
      async (...args: Parameters<typeof forms.submit>) =>
        (await loop.submit(...args)) ??
        (await comments.submit(...args)) ??
        (await submitResultsNote(deps, ...args)) ??
        (await forms.submit(...args)),
    ),
    decide: guard('consent', interactions.decide),
    recognise: guard('recognise', interactions.recognise),
    /**
     * Any button by the action id and value every platform hands back: consent, recognition, a
     * form to open. The one entry point for clicks other than votes.
     */
    click: guard('click', async (actor: Actor, actionId: string, value: string): Promise<Reply> => {
      if (actionId === ACTIONS.consentAccept || actionId === ACTIONS.consentDecline)
        return interactions.decide(actor, value, actionId === ACTIONS.consentAccept);
      if (actionId === ACTIONS.recognise) return interactions.recognise(actor, value);
      if (actionId === ACTIONS.storyClap) return clapReply(deps, actor, value);
      // A command's button: the same use case as typing its words.
      if (actionId === ACTIONS.command) return commands.say(actor, value);
      return click(actor, actionId, value);
    }),
  };
}

export type Conversation = ReturnType<typeof createConversation>;
export type { Reply };
