import { DrizzleQueryError } from 'drizzle-orm';
import type { TransactionOptions } from '../core/ports.js';
import type { Kit } from './kit.js';
import { oncePer } from './once-per.js';
import { createRepositories } from './repositories/index.js';
import { participationBuffer } from './repositories/participation.js';
import type { InnerStore } from './sealed/inner-store.js';
import { type Gate, gated } from './sqlite/gate.js';
import { wrapRepositories } from './wrap-repositories.js';

/**
 * drizzle wraps a failed statement in an error whose message holds the statement and its parameters.
 * The driver's own error goes on instead: its code (SQLITE_BUSY, 40001 …) and message read alike on
 * both dialects, and no parameter (a pseudonym, a sealed value) reaches a log line.
 */
function driverErrors<R extends object>(repositories: R): R {
  return wrapRepositories(repositories, (_call, method) => async (...args) => {
    try {
      return await method(...args);
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      throw error instanceof DrizzleQueryError && cause instanceof Error ? cause : error;
    }
  });
}

/** Runs a transaction's body on the kit of that transaction (PostgreSQL: its connection; SQLite: the one). */
export type TransactionRunner = <T>(
  body: (kit: Kit) => Promise<T>,
  options: TransactionOptions,
) => Promise<T>;

/**
 * One dialect's store below the sealing layer: the repositories written once over its kit, and for
 * every transaction the same repositories over the transaction's kit. A `gate` (SQLite's one
 * connection) makes every call outside a transaction wait for the transaction in progress.
 */
export function assembleInner(
  kit: Kit,
  run: TransactionRunner,
  gate?: { gate: Gate; alone: <T>(call: () => Promise<T>) => Promise<T> },
): InnerStore {
  const buffer = participationBuffer(kit);
  const repositories = driverErrors(createRepositories(kit, buffer));
  // Built once per kit: PostgreSQL keeps one kit per pooled connection (pg/store.ts).
  const handle = oncePer(
    (inner: Kit) => driverErrors(createRepositories(inner, buffer)),
    [kit, repositories],
  );
  const transaction: InnerStore['transaction'] = (body, options = {}) => {
    const start = () => run((inner) => body(handle(inner)), options);
    return gate ? gate.gate.run(start) : start();
  };
  return { ...(gate ? gated(repositories, gate.gate, gate.alone) : repositories), transaction };
}
