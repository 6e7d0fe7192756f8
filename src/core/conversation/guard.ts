import { isTransientStorageError } from '../errors.js';
import type { Logger } from '../ports.js';
import type { Locale } from '../vocabulary.js';
import { type MessageReply, type Reply, tryAgainReply } from './reply.js';

/**
 * "Storage busy, try again", decided once for every platform: a locked or full database stored
 * nothing (each use case is one transaction), so the person is simply asked to try again.
 */
export function createStorageGuard(
  logger: Logger,
  localeOf: (userKey: string) => Locale | Promise<Locale>,
  fallback: Locale,
) {
  return function guard<
    P extends { platform: string; userId: string },
    A extends unknown[],
    R extends Reply | undefined,
  >(name: string, fn: (actor: P, ...rest: A) => R | Promise<R>) {
    return async (actor: P, ...rest: A): Promise<R | MessageReply> => {
      try {
        return await fn(actor, ...rest);
      } catch (error) {
        if (!isTransientStorageError(error)) throw error;
        logger.warn('storage busy, asked to try again', { useCase: name, error: String(error) });
        let locale = fallback;
        try {
          locale = await localeOf(`${actor.platform}:${actor.userId}`);
        } catch {}
        return tryAgainReply(locale);
      }
    };
  };
}
