import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { NextStepRepository } from '../../core/loop-ports.js';
import { anyChanged, changed, first, type Kit, run } from '../kit.js';

export function nextStepRepository({ db, t }: Kit): NextStepRepository {
  const { nextSteps } = t;
  const stillOpen = or(isNull(nextSteps.outcome), eq(nextSteps.outcome, 'not_yet'));
  // Steps by due date, the reflection's id as a tie-break.
  const byDueDate = (where: SQL | undefined) =>
    db.select().from(nextSteps).where(where).orderBy(asc(nextSteps.dueOn), asc(nextSteps.reflectionId));

  return {
    add: (step) => run(db.insert(nextSteps).values(step).onConflictDoNothing()),
    get: (id) => first(db.select().from(nextSteps).where(eq(nextSteps.reflectionId, id))),
    due: async (today) =>
      byDueDate(
        and(
          stillOpen,
          isNull(nextSteps.remindedAt),
          isNotNull(nextSteps.ownerKey),
          lte(nextSteps.dueOn, today),
        ),
      ),
    markReminded: (id, at) =>
      anyChanged(
        db
          .update(nextSteps)
          .set({ remindedAt: at })
          .where(and(eq(nextSteps.reflectionId, id), isNull(nextSteps.remindedAt))),
      ),
    async answer(id, outcome, at, dueOn) {
      const moved = dueOn ? { dueOn, remindedAt: null } : {};
      await db
        .update(nextSteps)
        .set({ outcome, answeredAt: at, ...moved })
        .where(eq(nextSteps.reflectionId, id));
    },
    setLearned: (id, learned, at) =>
      run(db.update(nextSteps).set({ learned, answeredAt: at }).where(eq(nextSteps.reflectionId, id))),
    overdue: async (today) => byDueDate(and(stillOpen, lt(nextSteps.dueOn, today))),
    answeredIn: async (period) =>
      db
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
    ownedBy: async (person) => db.select().from(nextSteps).where(eq(nextSteps.ownerKey, person)),
    forget: async (person) =>
      changed(await db.update(nextSteps).set({ ownerKey: null }).where(eq(nextSteps.ownerKey, person))),
  };
}
