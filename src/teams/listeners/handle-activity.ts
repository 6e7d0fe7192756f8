import { isTransientStorageError } from '../../core/errors.js';
import { t } from '../../core/i18n/translate.js';
import { textMessage } from '../../core/messages/content-messages.js';
import { personKey } from '../../core/records.js';
import { type CardActivity, cardActivity, cardInvokeResponse, messageInvokeResponse } from '../card-types.js';
import { conversationRefOf, type InboundActivity, parseActivity } from '../parse.js';
import { renderMessage } from '../render-message.js';
import { button, refresh, submitForm, vote } from './card-actions.js';
import { runCommand, unknownCommand } from './commands.js';
import type { TeamsHandlerDeps } from './deps.js';

export interface InvokeAnswer {
  status: number;
  body?: unknown;
}

const DEDUPE_WINDOW_MS = 24 * 3_600_000;
const PRUNE_EVERY = 200;

/**
 * One inbound activity: remember the conversation, drop a retried activity, call one use case and
 * answer (a reply in the conversation for messages, the invoke answer for card actions).
 */
export function createActivityHandler(deps: TeamsHandlerDeps) {
  const { conversations, clock, logger } = deps;
  let seen = 0;

  function handle(
    activity: InboundActivity,
    reply: (activity: CardActivity) => Promise<unknown>,
    retry: boolean,
  ) {
    const intent = parseActivity(activity);
    const now = clock.now().toISOString();
    switch (intent.kind) {
      case 'installed':
        conversations.save(intent.ref, now);
        logger.info('teams conversation stored', { type: intent.ref.conversationType });
        return undefined;
      case 'removed':
        conversations.markRemoved(intent.conversationId, now);
        logger.info('teams bot removed from a conversation; no more posts there');
        return undefined;
      case 'ignored':
        logger.debug('teams activity ignored', { reason: intent.reason });
        return undefined;
    }
    // First contact counts as an install: later posts can reach this conversation proactively.
    const ref = conversationRefOf(activity);
    if (ref) conversations.save(ref, now);
    const teamsUserId = activity.from?.id ?? intent.actor.userId;
    switch (intent.kind) {
      case 'command': {
        const { card, summary } = runCommand(deps, intent.command, intent.args, intent.actor);
        return reply(cardActivity(card, summary)).then(() => undefined);
      }
      case 'unknown_command': {
        const { card, summary } = unknownCommand(deps, intent.actor, intent.text);
        return reply(cardActivity(card, summary)).then(() => undefined);
      }
      case 'vote':
        return cardInvokeResponse(vote(deps, { ...intent, teamsUserId, retry }));
      case 'refresh': {
        const card = refresh(deps, intent.actor, teamsUserId, intent.pulseId);
        return card ? cardInvokeResponse(card) : { status: 200 };
      }
      case 'button':
        return cardInvokeResponse(button(deps, intent.actor, intent.actionId, intent.value));
      case 'form':
        return cardInvokeResponse(submitForm(deps, intent));
    }
  }

  // A locked or full database: the person is asked to try again (nothing was stored: one transaction).
  async function tryAgain(
    activity: InboundActivity,
    reply: (activity: CardActivity) => Promise<unknown>,
    error: unknown,
  ): Promise<InvokeAnswer | undefined> {
    logger.warn('teams: storage busy, asked to try again', { type: activity.type, error: String(error) });
    let locale = deps.settings.defaultLocale;
    try {
      const userId = activity.from?.aadObjectId ?? activity.from?.id;
      if (userId) locale = deps.core.people.localeOf(personKey('teams', userId));
    } catch {}
    const text = t(locale, 'error.tryAgain');
    if (activity.type === 'invoke') return messageInvokeResponse(text);
    await reply(cardActivity(renderMessage(textMessage(text)), text)).catch(() => undefined);
    return undefined;
  }

  return async (
    activity: InboundActivity,
    reply: (activity: CardActivity) => Promise<unknown>,
  ): Promise<InvokeAnswer | undefined> => {
    try {
      return await handleOnce(activity, reply);
    } catch (error) {
      if (!isTransientStorageError(error)) throw error;
      return tryAgain(activity, reply, error);
    }
  };

  async function handleOnce(
    activity: InboundActivity,
    reply: (activity: CardActivity) => Promise<unknown>,
  ): Promise<InvokeAnswer | undefined> {
    // Activities we do not act on (typing, reactions, …) are acknowledged without being remembered.
    const kind = parseActivity(activity).kind;
    if (kind === 'ignored') return undefined;
    // A vote's answer, the person's own pulse card, names them and shows their choice: it is never
    // stored. A retried vote is handled again (one answer per pseudonym, so nothing doubles).
    const remember = Boolean(activity.id) && kind !== 'refresh';
    const keepAnswer = kind !== 'vote';
    const handleFresh = () => {
      let retry = false;
      if (remember && activity.id) {
        const remembered = conversations.rememberActivity(activity.id, clock.now());
        if (!remembered.fresh && !keepAnswer) retry = true;
        else if (!remembered.fresh) {
          logger.info('teams activity already handled', { type: activity.type });
          return {
            done: true as const,
            answer: (remembered.previousResponse as InvokeAnswer | null) ?? undefined,
          };
        }
        if (++seen % PRUNE_EVERY === 1) {
          conversations.pruneActivities(new Date(clock.now().getTime() - DEDUPE_WINDOW_MS));
        }
      }
      return { done: false as const, answer: handle(activity, reply, retry) };
    };
    // A vote writes the activity id, the conversation and the vote: one transaction, not three.
    const outcome = kind === 'vote' ? deps.core.ctx.store.transaction(handleFresh) : handleFresh();
    if (outcome.done) return outcome.answer;
    const answer = await outcome.answer;
    if (remember && keepAnswer && activity.id && answer) conversations.saveResponse(activity.id, answer);
    return answer;
  }
}
