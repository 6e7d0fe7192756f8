// Row shapes and SQL the SQLite and PostgreSQL stores share (the same tables on both).
import type { NewDelivery } from '../core/ports.js';
import type { Target } from '../core/records.js';

type TargetColumns = { targetPlatform: Target['platform']; targetKind: Target['kind']; targetId: string };

/** A row's three target columns folded into the core's `Target`. */
export function withTarget<R extends TargetColumns>(
  row: R,
): Omit<R, keyof TargetColumns> & { target: Target } {
  const { targetPlatform, targetKind, targetId, ...rest } = row;
  return { ...rest, target: { platform: targetPlatform, kind: targetKind, id: targetId } };
}

/** The outbox row a new delivery is queued as. */
export function queuedRow(delivery: NewDelivery, now: string) {
  return {
    dedupeKey: delivery.dedupeKey,
    targetPlatform: delivery.target.platform,
    targetKind: delivery.target.kind,
    targetId: delivery.target.id,
    payload: delivery.payload,
    status: 'pending' as const,
    attempts: 0,
    nextAttemptAt: delivery.notBefore,
    createdAt: now,
  };
}

/**
 * Counts per sector for pulses whose participation was written directly (bulk imports, demo data),
 * from the participants' sectors now. The vote path never needs this: it counts as it stores.
 */
export const COUNT_IMPORTED_RESPONDENTS = `
  INSERT INTO pulse_respondents (pulse_id, sector, respondents, first_in_month)
  SELECT x.pulse_id, x.sector, count(*), sum(x.first)
  FROM (
    SELECT pp.pulse_id, coalesce(pe.sector, '') AS sector,
      CASE WHEN row_number() OVER (
        PARTITION BY pp.person_key, substr(pu.closes_at, 1, 7) ORDER BY pu.closes_at, pu.id
      ) = 1 THEN 1 ELSE 0 END AS first
    FROM pulse_participation AS pp
    JOIN pulses AS pu ON pu.id = pp.pulse_id
    LEFT JOIN people AS pe ON pe.key = pp.person_key
    WHERE pp.pulse_id NOT IN (SELECT pulse_id FROM pulse_respondents)
  ) AS x
  GROUP BY x.pulse_id, x.sector`;
