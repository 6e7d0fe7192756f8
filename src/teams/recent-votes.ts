const KEEP = 5_000;

/**
 * Vote activity ids seen lately, in memory only: a vote's activity id written next to the vote in
 * the database would tell who voted (see PRIVACY.md), and a retry only changes the wording.
 */
export function createRecentVotes() {
  const ids = new Set<string>();
  return {
    seen(id: string): boolean {
      if (ids.has(id)) return true;
      ids.add(id);
      if (ids.size > KEEP) ids.delete(ids.values().next().value as string);
      return false;
    },
  };
}
