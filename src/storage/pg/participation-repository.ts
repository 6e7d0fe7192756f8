import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type {
  ParticipationEntry,
  PeopleRepository,
  PersonUpsert,
  SectorParticipation,
} from '../../core/ports.js';
import type { Pulse } from '../../core/records.js';
import { createParticipationBuffer, shuffled } from '../participation-buffer.js';
import { COUNT_IMPORTED_RESPONDENTS, sumBySector } from '../shared-rows.js';
import type { PgBridge } from './bridge.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { pulseParticipation, pulseRespondents, pulses } from './schema/index.js';

type Transaction = <T>(fn: () => T) => T;

/** The hour, not the millisecond: a batch's people rows carry no order of their own. */
const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;

const COUNT_ONE = `
  INSERT INTO pulse_respondents (pulse_id, sector, respondents, first_in_month) VALUES ($1, $2, 1, $3)
  ON CONFLICT (pulse_id, sector) DO UPDATE SET
    respondents = pulse_respondents.respondents + 1,
    first_in_month = pulse_respondents.first_in_month + excluded.first_in_month`;

// Imports and seeds only: is this the person's first pulse in the (UTC) month of the pulse's closing?
const EARLIER_IN_MONTH = `
  SELECT 1 FROM pulse_participation AS q JOIN pulses AS qp ON qp.id = q.pulse_id, pulses AS me
  WHERE me.id = $1 AND q.person_key = $2 AND q.pulse_id <> me.id
    AND substr(qp.closes_at, 1, 7) = substr(me.closes_at, 1, 7) LIMIT 1`;

/**
 * Who took part in pulses, and how many per sector. The buffer is per process, as on SQLite: each
 * replica writes its own groups of `groupSize` in shuffled batches, and what is pending when it dies
 * is lost (it only steers reminders), so a crash never writes a group smaller than `groupSize`.
 */
export function createPgParticipationRepository(
  orm: PgOrm,
  bridge: PgBridge,
  people: Pick<PeopleRepository, 'get' | 'upsert'>,
  transaction: Transaction,
) {
  const insert = (pulseId: string, personKey: string, answeredAt: string) =>
    changes(orm.insert(pulseParticipation).values({ pulseId, personKey, answeredAt }).onConflictDoNothing());
  const count1 = (pulseId: string, sector: string | null, firstInMonth: boolean) =>
    bridge.query(COUNT_ONE, [pulseId, sector ?? '', firstInMonth ? 1 : 0]);
  const writeUpserts = (upserts: readonly PersonUpsert[], now: string) => {
    for (const upsert of upserts) people.upsert(upsert, hourOf(now));
  };

  const buffer = createParticipationBuffer((batch: ParticipationEntry[]) => {
    transaction(() => {
      const now = new Date().toISOString();
      writeUpserts(
        batch.flatMap((entry) => (entry.upsert ? [entry.upsert] : [])),
        now,
      );
      for (const entry of batch) {
        // The pulse's opening time, like the answers: no time of the click to join on.
        const pulse = first(
          orm.select({ opensAt: pulses.opensAt }).from(pulses).where(eq(pulses.id, entry.pulseId)),
        );
        insert(entry.pulseId, entry.person, pulse?.opensAt ?? hourOf(now));
      }
    });
  });

  const storedOf = (pulseId: string, person: string) =>
    first(
      orm
        .select({ pulseId: pulseParticipation.pulseId })
        .from(pulseParticipation)
        .where(and(eq(pulseParticipation.pulseId, pulseId), eq(pulseParticipation.personKey, person))),
    );

  return {
    recordParticipation(pulseId: string, person: string, at: string): void {
      transaction(() => {
        const firstInMonth = bridge.query(EARLIER_IN_MONTH, [pulseId, person]).rows.length === 0;
        if (insert(pulseId, person, at) > 0)
          count1(pulseId, people.get(person)?.sector ?? null, firstInMonth);
      });
    },

    countRespondent(pulseId: string, sector: string | null, firstInMonth: boolean): void {
      count1(pulseId, sector, firstInMonth);
    },

    bufferParticipation(entry: ParticipationEntry, groupSize: number): void {
      buffer.add(entry, groupSize);
    },

    closePending(pulseId: string, now: string): void {
      const upserts = buffer.close(pulseId);
      if (upserts.length > 0) transaction(() => writeUpserts(shuffled(upserts), now));
    },

    hasParticipated: (pulseId: string, person: string) =>
      storedOf(pulseId, person) !== undefined || buffer.has(pulseId, person),

    participants(pulseId: string): string[] {
      const stored = run(
        orm
          .select({ personKey: pulseParticipation.personKey })
          .from(pulseParticipation)
          .where(eq(pulseParticipation.pulseId, pulseId)),
      ).map((row) => row.personKey);
      return [...new Set([...stored, ...buffer.people(pulseId)])].sort();
    },

    participationOf(person: string): Pulse[] {
      const stored = run(
        orm
          .select({ id: pulseParticipation.pulseId })
          .from(pulseParticipation)
          .where(eq(pulseParticipation.personKey, person)),
      ).map((row) => row.id);
      const ids = [...new Set([...stored, ...buffer.pulsesOf(person)])];
      if (ids.length === 0) return [];
      return run(
        orm.select().from(pulses).where(inArray(pulses.id, ids)).orderBy(asc(pulses.opensAt), asc(pulses.id)),
      );
    },

    participationCount(pulseIds: string[]): number {
      if (pulseIds.length === 0) return 0;
      const row = first(
        orm
          .select({ n: sql<number>`coalesce(sum(${pulseRespondents.respondents}), 0)` })
          .from(pulseRespondents)
          .where(inArray(pulseRespondents.pulseId, pulseIds)),
      );
      return Number(row?.n ?? 0);
    },

    participationBySector(pulseIds: string[]): SectorParticipation[] {
      if (pulseIds.length === 0) return [];
      const counted = run(
        orm
          .select({
            sector: pulseRespondents.sector,
            respondents: sql<number>`sum(${pulseRespondents.firstInMonth})`,
            responses: sql<number>`sum(${pulseRespondents.respondents})`,
          })
          .from(pulseRespondents)
          .where(inArray(pulseRespondents.pulseId, pulseIds))
          .groupBy(pulseRespondents.sector),
      ).map((row) => ({ ...row, sector: row.sector === '' ? null : row.sector }));
      // Pulses written by a bulk import have participation rows but no counts: counted from the rows.
      const imported = bridge.query(
        `SELECT p.sector AS sector, count(DISTINCT pp.person_key) AS respondents, count(*) AS responses
        FROM pulse_participation AS pp LEFT JOIN people AS p ON p.key = pp.person_key
        WHERE pp.pulse_id = ANY($1)
          AND pp.pulse_id NOT IN (SELECT pulse_id FROM pulse_respondents WHERE pulse_id = ANY($1))
        GROUP BY p.sector`,
        [pulseIds],
      ).rows as SectorParticipation[];
      return sumBySector([...counted, ...imported]);
    },

    deleteParticipationBefore(before: string): number {
      const expired = orm.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
      return changes(orm.delete(pulseParticipation).where(inArray(pulseParticipation.pulseId, expired)));
    },

    forgetParticipant: (person: string) =>
      changes(orm.delete(pulseParticipation).where(eq(pulseParticipation.personKey, person))) +
      buffer.forget(person),
  };
}

/** Counts per sector for pulses whose participation was written directly (bulk imports, demo data). */
export function countImportedRespondents(bridge: PgBridge): number {
  return bridge.query(COUNT_IMPORTED_RESPONDENTS).rowCount;
}
