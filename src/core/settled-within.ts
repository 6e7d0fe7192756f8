import { setTimeout as delay } from 'node:timers/promises';

/** The promise's value if it settles within `ms`, otherwise `late` (the promise goes on; a failure in time rejects). */
export function within<T, L>(promise: Promise<T>, ms: number, late: L): Promise<T | L> {
  const timer = new AbortController();
  const timeout = delay(ms, late, { signal: timer.signal }).catch(() => late);
  return Promise.race([promise, timeout]).finally(() => timer.abort());
}

/** The promise's value if it settles within `ms`, otherwise undefined (the promise goes on). */
export const settledWithin = <T>(promise: Promise<T>, ms: number): Promise<T | undefined> =>
  within(promise, ms, undefined);

/** A lookup given `ms` at most: its value, or `fallback` when it fails or is late. */
export const valueWithin = <T>(lookup: () => T | Promise<T>, ms: number, fallback: T): Promise<T> =>
  within(
    Promise.resolve()
      .then(lookup)
      .catch(() => fallback),
    ms,
    fallback,
  );
