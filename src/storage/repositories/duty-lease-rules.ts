import { type Column, type SQL, sql } from 'drizzle-orm';

/** Expired for every `now`: ISO timestamps sort after the empty string. */
export const RELEASED = '';

/**
 * The upsert's update for taking a duty (same SQL on SQLite and PostgreSQL): only when the lease is
 * ours or has run out, keeping the token on a renewal and raising it on a takeover.
 */
export function takeOver(
  t: { owner: Column; leaseUntil: Column; token: Column },
  lease: { owner: string; until: string; now: string },
): { set: { owner: string; leaseUntil: string; token: SQL }; setWhere: SQL } {
  return {
    set: {
      owner: lease.owner,
      leaseUntil: lease.until,
      token: sql`CASE WHEN ${t.owner} = ${lease.owner} THEN ${t.token} ELSE ${t.token} + 1 END`,
    },
    setWhere: sql`${t.owner} = ${lease.owner} OR ${t.leaseUntil} <= ${lease.now}`,
  };
}
