import type { webApi } from '@slack/bolt';
import { boundedMap } from '../core/bounded-memo.js';

const TTL_MS = 60 * 60_000;
const MAX_ENTRIES = 2_000;
const MAX_LOOKUPS = 20;

interface Entry {
  name: string;
  at: number;
}

/**
 * Names of Slack users Kulturpuls has not met (a nominee who never used the bot), from `users.info`,
 * kept an hour. A failed lookup leaves the name out: the caller shows its own placeholder.
 */
export function createUserNames(now: () => number = Date.now) {
  const cache = boundedMap<Entry>(MAX_ENTRIES);

  async function one(client: webApi.WebClient, userId: string): Promise<string | undefined> {
    const hit = cache.get(userId);
    if (hit && now() - hit.at < TTL_MS) return hit.name;
    try {
      const { user } = await client.users.info({ user: userId });
      const name = user?.profile?.display_name || user?.real_name || user?.name;
      if (!name) return undefined;
      cache.set(userId, { name, at: now() });
      return name;
    } catch {
      return undefined;
    }
  }

  return {
    /** Looks up at most 20 ids at once (App Home lists at most 10 per section). */
    async lookup(client: webApi.WebClient, userIds: Iterable<string>): Promise<Map<string, string>> {
      const ids = [...new Set(userIds)].slice(0, MAX_LOOKUPS);
      const names = await Promise.all(ids.map(async (id) => [id, await one(client, id)] as const));
      return new Map(names.flatMap(([id, name]) => (name ? [[id, name] as [string, string]] : [])));
    },
  };
}

export type UserNames = ReturnType<typeof createUserNames>;
