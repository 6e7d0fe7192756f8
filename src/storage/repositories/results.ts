import { and, eq, isNotNull, isNull, lte, or } from 'drizzle-orm';
import { anyChanged, first, type Kit, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

export function pulseResultsRepository({ db, t }: Kit): InnerRepositories['results'] {
  const { pulseResults } = t;
  return {
    create: (pulseId, dueAt) =>
      anyChanged(db.insert(pulseResults).values({ pulseId, dueAt }).onConflictDoNothing()),

    get: (pulseId) => first(db.select().from(pulseResults).where(eq(pulseResults.pulseId, pulseId))),

    setNote: (pulseId, note, at) =>
      run(db.update(pulseResults).set({ note, notedAt: at }).where(eq(pulseResults.pulseId, pulseId))),

    async readyToShare(now) {
      return db
        .select()
        .from(pulseResults)
        .where(
          and(isNull(pulseResults.sharedAt), or(lte(pulseResults.dueAt, now), isNotNull(pulseResults.note))),
        );
    },

    markShared: (pulseId, at) =>
      anyChanged(
        db
          .update(pulseResults)
          .set({ sharedAt: at })
          .where(and(eq(pulseResults.pulseId, pulseId), isNull(pulseResults.sharedAt))),
      ),
  };
}
