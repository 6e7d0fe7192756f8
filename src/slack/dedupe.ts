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

export type RecentIds = ReturnType<typeof createRecentIds>;
