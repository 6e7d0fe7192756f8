import { and, count, countDistinct, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { SectorParticipation } from '../../core/ports.js';
import { type Kit, p, placeholders } from '../kit.js';

/** Participation counted per sector from several sources, added up per sector, sorted by sector. */
function sumBySector(rows: readonly SectorParticipation[]): SectorParticipation[] {
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
      .values({ ...placeholders('pulseId sector'), respondents: 1, firstInMonth: p('first') })
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
