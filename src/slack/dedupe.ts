import type { InboundDedupe } from '../core/core.js';

/**
 * Remembers recently handled ids (Slack event ids, submitted view ids) so a Slack retry
 * (`X-Slack-Retry-Num`) or a double click is handled once. Bounded: the oldest ids are forgotten.
 */
export function createRecentIds(max = 5_000) {
  const ids = new Set<string>();
  return {
    has: (id: string) => ids.has(id),
    /** True when the id is new (and now remembered), false when it was seen before. */
    add(id: string): boolean {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > max) {
        const oldest = ids.values().next().value;
        if (oldest !== undefined) ids.delete(oldest);
      }
      return true;
    },
  };
}

/** Ids already handled, as the listeners ask the store (`createDurableIds`). */
export interface RecentIds {
  has(id: string): Promise<boolean>;
  /** True when the id is new (and now remembered), false when it was seen before. */
  add(id: string): Promise<boolean>;
}

/**
 * The same contract, in SQLite: every process on the database shares it, so a Slack retry that
 * reaches another process (or this one after a restart) is still handled once.
 */
export function createDurableIds(
  inbound: Pick<InboundDedupe, 'firstTime' | 'seen'>,
  namespace: string,
): RecentIds {
  const key = (id: string) => `slack:${namespace}:${id}`;
  return {
    has: (id) => inbound.seen(key(id)),
    add: (id) => inbound.firstTime(key(id)),
  };
}
