import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { KaffeRepository, NextStepRepository } from '../../core/loop-ports.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { kaffeMembers, kaffePairs, nextSteps } from './schema/index.js';

const stillOpen = or(isNull(nextSteps.outcome), eq(nextSteps.outcome, 'not_yet'));
type Transaction = <T>(fn: () => T) => T;

export function createPgNextStepRepository(orm: PgOrm): NextStepRepository {
  const where = (condition: ReturnType<typeof and>) =>
    run(
      orm
        .select()
        .from(nextSteps)
        .where(condition)
        .orderBy(asc(nextSteps.dueOn), asc(nextSteps.reflectionId)),
    );
  return {
    add(step) {
      run(orm.insert(nextSteps).values(step).onConflictDoNothing());
    },
    get: (id) => first(orm.select().from(nextSteps).where(eq(nextSteps.reflectionId, id))),
    due: (today) =>
      where(
        and(
          stillOpen,
          isNull(nextSteps.remindedAt),
          isNotNull(nextSteps.ownerKey),
          lte(nextSteps.dueOn, today),
        ),
      ),
    markReminded: (id, at) =>
      changes(
        orm
          .update(nextSteps)
          .set({ remindedAt: at })
          .where(and(eq(nextSteps.reflectionId, id), isNull(nextSteps.remindedAt))),
      ) > 0,
    answer(id, outcome, at, dueOn) {
      const moved = dueOn ? { dueOn, remindedAt: null } : {};
      run(
        orm
          .update(nextSteps)
          .set({ outcome, answeredAt: at, ...moved })
          .where(eq(nextSteps.reflectionId, id)),
      );
    },
    setLearned(id, learned, at) {
      run(orm.update(nextSteps).set({ learned, answeredAt: at }).where(eq(nextSteps.reflectionId, id)));
    },
    overdue: (today) => where(and(stillOpen, lt(nextSteps.dueOn, today))),
    answeredIn: (period) =>
      run(
        orm
          .select()
          .from(nextSteps)
          .where(
            and(
              inArray(nextSteps.outcome, ['done', 'not_yet', 'dropped']),
              gte(nextSteps.answeredAt, period.from),
              lt(nextSteps.answeredAt, period.to),
            ),
          )
          .orderBy(asc(nextSteps.answeredAt), asc(nextSteps.reflectionId)),
      ),
    ownedBy: (person) => run(orm.select().from(nextSteps).where(eq(nextSteps.ownerKey, person))),
    forget: (person) =>
      changes(orm.update(nextSteps).set({ ownerKey: null }).where(eq(nextSteps.ownerKey, person))),
  };
}

export function createPgKaffeRepository(orm: PgOrm, transaction: Transaction): KaffeRepository {
  const member = (person: string) =>
    first(orm.select().from(kaffeMembers).where(eq(kaffeMembers.personKey, person)));
  return {
    join(person, at) {
      const before = member(person);
      if (before && !before.skipNext) return false;
      run(
        orm
          .insert(kaffeMembers)
          .values({ personKey: person, joinedAt: at, skipNext: false })
          .onConflictDoUpdate({ target: kaffeMembers.personKey, set: { skipNext: false } }),
      );
      return true;
    },
    leave: (person) => changes(orm.delete(kaffeMembers).where(eq(kaffeMembers.personKey, person))) > 0,
    skipNext: (person) =>
      changes(orm.update(kaffeMembers).set({ skipNext: true }).where(eq(kaffeMembers.personKey, person))) > 0,
    member,
    members: () => run(orm.select().from(kaffeMembers).orderBy(asc(kaffeMembers.personKey))),
    lastRounds: (platform, count) =>
      run(
        orm
          .selectDistinct({ round: kaffePairs.round })
          .from(kaffePairs)
          .where(eq(kaffePairs.platform, platform))
          .orderBy(desc(kaffePairs.round))
          .limit(count),
      ).map((r) => r.round),
    pairsIn(platform, rounds) {
      if (rounds.length === 0) return [];
      return run(
        orm
          .select()
          .from(kaffePairs)
          .where(and(eq(kaffePairs.platform, platform), inArray(kaffePairs.round, [...rounds]))),
      );
    },
    addRound(pairs, skipped) {
      transaction(() => {
        if (pairs.length > 0) run(orm.insert(kaffePairs).values([...pairs]));
        if (skipped.length > 0)
          run(
            orm
              .update(kaffeMembers)
              .set({ skipNext: false })
              .where(inArray(kaffeMembers.personKey, [...skipped])),
          );
      });
    },
    getPair: (id) => first(orm.select().from(kaffePairs).where(eq(kaffePairs.id, id))),
    setMet(id, side, met) {
      run(
        orm
          .update(kaffePairs)
          .set(side === 'a' ? { aMet: met } : { bMet: met })
          .where(eq(kaffePairs.id, id)),
      );
    },
    pairsCreatedIn: (period) =>
      run(
        orm
          .select()
          .from(kaffePairs)
          .where(and(gte(kaffePairs.createdAt, period.from), lt(kaffePairs.createdAt, period.to))),
      ),
    pairsOf: (person) =>
      run(
        orm
          .select()
          .from(kaffePairs)
          .where(or(eq(kaffePairs.aKey, person), eq(kaffePairs.bKey, person)))
          .orderBy(asc(kaffePairs.round)),
      ),
    deletePairsBefore: (cutoff) => changes(orm.delete(kaffePairs).where(lt(kaffePairs.createdAt, cutoff))),
    forget: (person) =>
      transaction(
        () =>
          changes(orm.delete(kaffeMembers).where(eq(kaffeMembers.personKey, person))) +
          changes(orm.update(kaffePairs).set({ aKey: null }).where(eq(kaffePairs.aKey, person))) +
          changes(orm.update(kaffePairs).set({ bKey: null }).where(eq(kaffePairs.bKey, person))),
      ),
  };
}
