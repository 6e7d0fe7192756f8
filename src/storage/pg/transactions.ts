import { setTimeout as sleep } from 'node:timers/promises';
import pg, { type Pool, type PoolClient } from 'pg';
import { errorChain, storageErrorCode } from '../../core/errors.js';
import type { TransactionOptions } from '../../core/ports.js';

const { DatabaseError } = pg;

// Serialization failures and deadlocks: the transaction is tried again from the start.
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 10;

// The first number of the two-key advisory locks taken for `exclusiveTo` (the second is the key's hash).
const EXCLUSIVE_LOCK_CLASS = 0x4b50; // "KP"

/** The server answered with an error: the connection itself is fine and goes back to the pool. */
const answeredByServer = (error: unknown) => errorChain(error).some((e) => e instanceof DatabaseError);

/** A keyed hash in base64url (`voterLockKey`): safe to write into a statement as a literal. */
const LITERAL_KEY = /^[A-Za-z0-9_-]{1,128}$/;

async function begin(client: PoolClient, exclusiveTo: string | undefined): Promise<void> {
  if (exclusiveTo === undefined) {
    await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
    return;
  }
  // The vote's path: BEGIN and the lock in one round trip (a simple query takes no parameters).
  if (LITERAL_KEY.test(exclusiveTo)) {
    await client.query(
      `BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(${EXCLUSIVE_LOCK_CLASS}, hashtext('${exclusiveTo}'))`,
    );
    return;
  }
  await client.query('BEGIN ISOLATION LEVEL READ COMMITTED');
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [EXCLUSIVE_LOCK_CLASS, exclusiveTo]);
}

/**
 * `Store.transaction` on PostgreSQL, one pooled connection per transaction. SERIALIZABLE, so a
 * transaction sees what it would see had it run alone, as with SQLite's single writer; a
 * serialization failure runs the body again (it does database work only, see `Store.transaction`).
 *
 * With `exclusiveTo` (a person's votes), READ COMMITTED under a transaction-scoped advisory lock on
 * the key instead: the transactions that read and write the same rows wait for each other, and all
 * the others (everyone voting in the same pulse) no longer fail with serialization errors.
 */
export function createPgTransactions(pool: Pool, onRetry?: (code: string) => void) {
  async function attempt<T>(body: (client: PoolClient) => Promise<T>, exclusiveTo?: string): Promise<T> {
    const client = await pool.connect();
    let broken: unknown;
    // A connection that breaks while it is ours (the server ends it) reports it here, not to the pool.
    const lost = (error: Error) => {
      broken = error;
    };
    client.on('error', lost);
    try {
      try {
        await begin(client, exclusiveTo);
        const result = await body(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (answeredByServer(error)) await client.query('ROLLBACK');
        throw error;
      }
    } catch (error) {
      // A timeout or lost connection: the connection may still be busy with the statement, so it is
      // closed rather than handed to the next caller.
      if (!answeredByServer(error)) broken = error;
      throw error;
    } finally {
      client.off('error', lost);
      client.release(broken as Error | undefined);
    }
  }

  return {
    async transaction<T>(
      body: (client: PoolClient) => Promise<T>,
      options: TransactionOptions = {},
    ): Promise<T> {
      for (let n = 1; ; n++) {
        try {
          return await attempt(body, options.exclusiveTo);
        } catch (error) {
          const code = storageErrorCode(error) ?? '';
          if (!RETRYABLE.has(code) || n >= ATTEMPTS) throw error;
          onRetry?.(code);
          // A short random pause, growing with each attempt, lets the conflicting transaction finish.
          await sleep(Math.floor(Math.random() * 5 * n));
        }
      }
    },

    /** A savepoint inside the transaction on `client`: an inner failure the caller catches leaves the outer usable. */
    async savepoint<T>(client: PoolClient, depth: number, body: () => Promise<T>): Promise<T> {
      const name = `kp_${depth}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await body();
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        if (answeredByServer(error)) await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
  };
}
