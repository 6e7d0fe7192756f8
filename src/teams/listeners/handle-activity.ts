import { isTransientStorageError } from '../../core/errors.js';
import { type AdaptiveCard, type CardActivity, cardInvokeResponse } from '../card-types.js';
import { conversationRefOf, type InboundActivity, parseActivity, type TeamsIntent } from '../parse.js';
import { answerCardAction } from './card-actions.js';
import { answerMessage } from './commands.js';
import type { TeamsHandlerDeps } from './deps.js';
import { createRecentVotes } from './recent-votes.js';

export interface InvokeAnswer {
  status: number;
  body?: unknown;
}

type Reply = (activity: CardActivity) => Promise<unknown>;

const invokeAnswer = (card: AdaptiveCard | undefined): InvokeAnswer =>
  card ? cardInvokeResponse(card) : { status: 200 };

const DEDUPE_WINDOW_MS = 24 * 3_600_000;
const PRUNE_EVERY = 200;

/**
 * One inbound activity: remember the conversation, drop a retried activity, call one use case and
 * answer (a reply in the conversation for messages, the invoke answer for card actions).
 */
export function createActivityHandler(deps: TeamsHandlerDeps) {
  const { conversations, clock, logger } = deps;
  const recentVotes = createRecentVotes();
  let seen = 0;

  // Bookkeeping only: a busy database must not stop the answer (the use case says "try again" itself).
  function bookkeep<T>(work: () => T, fallback: T): T {
    try {
      return work();
    } catch (error) {
      if (!isTransientStorageError(error)) throw error;
      logger.warn('teams: storage busy while remembering the conversation', { error: String(error) });
      return fallback;
    }
  }

  function lifecycle(intent: Extract<TeamsIntent, { kind: 'installed' | 'removed' | 'ignored' }>) {
    const now = clock.now().toISOString();
    if (intent.kind === 'installed') conversations.save(intent.ref, now);
    else if (intent.kind === 'removed') conversations.markRemoved(intent.conversationId, now);
    logger.info(`teams activity: ${intent.kind}`, intent.kind === 'ignored' ? { reason: intent.reason } : {});
  }

  /** Activities other than votes are remembered with their answer: a retry gets the same answer. */
  function remembered(activity: InboundActivity) {
    if (!activity.id) return { fresh: true as const };
    const result = bookkeep(() => conversations.rememberActivity(activity.id as string, clock.now()), {
      fresh: true as const,
    });
    if (++seen % PRUNE_EVERY === 1)
      bookkeep(() => conversations.pruneActivities(new Date(clock.now().getTime() - DEDUPE_WINDOW_MS)), 0);
    return result;
  }

  return async (activity: InboundActivity, reply: Reply): Promise<InvokeAnswer | undefined> => {
    const intent = parseActivity(activity);
    if (intent.kind === 'installed' || intent.kind === 'removed' || intent.kind === 'ignored') {
      lifecycle(intent);
      return undefined;
    }
    // First contact counts as an install: later posts can reach this conversation proactively.
    const ref = conversationRefOf(activity);
    if (ref) bookkeep(() => conversations.save(ref, clock.now().toISOString()), undefined);
    const teamsUserId = activity.from?.id ?? intent.actor.userId;
    // A vote is never remembered with its answer (the voter's own card): a retry is voted again,
    // which changes nothing (one answer per pseudonym), and is confirmed as first recorded.
    if (intent.kind === 'vote') {
      const retry = activity.id ? recentVotes.seen(activity.id) : false;
      return invokeAnswer(answerCardAction(deps, intent, teamsUserId, retry));
    }
    if (intent.kind !== 'refresh') {
      const memory = remembered(activity);
      if (!memory.fresh) {
        logger.info('teams activity already handled', { type: activity.type });
        return (memory.previousResponse as InvokeAnswer | null) ?? undefined;
      }
    }
    const result = await answer(intent, teamsUserId, reply);
    if (activity.id && intent.kind !== 'refresh' && result)
      bookkeep(() => conversations.saveResponse(activity.id as string, result), undefined);
    return result;
  };

  async function answer(
    intent: Exclude<TeamsIntent, { kind: 'installed' | 'removed' | 'ignored' | 'vote' }>,
    teamsUserId: string,
    reply: Reply,
  ): Promise<InvokeAnswer | undefined> {
    if (intent.kind === 'message') {
      await reply(answerMessage(deps, intent));
      return undefined;
    }
    return invokeAnswer(answerCardAction(deps, intent, teamsUserId, false));
  }
}
