import { and, eq, isNotNull, isNull, lte, or } from 'drizzle-orm';
import { changed, first, type Kit } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

export function pulseResultsRepository({ db, t }: Kit): InnerRepositories['results'] {
  const { pulseResults } = t;
  return {
    async create(pulseId, dueAt) {
      return changed(await db.insert(pulseResults).values({ pulseId, dueAt }).onConflictDoNothing()) > 0;
    },

    get: (pulseId) => first(db.select().from(pulseResults).where(eq(pulseResults.pulseId, pulseId))),

    async setNote(pulseId, note, at) {
      await db.update(pulseResults).set({ note, notedAt: at }).where(eq(pulseResults.pulseId, pulseId));
    },

    async readyToShare(now) {
      return db
        .select()
        .from(pulseResults)
        .where(
          and(isNull(pulseResults.sharedAt), or(lte(pulseResults.dueAt, now), isNotNull(pulseResults.note))),
        );
    },

    async markShared(pulseId, at) {
      const result = await db
        .update(pulseResults)
        .set({ sharedAt: at })
        .where(and(eq(pulseResults.pulseId, pulseId), isNull(pulseResults.sharedAt)));
      return changed(result) > 0;
    },
  };
}
