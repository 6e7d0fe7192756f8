import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Period, ScheduleRepository } from '../core/ports.js';
import type { Occurrence } from '../core/records.js';
import type { Orm } from './orm.js';
import { occurrences, scheduleState } from './schema/index.js';

export function createScheduleRepository(orm: Orm): ScheduleRepository {
  return {
    record(occurrence: Occurrence): boolean {
      return orm.insert(occurrences).values(occurrence).onConflictDoNothing().run().changes > 0;
    },

    get(key: string): Occurrence | undefined {
      return orm.select().from(occurrences).where(eq(occurrences.key, key)).get();
    },

    list(filter: { scheduleId?: string; period?: Period } = {}): Occurrence[] {
      const conditions: SQL[] = [];
      if (filter.scheduleId !== undefined) conditions.push(eq(occurrences.scheduleId, filter.scheduleId));
      if (filter.period) {
        conditions.push(gte(occurrences.scheduledFor, filter.period.from));
        conditions.push(lt(occurrences.scheduledFor, filter.period.to));
      }
      return orm
        .select()
        .from(occurrences)
        .where(and(...conditions))
        .orderBy(asc(occurrences.scheduledFor), asc(occurrences.key))
        .all();
    },

    watermark(scheduleId: string): string | undefined {
      return orm
        .select({ watermark: scheduleState.watermark })
        .from(scheduleState)
        .where(eq(scheduleState.scheduleId, scheduleId))
        .get()?.watermark;
    },

    setWatermark(scheduleId: string, at: string): void {
      orm
        .insert(scheduleState)
        .values({ scheduleId, watermark: at })
        .onConflictDoUpdate({ target: scheduleState.scheduleId, set: { watermark: at } })
        .run();
    },
  };
}
