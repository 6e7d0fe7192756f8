import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { NextStepRepository } from '../core/ports.js';
import type { Orm } from './orm.js';
import { nextSteps } from './schema/index.js';

const stillOpen = or(isNull(nextSteps.outcome), eq(nextSteps.outcome, 'not_yet'));

export function createNextStepRepository(orm: Orm): NextStepRepository {
  return {
    add(step) {
      orm.insert(nextSteps).values(step).onConflictDoNothing().run();
    },
    get(id) {
      return orm.select().from(nextSteps).where(eq(nextSteps.reflectionId, id)).get();
    },
    due(today) {
      return orm
        .select()
        .from(nextSteps)
        .where(
          and(
            stillOpen,
            isNull(nextSteps.remindedAt),
            isNotNull(nextSteps.ownerKey),
            lte(nextSteps.dueOn, today),
          ),
        )
        .orderBy(asc(nextSteps.dueOn), asc(nextSteps.reflectionId))
        .all();
    },
    markReminded(id, at) {
      return (
        orm
          .update(nextSteps)
          .set({ remindedAt: at })
          .where(and(eq(nextSteps.reflectionId, id), isNull(nextSteps.remindedAt)))
          .run().changes > 0
      );
    },
    answer(id, outcome, at, dueOn) {
      const moved = dueOn ? { dueOn, remindedAt: null } : {};
      orm
        .update(nextSteps)
        .set({ outcome, answeredAt: at, ...moved })
        .where(eq(nextSteps.reflectionId, id))
        .run();
    },
    setLearned(id, learned, at) {
      orm.update(nextSteps).set({ learned, answeredAt: at }).where(eq(nextSteps.reflectionId, id)).run();
    },
    overdue(today) {
      return orm
        .select()
        .from(nextSteps)
        .where(and(stillOpen, lt(nextSteps.dueOn, today)))
        .orderBy(asc(nextSteps.dueOn), asc(nextSteps.reflectionId))
        .all();
    },
    answeredIn(period) {
      return orm
        .select()
        .from(nextSteps)
        .where(
          and(
            inArray(nextSteps.outcome, ['done', 'not_yet', 'dropped']),
            gte(nextSteps.answeredAt, period.from),
            lt(nextSteps.answeredAt, period.to),
          ),
        )
        .orderBy(asc(nextSteps.answeredAt), asc(nextSteps.reflectionId))
        .all();
    },
    ownedBy(person) {
      return orm.select().from(nextSteps).where(eq(nextSteps.ownerKey, person)).all();
    },
    forget(person) {
      return orm.update(nextSteps).set({ ownerKey: null }).where(eq(nextSteps.ownerKey, person)).run()
        .changes;
    },
  };
}
