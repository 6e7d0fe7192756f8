import type { CoreContext } from './context.js';
import type { InboundDedupe } from './core.js';
import { isTransientStorageError } from './errors.js';

const ACTIVITY_WINDOW_MS = 24 * 3_600_000;
const PRUNE_EVERY = 200;

/** Inbound events handled once across processes: Slack's by key, Teams activities with their answer. */
export function createInboundDedupe(ctx: CoreContext): InboundDedupe {
  const { store, logger } = ctx;
  let activities = 0;

  /** Activity ids older than a day are let go now and then; a busy database only delays it. */
  async function pruneNowAndThen(): Promise<void> {
    if (++activities % PRUNE_EVERY !== 1) return;
    try {
      await store.teamsConversations.pruneActivities(
        new Date(ctx.clock.now().getTime() - ACTIVITY_WINDOW_MS),
      );
    } catch (error) {
      if (!isTransientStorageError(error)) throw error;
      logger.warn('teams: storage busy while remembering an activity', { error: String(error) });
    }
  }

  return {
    firstTime: (key) => store.inbound.remember(key, ctx.nowIso()),
    seen: (key) => store.inbound.seen(key),
    async activity(id) {
      const remembered = await store.teamsConversations.rememberActivity(id, ctx.clock.now());
      await pruneNowAndThen();
      return remembered;
    },
    keepAnswer: (id, answer) => store.teamsConversations.saveResponse(id, answer),
  };
}
