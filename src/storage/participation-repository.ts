import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type {
  ParticipationEntry,
  PeopleRepository,
  PersonUpsert,
  SectorParticipation,
} from '../core/ports.js';
import type { Pulse } from '../core/records.js';
import type { Database } from './database.js';
import { immediate, type Orm } from './orm.js';
import { createParticipationBuffer, shuffled } from './participation-buffer.js';
import { pulseParticipation, pulseRespondents, pulses } from './schema/index.js';
import { COUNT_IMPORTED_RESPONDENTS, sumBySector } from './shared-rows.js';

const p = (name: string) => sql.placeholder(name);

/** The hour, not the millisecond: a batch's people rows carry no order of their own. */
const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;

/** Who took part in pulses, and how many per sector: the part of the pulse repository about people. */
export function createParticipationRepository(
  orm: Orm,
  db: Database,
  people: Pick<PeopleRepository, 'get' | 'upsert'>,
) {
  const insertParticipation = orm
    .insert(pulseParticipation)
    .values({ pulseId: p('pulseId'), personKey: p('personKey'), answeredAt: p('answeredAt') })
    .onConflictDoNothing()
    .prepare();
  const participated = orm
    .select({ pulseId: pulseParticipation.pulseId })
    .from(pulseParticipation)
    .where(and(eq(pulseParticipation.pulseId, p('pulseId')), eq(pulseParticipation.personKey, p('person'))))
    .prepare();
  const opensAt = db.prepare('SELECT opens_at AS opensAt FROM pulses WHERE id = ?');
  const count1 = db.prepare(`
    INSERT INTO pulse_respondents (pulse_id, sector, respondents, first_in_month) VALUES (?, ?, 1, ?)
    ON CONFLICT (pulse_id, sector) DO UPDATE SET
      respondents = respondents + 1, first_in_month = first_in_month + excluded.first_in_month`);
  // Imports and seeds only: is this the person's first pulse in the (UTC) month of the pulse's closing?
  const earlierInMonth = db.prepare(`
    SELECT 1 FROM pulse_participation AS q JOIN pulses AS qp ON qp.id = q.pulse_id, pulses AS me
    WHERE me.id = ? AND q.person_key = ? AND q.pulse_id <> me.id
      AND substr(qp.closes_at, 1, 7) = substr(me.closes_at, 1, 7)`);

  function writeUpserts(upserts: readonly PersonUpsert[], now: string): void {
    for (const upsert of upserts) people.upsert(upsert, hourOf(now));
  }

  const buffer = createParticipationBuffer((batch: ParticipationEntry[]) => {
    immediate(db, () => {
      const now = new Date().toISOString();
      writeUpserts(
        batch.flatMap((entry) => (entry.upsert ? [entry.upsert] : [])),
        now,
      );
      for (const entry of batch) {
        // The pulse's opening time, like the answers: no time of the click to join on.
        const at = (opensAt.get(entry.pulseId) as { opensAt: string } | undefined)?.opensAt ?? hourOf(now);
        insertParticipation.run({ pulseId: entry.pulseId, personKey: entry.person, answeredAt: at });
      }
    });
  });

  return {
    recordParticipation(pulseId: string, person: string, at: string): void {
      immediate(db, () => {
        const first = earlierInMonth.get(pulseId, person) === undefined;
        const added = insertParticipation.run({ pulseId, personKey: person, answeredAt: at }).changes > 0;
        if (added) count1.run(pulseId, people.get(person)?.sector ?? '', first ? 1 : 0);
      });
    },

    countRespondent(pulseId: string, sector: string | null, firstInMonth: boolean): void {
      count1.run(pulseId, sector ?? '', firstInMonth ? 1 : 0);
    },

    bufferParticipation(entry: ParticipationEntry, groupSize: number): void {
      buffer.add(entry, groupSize);
    },

    /** Pending participation of a closed pulse is dropped; first contacts among it get their rows. */
    closePending(pulseId: string, now: string): void {
      const upserts = buffer.close(pulseId);
      if (upserts.length > 0) immediate(db, () => writeUpserts(shuffled(upserts), now));
    },

    hasParticipated(pulseId: string, person: string): boolean {
      return participated.get({ pulseId, person }) !== undefined || buffer.has(pulseId, person);
    },

    participants(pulseId: string): string[] {
      const stored = orm
        .select({ personKey: pulseParticipation.personKey })
        .from(pulseParticipation)
        .where(eq(pulseParticipation.pulseId, pulseId))
        .orderBy(asc(pulseParticipation.personKey))
        .all()
        .map((row) => row.personKey);
      return [...new Set([...stored, ...buffer.people(pulseId)])].sort();
    },

    participationOf(person: string): Pulse[] {
      const ids = new Set([
        ...orm
          .select({ id: pulseParticipation.pulseId })
          .from(pulseParticipation)
          .where(eq(pulseParticipation.personKey, person))
          .all()
          .map((row) => row.id),
        ...buffer.pulsesOf(person),
      ]);
      if (ids.size === 0) return [];
      return orm
        .select()
        .from(pulses)
        .where(inArray(pulses.id, [...ids]))
        .orderBy(asc(pulses.opensAt), asc(pulses.id))
        .all();
    },

    participationCount(pulseIds: string[]): number {
      if (pulseIds.length === 0) return 0;
      const row = orm
        .select({ n: sql<number>`coalesce(sum(${pulseRespondents.respondents}), 0)` })
        .from(pulseRespondents)
        .where(inArray(pulseRespondents.pulseId, pulseIds))
        .get();
      return Number(row?.n ?? 0);
    },

    participationBySector(pulseIds: string[]): SectorParticipation[] {
      if (pulseIds.length === 0) return [];
      const counted = orm
        .select({
          sector: pulseRespondents.sector,
          respondents: sql<number>`sum(${pulseRespondents.firstInMonth})`,
          responses: sql<number>`sum(${pulseRespondents.respondents})`,
        })
        .from(pulseRespondents)
        .where(inArray(pulseRespondents.pulseId, pulseIds))
        .groupBy(pulseRespondents.sector)
        .all()
        .map((row) => ({ ...row, sector: row.sector === '' ? null : row.sector }));
      // Pulses written by a bulk import (demo data) have participation rows but no counts: those are
      // counted from the rows, with the participants' sectors now.
      const ids = sql.join(
        pulseIds.map((id) => sql`${id}`),
        sql`, `,
      );
      const imported = orm.all<SectorParticipation>(sql`
        SELECT p.sector AS sector, count(DISTINCT pp.person_key) AS respondents, count(*) AS responses
        FROM pulse_participation AS pp LEFT JOIN people AS p ON p.key = pp.person_key
        WHERE pp.pulse_id IN (${ids})
          AND pp.pulse_id NOT IN (SELECT pulse_id FROM pulse_respondents WHERE pulse_id IN (${ids}))
        GROUP BY p.sector`);
      return sumBySector([...counted, ...imported]);
    },

    deleteParticipationBefore(before: string): number {
      const expired = orm.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
      return orm.delete(pulseParticipation).where(inArray(pulseParticipation.pulseId, expired)).run().changes;
    },

    forgetParticipant(person: string): number {
      const stored = orm
        .delete(pulseParticipation)
        .where(eq(pulseParticipation.personKey, person))
        .run().changes;
      return stored + buffer.forget(person);
    },
  };
}

/**
 * Counts per sector for pulses whose participation was written directly (bulk imports, demo data),
 * from the participants' sectors now. The vote path never needs this: it counts as it stores.
 */
export function countImportedRespondents(db: Database): number {
  // In one write transaction, so two processes starting together count once.
  return immediate(db, () => db.prepare(COUNT_IMPORTED_RESPONDENTS).run().changes);
}
