import type { webApi } from '@slack/bolt';
import type { Core } from '../core/core.js';
import type { Actor } from '../core/people.js';
import type { Logger } from '../core/ports.js';
import { personKey } from '../core/records.js';
import { actorOf } from './parse.js';

const RETRY_AFTER_FAILURE_MS = 5 * 60_000;

/**
 * Who is acting. `now` answers at once from what is stored; `resolved` looks the person up with
 * `users.info` once (roles may be given as e-mail addresses, from the first command on) and
 * remembers it, so no later command waits for Slack.
 */
export function createSlackIdentity(people: Pick<Core['people'], 'ensure' | 'get'>, logger: Logger) {
  const lookups = new Map<string, Promise<void>>();

  function lookUp(client: webApi.WebClient, userId: string): Promise<void> {
    let pending = lookups.get(userId);
    // biome-ignore lint/nursery/noMisusedPromises: a look-up already in flight (or undefined), not its result
    if (pending) return pending;
    pending = client.users.info({ user: userId }).then(
      async (info) => {
        const profile = info.user?.profile;
        // The display name a person chose, never the legacy `name` handle.
        const name = profile?.display_name || info.user?.real_name;
        const email = profile?.email;
        await people.ensure({
          platform: 'slack',
          userId,
          ...(name ? { displayName: name } : {}),
          ...(email ? { email } : {}),
        });
      },
      (error: unknown) => {
        logger.warn('slack users.info failed', { method: 'users.info', error: String(error) });
        setTimeout(() => lookups.delete(userId), RETRY_AFTER_FAILURE_MS).unref();
      },
    );
    lookups.set(userId, pending);
    return pending;
  }

  const known = async (userId: string) => Boolean((await people.get(personKey('slack', userId)))?.email);

  return {
    now: (userId: string, channelId?: string): Actor => actorOf({ id: userId }, channelId),
    /** True when `resolved` would not have to wait for Slack. */
    ready: async (userId: string) => lookups.has(userId) || (await known(userId)),
    async resolved(client: webApi.WebClient, userId: string, channelId?: string): Promise<Actor> {
      if (!(await known(userId))) await lookUp(client, userId);
      return actorOf({ id: userId }, channelId);
    },
    /** Starts the look-up without waiting for it (a form must open while its trigger is fresh). */
    warm(client: webApi.WebClient, userId: string): void {
      const warming = async () => {
        if (!(await known(userId))) await lookUp(client, userId);
      };
      warming().catch((error: unknown) => {
        logger.warn('slack identity look-up failed', { error: String(error) });
      });
    },
  };
}

export type SlackIdentity = ReturnType<typeof createSlackIdentity>;
