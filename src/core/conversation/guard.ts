import { isTransientStorageError } from '../errors.js';
import type { Logger } from '../ports.js';
import { valueWithin, within } from '../settled-within.js';
import type { Locale } from '../vocabulary.js';
import { type MessageReply, type Reply, tryAgainReply } from './reply.js';

/**
 * How long a person's action may wait for storage before they are asked to try again: inside Slack's
 * 3 seconds for an acknowledgement, with room for the reply to travel.
 */
export const STORAGE_BUDGET_MS = 2_000;
/** The person's language for that answer is looked up only briefly; otherwise the default speaks. */
const LOCALE_BUDGET_MS = 200;

const SLOW = Symbol('slow');

/**
 * "Storage busy, try again", decided once for every platform: a locked, full, hung or unreachable
 * database. Each use case is one transaction, so what failed stored nothing, and one still running
 * when the budget ends either commits whole or not at all; the person's retry is safe either way.
 */
export function createStorageGuard(
  logger: Logger,
  localeOf: (userKey: string) => Locale | Promise<Locale>,
  fallback: Locale,
) {
  async function tryAgain(actor: { platform: string; userId: string }): Promise<MessageReply> {
    const locale = await valueWithin(
      () => localeOf(`${actor.platform}:${actor.userId}`),
      LOCALE_BUDGET_MS,
      fallback,
    );
    return tryAgainReply(locale);
  }

  return function guard<
    P extends { platform: string; userId: string },
    A extends unknown[],
    R extends Reply | undefined,
  >(name: string, fn: (actor: P, ...rest: A) => R | Promise<R>) {
    return async (actor: P, ...rest: A): Promise<R | MessageReply> => {
      const work = Promise.resolve().then(() => fn(actor, ...rest));
      try {
        const outcome = await within(work, STORAGE_BUDGET_MS, SLOW);
        if (outcome !== SLOW) return outcome;
      } catch (error) {
        if (!isTransientStorageError(error)) throw error;
        logger.warn('storage busy, asked to try again', { useCase: name, error: String(error) });
        return tryAgain(actor);
      }
      logger.warn('storage slow, asked to try again', { useCase: name, budgetMs: STORAGE_BUDGET_MS });
      work.catch((error) =>
        logger.warn('a use case failed after its answer', { useCase: name, error: String(error) }),
      );
      return tryAgain(actor);
    };
  };
}
