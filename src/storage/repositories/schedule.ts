import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { anyChanged, first, type Kit, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

export function scheduleRepository({ db, t }: Kit): InnerRepositories['schedule'] {
  const { occurrences, scheduleState } = t;
  return {
    // ON CONFLICT DO NOTHING: of two processes or replicas recording the same occurrence, exactly one gets true.
    record: (occurrence) => anyChanged(db.insert(occurrences).values(occurrence).onConflictDoNothing()),

    get: (key) => first(db.select().from(occurrences).where(eq(occurrences.key, key))),

    async list(filter = {}) {
      const conditions: SQL[] = [];
      if (filter.scheduleId !== undefined) conditions.push(eq(occurrences.scheduleId, filter.scheduleId));
      if (filter.period) {
        conditions.push(gte(occurrences.scheduledFor, filter.period.from));
        conditions.push(lt(occurrences.scheduledFor, filter.period.to));
      }
      return db
        .select()
        .from(occurrences)
        .where(and(...conditions))
        .orderBy(asc(occurrences.scheduledFor), asc(occurrences.key));
    },

    async watermark(scheduleId) {
      const [row] = await db
        .select({ watermark: scheduleState.watermark })
        .from(scheduleState)
        .where(eq(scheduleState.scheduleId, scheduleId));
      return row?.watermark;
    },

    setWatermark: (scheduleId, at) =>
      run(
        db
          .insert(scheduleState)
          .values({ scheduleId, watermark: at })
          .onConflictDoUpdate({ target: scheduleState.scheduleId, set: { watermark: at } }),
      ),
  };
}
