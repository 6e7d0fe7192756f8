import { activityProblem } from '../activity-shape.js';
import { type CardActivity, cardActivity, cardInvokeResponse } from '../card-types.js';
import { conversationRefOf, type InboundActivity, parseActivity } from '../parse.js';
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

  function handle(activity: InboundActivity, reply: (activity: CardActivity) => Promise<unknown>) {
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
        return cardInvokeResponse(vote(deps, { ...intent, teamsUserId }));
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

  return async (
    activity: InboundActivity,
    reply: (activity: CardActivity) => Promise<unknown>,
  ): Promise<InvokeAnswer | undefined> => {
    const problem = activityProblem(activity);
    if (problem) {
      logger.info('teams activity refused', { problem });
      return { status: 400, body: { error: 'bad_activity' } };
    }
    // Activities we do not act on (typing, reactions, …) are acknowledged without being remembered.
    if (parseActivity(activity).kind === 'ignored') return undefined;
    if (activity.id) {
      const remembered = conversations.rememberActivity(activity.id, clock.now());
      if (!remembered.fresh) {
        logger.info('teams activity already handled', { type: activity.type });
        return (remembered.previousResponse as InvokeAnswer | null) ?? undefined;
      }
      if (++seen % PRUNE_EVERY === 1) {
        conversations.pruneActivities(new Date(clock.now().getTime() - DEDUPE_WINDOW_MS));
      }
    }
    const answer = await handle(activity, reply);
    if (activity.id && answer) conversations.saveResponse(activity.id, answer);
    return answer;
  };
}
