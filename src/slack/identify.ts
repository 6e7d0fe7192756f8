import type { webApi } from '@slack/bolt';
import type { Actor } from '../core/people.js';
import { personKey } from '../core/records.js';
import type { SlackDeps } from './deps.js';
import { actorOf } from './parse.js';

/**
 * The acting person with their name and e-mail, looked up once with `users.info` (roles in the
 * config may be given as e-mail addresses). Later calls use what is stored.
 */
export async function identify(
  deps: SlackDeps,
  client: webApi.WebClient,
  userId: string,
  channelId?: string,
): Promise<Actor> {
  const actor = actorOf({ id: userId }, channelId);
  const known = deps.runtime.store.people.get(personKey('slack', userId));
  if (known?.email) return actor;
  try {
    const info = await client.users.info({ user: userId });
    const name = info.user?.profile?.display_name || info.user?.real_name || info.user?.name;
    const email = info.user?.profile?.email;
    const full: Actor = { ...actor, ...(name ? { displayName: name } : {}), ...(email ? { email } : {}) };
    deps.core.people.ensure(full);
    return full;
  } catch (error) {
    deps.runtime.logger.warn('slack users.info failed', { error: String(error) });
    return actor;
  }
}
