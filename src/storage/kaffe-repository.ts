import { and, asc, desc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { KaffeRepository } from '../core/ports.js';
import type { Database } from './database.js';
import { immediate, type Orm } from './orm.js';
import { kaffeMembers, kaffePairs } from './schema/index.js';

export function createKaffeRepository(orm: Orm, db: Database): KaffeRepository {
  const member = (person: string) =>
    orm.select().from(kaffeMembers).where(eq(kaffeMembers.personKey, person)).get();

  return {
    join(person, at) {
      const before = member(person);
      if (before && !before.skipNext) return false;
      orm
        .insert(kaffeMembers)
        .values({ personKey: person, joinedAt: at, skipNext: false })
        .onConflictDoUpdate({ target: kaffeMembers.personKey, set: { skipNext: false } })
        .run();
      return true;
    },
    leave: (person) => orm.delete(kaffeMembers).where(eq(kaffeMembers.personKey, person)).run().changes > 0,
    skipNext: (person) =>
      orm.update(kaffeMembers).set({ skipNext: true }).where(eq(kaffeMembers.personKey, person)).run()
        .changes > 0,
    member,
    members: () => orm.select().from(kaffeMembers).orderBy(asc(kaffeMembers.personKey)).all(),
    lastRounds(platform, count) {
      return orm
        .selectDistinct({ round: kaffePairs.round })
        .from(kaffePairs)
        .where(eq(kaffePairs.platform, platform))
        .orderBy(desc(kaffePairs.round))
        .limit(count)
        .all()
        .map((r) => r.round);
    },
    pairsIn(platform, rounds) {
      if (rounds.length === 0) return [];
      return orm
        .select()
        .from(kaffePairs)
        .where(and(eq(kaffePairs.platform, platform), inArray(kaffePairs.round, [...rounds])))
        .all();
    },
    addRound(pairs, skipped) {
      immediate(db, () => {
        if (pairs.length > 0)
          orm
            .insert(kaffePairs)
            .values([...pairs])
            .run();
        if (skipped.length > 0)
          orm
            .update(kaffeMembers)
            .set({ skipNext: false })
            .where(inArray(kaffeMembers.personKey, [...skipped]))
            .run();
      });
    },
    getPair: (id) => orm.select().from(kaffePairs).where(eq(kaffePairs.id, id)).get(),
    setMet(id, side, met) {
      orm
        .update(kaffePairs)
        .set(side === 'a' ? { aMet: met } : { bMet: met })
        .where(eq(kaffePairs.id, id))
        .run();
    },
    pairsCreatedIn(period) {
      return orm
        .select()
        .from(kaffePairs)
        .where(and(gte(kaffePairs.createdAt, period.from), lt(kaffePairs.createdAt, period.to)))
        .all();
    },
    pairsOf: (person) =>
      orm
        .select()
        .from(kaffePairs)
        .where(or(eq(kaffePairs.aKey, person), eq(kaffePairs.bKey, person)))
        .orderBy(asc(kaffePairs.round))
        .all(),
    deletePairsBefore: (cutoff) =>
      orm.delete(kaffePairs).where(lt(kaffePairs.createdAt, cutoff)).run().changes,
    forget(person) {
      return immediate(
        db,
        () =>
          orm.delete(kaffeMembers).where(eq(kaffeMembers.personKey, person)).run().changes +
          orm.update(kaffePairs).set({ aKey: null }).where(eq(kaffePairs.aKey, person)).run().changes +
          orm.update(kaffePairs).set({ bKey: null }).where(eq(kaffePairs.bKey, person)).run().changes,
      );
    },
  };
}
