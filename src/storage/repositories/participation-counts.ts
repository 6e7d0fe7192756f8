import { and, count, countDistinct, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { SectorParticipation } from '../../core/ports.js';
import type { Kit } from '../kit.js';
import { COUNT_IMPORTED_RESPONDENTS } from '../shared-rows.js';

/** Participation counted per sector from several sources, added up per sector, sorted by sector. */
export function sumBySector(rows: readonly SectorParticipation[]): SectorParticipation[] {
  const bySector = new Map<string | null, SectorParticipation>();
  for (const row of rows) {
    const seen = bySector.get(row.sector) ?? { sector: row.sector, respondents: 0, responses: 0 };
    seen.respondents += Number(row.respondents);
    seen.responses += Number(row.responses);
    bySector.set(row.sector, seen);
  }
  return [...bySector.values()].sort((a, b) => (a.sector ?? '').localeCompare(b.sector ?? ''));
}

/** How many took part per pulse and sector (`sector` '' = no sector), counted as they answer. */
export function participationCounts({ db, t, prepared }: Kit) {
  const { pulseParticipation, pulseRespondents, people } = t;

  /** Pulses written by a bulk import (demo data) have participation rows but no counts: counted from the rows. */
  function imported(pulseIds: string[]) {
    const counted = db
      .select({ pulseId: pulseRespondents.pulseId })
      .from(pulseRespondents)
      .where(inArray(pulseRespondents.pulseId, pulseIds));
    return db
      .select({
        sector: people.sector,
        respondents: countDistinct(pulseParticipation.personKey),
        responses: count(),
      })
      .from(pulseParticipation)
      .leftJoin(people, eq(people.key, pulseParticipation.personKey))
      .where(
        and(inArray(pulseParticipation.pulseId, pulseIds), notInArray(pulseParticipation.pulseId, counted)),
      )
      .groupBy(people.sector);
  }

  // The vote path: built once, not per call (see prepared.ts).
  const countOne = prepared(() =>
    db
      .insert(pulseRespondents)
      .values({
        pulseId: sql.placeholder('pulseId'),
        sector: sql.placeholder('sector'),
        respondents: 1,
        firstInMonth: sql.placeholder('first'),
      })
      .onConflictDoUpdate({
        target: [pulseRespondents.pulseId, pulseRespondents.sector],
        set: {
          respondents: sql`${pulseRespondents.respondents} + 1`,
          firstInMonth: sql`${pulseRespondents.firstInMonth} + excluded.first_in_month`,
        },
      }),
  );

  return {
    async countRespondent(pulseId: string, sector: string | null, firstInMonth: boolean): Promise<void> {
      await countOne({ pulseId, sector: sector ?? '', first: firstInMonth ? 1 : 0 });
    },

    async participationCount(pulseIds: string[]): Promise<number> {
      if (pulseIds.length === 0) return 0;
      const [row] = await db
        .select({ n: sql<number>`coalesce(sum(${pulseRespondents.respondents}), 0)` })
        .from(pulseRespondents)
        .where(inArray(pulseRespondents.pulseId, pulseIds));
      return Number(row?.n ?? 0);
    },

    async participationBySector(pulseIds: string[]): Promise<SectorParticipation[]> {
      if (pulseIds.length === 0) return [];
      const counted = await db
        .select({
          sector: pulseRespondents.sector,
          respondents: sql<number>`sum(${pulseRespondents.firstInMonth})`,
          responses: sql<number>`sum(${pulseRespondents.respondents})`,
        })
        .from(pulseRespondents)
        .where(inArray(pulseRespondents.pulseId, pulseIds))
        .groupBy(pulseRespondents.sector);
      const fromRows = await imported(pulseIds);
      return sumBySector([
        ...counted.map((row) => ({ ...row, sector: row.sector === '' ? null : row.sector })),
        ...fromRows,
      ]);
    },
  };
}

/**
 * Counts per sector for pulses whose participation was written directly (bulk imports, demo data),
 * from the participants' sectors now. The vote path never needs this: it counts as it stores.
 * Returns the count rows written.
 */
export async function countImportedRespondents(kit: Kit): Promise<number> {
  // In one write transaction, so two processes starting together count once.
  // RETURNING, where a driver's count of changed rows is not available on both: one row per count written.
  const counting = sql.raw(`${COUNT_IMPORTED_RESPONDENTS} RETURNING pulse_id`);
  const written = await kit.atomic((k) => k.rows<{ pulse_id: string }>(counting));
  return written.length;
}
