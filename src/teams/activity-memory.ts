import { isTransientStorageError } from '../core/errors.js';
import type { TeamsConversationRef } from '../core/ports.js';
import type { TeamsHandlerDeps } from './listeners/deps.js';
import type { InvokeAnswer } from './listeners/handle-activity.js';
import { createRecentVotes } from './recent-votes.js';

/**
 * What the Teams adapter remembers of inbound activities: the conversation (for proactive posts)
 * and each handled activity with its answer, so a retry gets the same answer.
 */
export function createActivityMemory(deps: TeamsHandlerDeps) {
  const { conversations, inbound, clock, logger } = deps;
  const recentVotes = createRecentVotes();

  // Bookkeeping only: a busy database must not stop the answer (the use case says "try again" itself).
  async function bookkeep<T>(work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isTransientStorageError(error)) throw error;
      logger.warn('teams: storage busy while remembering an activity', { error: String(error) });
      return fallback;
    }
  }

  return {
    async conversation(ref: TeamsConversationRef | undefined): Promise<void> {
      if (ref) await bookkeep(() => conversations.save(ref, clock.now().toISOString()), undefined);
    },

    retriedVote: (id: string | undefined) => (id ? recentVotes.seen(id) : false),

    /** The answer given the first time, when this activity was handled before. */
    async handledBefore(id: string | undefined): Promise<{ answer: InvokeAnswer | undefined } | undefined> {
      if (!id) return undefined;
      const remembered = await bookkeep(() => inbound.activity(id), { fresh: true as const });
      if (remembered.fresh) return undefined;
      logger.info('teams activity already handled');
      return { answer: (remembered.previousResponse as InvokeAnswer | null) ?? undefined };
    },

    async keepAnswer(id: string | undefined, answer: InvokeAnswer | undefined): Promise<void> {
      if (id && answer) await bookkeep(() => inbound.keepAnswer(id, answer), undefined);
    },
  };
}
