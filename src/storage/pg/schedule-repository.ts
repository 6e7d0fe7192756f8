import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Period, ScheduleRepository } from '../../core/ports.js';
import type { Occurrence } from '../../core/records.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { occurrences, scheduleState } from './schema/index.js';

export function createPgScheduleRepository(orm: PgOrm): ScheduleRepository {
  return {
    // ON CONFLICT DO NOTHING: of two replicas recording the same occurrence, exactly one gets true.
    record: (occurrence: Occurrence) =>
      changes(orm.insert(occurrences).values(occurrence).onConflictDoNothing()) > 0,

    get: (key: string) => first(orm.select().from(occurrences).where(eq(occurrences.key, key))),

    list(filter: { scheduleId?: string; period?: Period } = {}): Occurrence[] {
      const conditions: SQL[] = [];
      if (filter.scheduleId !== undefined) conditions.push(eq(occurrences.scheduleId, filter.scheduleId));
      if (filter.period) {
        conditions.push(gte(occurrences.scheduledFor, filter.period.from));
        conditions.push(lt(occurrences.scheduledFor, filter.period.to));
      }
      return run(
        orm
          .select()
          .from(occurrences)
          .where(and(...conditions))
          .orderBy(asc(occurrences.scheduledFor), asc(occurrences.key)),
      );
    },

    watermark: (scheduleId: string) =>
      first(
        orm
          .select({ watermark: scheduleState.watermark })
          .from(scheduleState)
          .where(eq(scheduleState.scheduleId, scheduleId)),
      )?.watermark,

    setWatermark(scheduleId: string, at: string): void {
      run(
        orm
          .insert(scheduleState)
          .values({ scheduleId, watermark: at })
          .onConflictDoUpdate({ target: scheduleState.scheduleId, set: { watermark: at } }),
      );
    },
  };
}
