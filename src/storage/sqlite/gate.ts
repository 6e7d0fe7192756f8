import { wrapRepositories } from '../wrap-repositories.js';

/**
 * One better-sqlite3 connection serves the whole process, and a transaction on it spans several
 * awaited statements: anything else run on the connection meanwhile would join that transaction.
 * The gate lets one operation (a repository call or a whole transaction) use the connection at a time;
 * the others wait their turn without blocking the event loop. Each statement itself is synchronous and
 * short, so the loop is never held for longer than one of them.
 */
export function createGate() {
  let tail: Promise<void> = Promise.resolve();
  return {
    async run<T>(operation: () => Promise<T>): Promise<T> {
      const previous = tail;
      let release!: () => void;
      tail = new Promise((resolve) => {
        release = resolve;
      });
      await previous;
      try {
        return await operation();
      } finally {
        release();
      }
    },
  };
}

export type Gate = ReturnType<typeof createGate>;

/**
 * The same repositories, each call waiting for the gate and then running as `alone` says (SQLite: in
 * its own write transaction, so another process's lock is waited for on a timer, not a blocked loop).
 */
export function gated<R extends object>(
  repositories: R,
  gate: Gate,
  alone: <T>(call: () => Promise<T>) => Promise<T>,
): R {
  return wrapRepositories(
    repositories,
    (_call, method) =>
      (...args) =>
        gate.run(() => alone(() => method(...args))),
  );
}
