import { type PgBridge, PgError } from './bridge.js';

// Serialization failures and deadlocks: the transaction is tried again from the start.
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 10;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * `Store.transaction` on PostgreSQL: SERIALIZABLE, so a transaction sees what it would see had it run
 * alone, as with SQLite's single writer (the vote's read-then-write stays correct across replicas).
 * Nested calls are savepoints, so an inner failure the caller catches leaves the outer usable.
 */
export function createTransactions(bridge: PgBridge) {
  let depth = 0;

  function nested<T>(fn: () => T): T {
    const name = `kp_${depth}`;
    bridge.query(`SAVEPOINT ${name}`);
    depth++;
    try {
      const result = fn();
      bridge.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      bridge.query(`ROLLBACK TO SAVEPOINT ${name}`);
      bridge.query(`RELEASE SAVEPOINT ${name}`);
      throw error;
    } finally {
      depth--;
    }
  }

  function outermost<T>(fn: () => T): T {
    for (let attempt = 1; ; attempt++) {
      bridge.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      depth = 1;
      try {
        const result = fn();
        bridge.query('COMMIT');
        return result;
      } catch (error) {
        try {
          bridge.query('ROLLBACK');
        } catch {
          // The connection is gone; the error below says why.
        }
        if (!(error instanceof PgError && RETRYABLE.has(error.code ?? '')) || attempt >= ATTEMPTS)
          throw error;
        // A short random pause: the wait blocks this replica's event loop (the store is synchronous),
        // so it stays in single milliseconds; a longer backoff measured worse in the bench.
        pause(Math.floor(Math.random() * 5 * attempt));
      } finally {
        depth = 0;
      }
    }
  }

  return {
    transaction: <T>(fn: () => T): T => (depth > 0 ? nested(fn) : outermost(fn)),
    inTransaction: () => depth > 0,
  };
}
