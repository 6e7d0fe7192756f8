import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../database.js';

/** How long a write waits for another process's lock on the file before "try again" (SQLite's busy_timeout). */
export const BUSY_WAIT_MS = 5_000;

const isBusy = (error: unknown) => (error as { code?: string }).code === 'SQLITE_BUSY';

/**
 * Transactions on the one connection, taken while the caller holds the gate. BEGIN IMMEDIATE takes the
 * file's write lock at once, so writers of several processes serialize; while another process holds
 * it, the wait is a timer here (busy_timeout 0 for this one statement), never a blocked event loop.
 * Nested calls are savepoints, so an inner failure the caller catches leaves the outer usable.
 */
export function createSqliteTransactions(db: Database) {
  let depth = 0;

  async function beginImmediate(): Promise<void> {
    const deadline = Date.now() + BUSY_WAIT_MS;
    db.pragma('busy_timeout = 0');
    try {
      for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
        try {
          db.exec('BEGIN IMMEDIATE');
          return;
        } catch (error) {
          if (!isBusy(error) || Date.now() >= deadline) throw error;
          await sleep(pause);
        }
      }
    } finally {
      db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
    }
  }

  async function outermost<T>(body: () => Promise<T>): Promise<T> {
    await beginImmediate();
    depth = 1;
    try {
      const result = await body();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
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
  };
}
