import { and, eq, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { PulseResultsRepository } from '../core/ports.js';
import type { Orm } from './orm.js';
import { pulseResults } from './schema/index.js';

export function createPulseResultsRepository(orm: Orm): PulseResultsRepository {
  return {
    create(pulseId, dueAt) {
      return orm.insert(pulseResults).values({ pulseId, dueAt }).onConflictDoNothing().run().changes > 0;
    },
    get(pulseId) {
      return orm.select().from(pulseResults).where(eq(pulseResults.pulseId, pulseId)).get();
    },
    setNote(pulseId, note, at) {
      orm.update(pulseResults).set({ note, notedAt: at }).where(eq(pulseResults.pulseId, pulseId)).run();
    },
    readyToShare(now) {
      return orm
        .select()
        .from(pulseResults)
        .where(
          and(isNull(pulseResults.sharedAt), or(lte(pulseResults.dueAt, now), isNotNull(pulseResults.note))),
        )
        .all();
    },
    markShared(pulseId, at) {
      const result = orm
        .update(pulseResults)
        .set({ sharedAt: at })
        .where(and(eq(pulseResults.pulseId, pulseId), isNull(pulseResults.sharedAt)))
        .run();
      return result.changes > 0;
    },
  };
}
