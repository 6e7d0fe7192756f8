import { type PgBridge, PgError } from './bridge.js';

// Serialization failures and deadlocks: the transaction is tried again from the start.
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 10;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// The first number of the two-key advisory locks taken for `exclusiveTo` (the second is the key's hash).
const EXCLUSIVE_LOCK_CLASS = 0x4b50; // "KP"

/**
 * `Store.transaction` on PostgreSQL: SERIALIZABLE, so a transaction sees what it would see had it run
 * alone, as with SQLite's single writer. Nested calls are savepoints, so an inner failure the caller
 * catches leaves the outer usable.
 *
 * With `exclusiveTo` (a person's votes), READ COMMITTED under a transaction-scoped advisory lock on
 * the key instead: the transactions that read and write the same rows wait for each other, and all
 * the others (everyone voting in the same pulse, adding to the same sector counter) no longer fail
 * with serialization errors to be retried. The counter is one atomic upsert, safe without SERIALIZABLE.
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

  function begin(exclusiveTo: string | undefined): void {
    if (exclusiveTo === undefined) {
      bridge.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
      return;
    }
    bridge.query('BEGIN ISOLATION LEVEL READ COMMITTED');
    bridge.query(`SELECT pg_advisory_xact_lock(${EXCLUSIVE_LOCK_CLASS}, hashtext($1))`, [exclusiveTo]);
  }

  function outermost<T>(fn: () => T, exclusiveTo: string | undefined): T {
    for (let attempt = 1; ; attempt++) {
      depth = 1;
      try {
        begin(exclusiveTo);
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
    transaction: <T>(fn: () => T, options: { exclusiveTo?: string } = {}): T =>
      depth > 0 ? nested(fn) : outermost(fn, options.exclusiveTo),
    inTransaction: () => depth > 0,
  };
}
