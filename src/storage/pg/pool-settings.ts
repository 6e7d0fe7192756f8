import type { PoolConfig } from 'pg';

/**
 * Every limit of the PostgreSQL connection in one place. Each can be set on the URL
 * (`postgres://…/kulturpuls?pool_size=20&lock_timeout=2000`, milliseconds); the URL's other parameters
 * (`sslmode`, `application_name`, …) go to node-postgres as they are.
 */
export const PG_LIMITS = {
  /** Connections this replica keeps open at most; one more caller waits for a free one. */
  pool_size: 10,
  /** A new connection that takes longer fails ("try again"), as does waiting this long for a free one. */
  connect_timeout: 5_000,
  /** The server ends a statement that runs longer. */
  statement_timeout: 10_000,
  /** A statement waiting this long for another session's lock fails ("try again"). */
  lock_timeout: 2_000,
  /** The client gives up on a server that stops answering (a hung server enforces no timeout). */
  query_timeout: 12_000,
  /** An idle connection is closed after this long. */
  idle_timeout: 30_000,
  /**
   * 1: the vote path's statements are prepared by name, once per connection. 0 for a pooler in
   * transaction mode that cannot keep them (PgBouncer before 1.21).
   */
  prepared_statements: 1,
} as const;

export type PgLimits = { -readonly [K in keyof typeof PG_LIMITS]: number };

export function pgPoolConfig(url: string): { config: PoolConfig; limits: PgLimits } {
  const parsed = new URL(url);
  const limits = { ...PG_LIMITS } as PgLimits;
  for (const name of Object.keys(PG_LIMITS) as (keyof PgLimits)[]) {
    const value = parsed.searchParams.get(name);
    if (value === null) continue;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} on the database URL must be a whole number, not "${value}".`);
    limits[name] = n;
    parsed.searchParams.delete(name);
  }
  return {
    limits,
    config: {
      connectionString: parsed.toString(),
      max: limits.pool_size,
      connectionTimeoutMillis: limits.connect_timeout,
      idleTimeoutMillis: limits.idle_timeout,
      statement_timeout: limits.statement_timeout,
      lock_timeout: limits.lock_timeout,
      query_timeout: limits.query_timeout,
      allowExitOnIdle: true,
    },
  };
}
