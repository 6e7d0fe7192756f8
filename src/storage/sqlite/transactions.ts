import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../database.js';

/** How long a write waits for another process's lock on the file before "try again". */
export const BUSY_WAIT_MS = 5_000;

// SQLITE_BUSY, and SQLITE_BUSY_SNAPSHOT when a read transaction cannot become a write one; drizzle's
// wrapper carries the driver's error as its cause.
const isBusy = (error: unknown): boolean => {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: unknown };
  return (
    (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) || (cause !== undefined && isBusy(cause))
  );
};

/**
 * Transactions on the one connection, taken while the caller holds the gate. The store owns the
 * connection from here, so its busy_timeout is 0: no statement ever waits for another process's lock
 * with the event loop blocked. A transaction starts with BEGIN IMMEDIATE, taking the file's write lock
 * at once (writers of several processes serialize), and while another process holds it, the wait is a
 * timer here. A single repository call (`alone`) starts deferred, so a read takes no write lock; if it
 * writes while another process holds the lock, it is rolled back and runs again as an immediate one:
 * a repository method does only database work, so running it again repeats nothing else.
 * Nested calls are savepoints, so an inner failure the caller catches leaves the outer usable.
 * The transaction statements are prepared once: they run several times for every vote.
 */
export function createSqliteTransactions(db: Database) {
  db.pragma('busy_timeout = 0');
  const begin = { immediate: db.prepare('BEGIN IMMEDIATE'), deferred: db.prepare('BEGIN DEFERRED') };
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  let depth = 0;

  async function beginImmediate(): Promise<void> {
    const deadline = Date.now() + BUSY_WAIT_MS;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
      try {
        begin.immediate.run();
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
        await sleep(pause);
      }
    }
  }

  async function outermost<T>(body: () => Promise<T>, deferred = false): Promise<T> {
    if (deferred) begin.deferred.run();
    else await beginImmediate();
    depth = 1;
    try {
      const result = await body();
      commit.run();
      return result;
    } catch (error) {
      if (db.inTransaction) rollback.run();
      throw error;
    } finally {
      depth = 0;
    }
  }

  async function savepoint<T>(body: () => Promise<T>): Promise<T> {
    const name = `kp_${depth++}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = await body();
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      db.exec(`ROLLBACK TO ${name}`);
      db.exec(`RELEASE ${name}`);
      throw error;
    } finally {
      depth--;
    }
  }

  return {
    /** Call only while holding the gate. */
    atomically: <T>(body: () => Promise<T>): Promise<T> => (depth > 0 ? savepoint(body) : outermost(body)),
    /** One repository call, holding the gate: a read needs no write lock. */
    async alone<T>(body: () => Promise<T>): Promise<T> {
      if (depth > 0) return savepoint(body);
      try {
        return await outermost(body, true);
      } catch (error) {
        if (!isBusy(error)) throw error;
        return outermost(body);
      }
    },
  };
}
