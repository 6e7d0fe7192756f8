import type { LocalFeedBook } from '../core/core.js';
import type { ChatGateway, Clock } from '../core/ports.js';

/**
 * The local platform posts into the database feed that the local page shows. The feed's unique
 * idempotency key makes a repeated send after a crash a no-op, so local delivery is exactly-once.
 */
export function createLocalGateway(feed: LocalFeedBook, clock: Clock): ChatGateway {
  return {
    platform: 'local',
    async send(target, message, idempotencyKey) {
      const entry = await feed.append(target, idempotencyKey, message, clock.now().toISOString());
      return { ok: true, messageRef: String(entry.id) };
    },
    async update(_target, messageRef, message) {
      return (await feed.replace(Number(messageRef), message))
        ? { ok: true, messageRef }
        : { ok: false, permanent: true, code: 'entry_not_found' };
    },
  };
}
