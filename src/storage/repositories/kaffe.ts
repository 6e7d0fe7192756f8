import { and, asc, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { KaffeRepository } from '../../core/loop-ports.js';
import { changed, first, type Kit, run } from '../kit.js';

export function kaffeRepository(kit: Kit): KaffeRepository {
  const { db, t } = kit;
  const { kaffeMembers, kaffePairs } = t;
  return {
    // Read, then write: atomic, so two joins at once cannot both say "newly joined".
    join: (person, at) => kit.atomic((k) => join(k, person, at)),
    leave: async (person) =>
      changed(await db.delete(kaffeMembers).where(eq(kaffeMembers.personKey, person))) > 0,
    skipNext: async (person) =>
      changed(
        await db.update(kaffeMembers).set({ skipNext: true }).where(eq(kaffeMembers.personKey, person)),
      ) > 0,
    member: (person) => member(kit, person),
    members: async () => db.select().from(kaffeMembers).orderBy(asc(kaffeMembers.personKey)),
    async lastRounds(platform, count) {
      const rows = await db
        .selectDistinct({ round: kaffePairs.round })
        .from(kaffePairs)
        .where(eq(kaffePairs.platform, platform))
        .orderBy(desc(kaffePairs.round))
        .limit(count);
      return rows.map((r) => r.round);
    },
    async pairsIn(platform, rounds) {
      if (rounds.length === 0) return [];
      return db
        .select()
        .from(kaffePairs)
        .where(and(eq(kaffePairs.platform, platform), inArray(kaffePairs.round, [...rounds])));
    },
    addRound: (pairs, skipped) =>
      kit.atomic(async (k) => {
        if (pairs.length > 0) await k.db.insert(kaffePairs).values([...pairs]);
        if (skipped.length > 0)
          await k.db
            .update(kaffeMembers)
            .set({ skipNext: false })
            .where(inArray(kaffeMembers.personKey, [...skipped]));
      }),
    getPair: (id) => first(db.select().from(kaffePairs).where(eq(kaffePairs.id, id))),
    setMet: (id, side, met) =>
      run(
        db
          .update(kaffePairs)
          .set(side === 'a' ? { aMet: met } : { bMet: met })
          .where(eq(kaffePairs.id, id)),
      ),
    pairsCreatedIn: async (period) =>
      db
        .select()
        .from(kaffePairs)
        .where(and(gte(kaffePairs.createdAt, period.from), lt(kaffePairs.createdAt, period.to))),
    pairsOf: async (person) =>
      db
        .select()
        .from(kaffePairs)
        .where(or(eq(kaffePairs.aKey, person), eq(kaffePairs.bKey, person)))
        .orderBy(asc(kaffePairs.round)),
    deletePairsBefore: async (cutoff) =>
      changed(await db.delete(kaffePairs).where(lt(kaffePairs.createdAt, cutoff))),
    forget: (person) => kit.atomic((k) => forget(k, person)),
  };
}

async function member({ db, t }: Kit, person: string) {
  const [row] = await db.select().from(t.kaffeMembers).where(eq(t.kaffeMembers.personKey, person));
  return row;
}

async function join(kit: Kit, person: string, at: string): Promise<boolean> {
  const { kaffeMembers } = kit.t;
  const before = await member(kit, person);
  if (before && !before.skipNext) return false;
  await kit.db
    .insert(kaffeMembers)
    .values({ personKey: person, joinedAt: at, skipNext: false })
    .onConflictDoUpdate({ target: kaffeMembers.personKey, set: { skipNext: false } });
  return true;
}

/** Leaves, and is cleared from earlier pairs. */
async function forget({ db, t }: Kit, person: string): Promise<number> {
  const { kaffeMembers, kaffePairs } = t;
  return (
    changed(await db.delete(kaffeMembers).where(eq(kaffeMembers.personKey, person))) +
    changed(await db.update(kaffePairs).set({ aKey: null }).where(eq(kaffePairs.aKey, person))) +
    changed(await db.update(kaffePairs).set({ bKey: null }).where(eq(kaffePairs.bKey, person)))
  );
}
