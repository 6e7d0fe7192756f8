import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { ParticipationEntry, PersonUpsert } from '../../core/ports.js';
import { changed, chunks, type Kit } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';
import { createParticipationBuffer, shuffled } from './participation-buffer.js';
import { participationCounts } from './participation-counts.js';
import { peopleRepository } from './people.js';

type People = Pick<InnerRepositories['people'], 'get' | 'upsert'>;

/** Who took part, waiting in memory for its group: one per store, shared by its transactions. */
export type ParticipationBuffer = ReturnType<typeof createParticipationBuffer>;

/** The hour, not the millisecond: a batch's people rows carry no order of their own. */
const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`;

async function writeUpserts(people: People, upserts: readonly PersonUpsert[], now: string): Promise<void> {
  for (const upsert of upserts) await people.upsert(upsert, hourOf(now));
}

/** One batch of participation with its people rows, in one transaction. */
async function writeBatch(kit: Kit, batch: readonly ParticipationEntry[]): Promise<void> {
  const { db, t } = kit;
  const now = new Date().toISOString();
  await writeUpserts(
    peopleRepository(kit),
    batch.flatMap((entry) => (entry.upsert ? [entry.upsert] : [])),
    now,
  );
  // The pulse's opening time, like the answers: no time of the click to join on.
  const pulseIds = [...new Set(batch.map((entry) => entry.pulseId))];
  const opened = await db
    .select({ id: t.pulses.id, opensAt: t.pulses.opensAt })
    .from(t.pulses)
    .where(inArray(t.pulses.id, pulseIds));
  const opensAt = new Map(opened.map((row) => [row.id, row.opensAt]));
  const rows = batch.map((entry) => ({
    pulseId: entry.pulseId,
    personKey: entry.person,
    answeredAt: opensAt.get(entry.pulseId) ?? hourOf(now),
  }));
  for (const chunk of chunks(rows)) await db.insert(t.pulseParticipation).values(chunk).onConflictDoNothing();
}

/**
 * The buffer is per process, on both dialects: each replica writes its own groups of `groupSize` in
 * shuffled batches, and what is pending when it dies is lost (it only steers reminders), so a crash
 * never writes a group smaller than `groupSize`.
 */
export function participationBuffer(kit: Kit): ParticipationBuffer {
  return createParticipationBuffer((batch) => kit.atomic((k) => writeBatch(k, batch)));
}

/** Who took part in pulses, and how many per sector: the part of the pulse repository about people. */
export function participationRepository(kit: Kit, buffer: ParticipationBuffer, people: People) {
  const { db, t } = kit;
  const { pulseParticipation, pulses } = t;
  // The given repository where it works on this kit; inside a savepoint, one over the savepoint's.
  const peopleOn = (k: Kit): People => (k === kit ? people : peopleRepository(k));
  const counts = participationCounts(kit);

  const participated = async (pulseId: string, person: string) =>
    (
      await db
        .select({ pulseId: pulseParticipation.pulseId })
        .from(pulseParticipation)
        .where(and(eq(pulseParticipation.pulseId, pulseId), eq(pulseParticipation.personKey, person)))
        .limit(1)
    ).length > 0;

  return {
    ...counts,

    async recordParticipation(pulseId: string, person: string, at: string): Promise<void> {
      await kit.atomic(async (k) => {
        const firstInMonth = !(await earlierInMonth(k, pulseId, person));
        const inserted = await k.db
          .insert(k.t.pulseParticipation)
          .values({ pulseId, personKey: person, answeredAt: at })
          .onConflictDoNothing();
        if (changed(inserted) === 0) return;
        const sector = (await peopleOn(k).get(person))?.sector ?? null;
        await participationCounts(k).countRespondent(pulseId, sector, firstInMonth);
      });
    },

    bufferParticipation: (entry: ParticipationEntry, groupSize: number) => buffer.add(entry, groupSize),

    /** Pending participation of a closed pulse is dropped; first contacts among it get their rows. */
    async closePending(pulseId: string, now: string): Promise<void> {
      const upserts = buffer.close(pulseId);
      if (upserts.length > 0) await kit.atomic((k) => writeUpserts(peopleOn(k), shuffled(upserts), now));
    },

    async hasParticipated(pulseId: string, person: string): Promise<boolean> {
      return buffer.has(pulseId, person) || (await participated(pulseId, person));
    },

    async participants(pulseId: string): Promise<string[]> {
      const stored = await db
        .select({ personKey: pulseParticipation.personKey })
        .from(pulseParticipation)
        .where(eq(pulseParticipation.pulseId, pulseId))
        .orderBy(asc(pulseParticipation.personKey));
      return [...new Set([...stored.map((row) => row.personKey), ...buffer.people(pulseId)])].sort();
    },

    async participationOf(person: string) {
      const stored = await db
        .select({ id: pulseParticipation.pulseId })
        .from(pulseParticipation)
        .where(eq(pulseParticipation.personKey, person));
      const ids = [...new Set([...stored.map((row) => row.id), ...buffer.pulsesOf(person)])];
      if (ids.length === 0) return [];
      return db
        .select()
        .from(pulses)
        .where(inArray(pulses.id, ids))
        .orderBy(asc(pulses.opensAt), asc(pulses.id));
    },

    async deleteParticipationBefore(before: string): Promise<number> {
      const expired = db.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
      return changed(await db.delete(pulseParticipation).where(inArray(pulseParticipation.pulseId, expired)));
    },

    async forgetParticipant(person: string): Promise<number> {
      const stored = changed(
        await db.delete(pulseParticipation).where(eq(pulseParticipation.personKey, person)),
      );
      return stored + buffer.forget(person);
    },
  };
}

/** Imports and seeds only: is this the person's first pulse in the (UTC) month of the pulse's closing? */
async function earlierInMonth(kit: Kit, pulseId: string, person: string): Promise<boolean> {
  const rows = await kit.rows(sql`
    SELECT 1 FROM pulse_participation AS q JOIN pulses AS qp ON qp.id = q.pulse_id, pulses AS me
    WHERE me.id = ${pulseId} AND q.person_key = ${person} AND q.pulse_id <> me.id
      AND substr(qp.closes_at, 1, 7) = substr(me.closes_at, 1, 7) LIMIT 1`);
  return rows.length > 0;
}
