import { setTimeout as delay } from 'node:timers/promises';

/** The promise's value if it settles within `ms`, otherwise undefined (the promise goes on). */
export function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const timer = new AbortController();
  const timeout = delay(ms, undefined, { signal: timer.signal }).catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => timer.abort());
}
