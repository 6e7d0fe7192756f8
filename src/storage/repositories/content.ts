import { and, asc, type Column, eq, gte, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Period } from '../../core/ports.js';
import { anyChanged, changed, first, type Kit, run } from '../kit.js';
import type { ContentTokens, InnerRepositories } from '../sealed/inner-store.js';
import { storyReactionQueries } from './story-reactions.js';

export function contentRepository(kit: Kit): InnerRepositories['content'] {
  const { db, t } = kit;
  const { nominations, reflections, stories } = t;
  const during = (column: Column, period: Period) => and(gte(column, period.from), lt(column, period.to));

  // Oldest first, and the id as a tie-break, for every list of reflections, stories and nominations.
  const reflectionsWhere = (where: SQL | undefined) =>
    db.select().from(reflections).where(where).orderBy(asc(reflections.createdAt), asc(reflections.id));
  const storiesWhere = (where: SQL | undefined) =>
    db.select().from(stories).where(where).orderBy(asc(stories.createdAt), asc(stories.id));
  const nominationsWhere = (where: SQL | undefined) =>
    db.select().from(nominations).where(where).orderBy(asc(nominations.createdAt), asc(nominations.id));

  return {
    ...storyReactionQueries(kit),

    addReflection: (reflection) => run(db.insert(reflections).values(reflection)),
    reflectionsIn: async (period) => reflectionsWhere(during(reflections.createdAt, period)),
    reflectionsBy: async (author) => reflectionsWhere(eq(reflections.authorKey, author)),
    openNextSteps: async (before) =>
      reflectionsWhere(
        and(
          or(isNotNull(reflections.tryNext), isNotNull(reflections.nextStepOwner)),
          isNull(reflections.nextStepDoneAt),
          lt(reflections.createdAt, before),
        ),
      ),
    markNextStepDone: (id, at) =>
      anyChanged(
        db
          .update(reflections)
          .set({ nextStepDoneAt: at })
          .where(and(eq(reflections.id, id), isNull(reflections.nextStepDoneAt))),
      ),

    addStory: (story) => run(db.insert(stories).values(story)),
    getStory: (id) => first(db.select().from(stories).where(eq(stories.id, id))),
    storiesIn: async (period) => storiesWhere(during(stories.createdAt, period)),
    storiesBy: async (author) => storiesWhere(eq(stories.authorKey, author)),
    addReaction: (storyId) =>
      run(
        db
          .update(stories)
          .set({ reactions: sql`${stories.reactions} + 1` })
          .where(eq(stories.id, storyId)),
      ),

    addNomination: (nomination) => run(db.insert(nominations).values(nomination)),
    getNomination: (id) => first(db.select().from(nominations).where(eq(nominations.id, id))),
    async setNominationStatus(id, status, at, recognisedBy) {
      const set: Partial<typeof nominations.$inferInsert> = { status, decidedAt: at };
      if (recognisedBy !== undefined) set.recognisedByKey = recognisedBy;
      // One statement updates and reads back the row (undefined when there is none).
      const [nomination] = await db.update(nominations).set(set).where(eq(nominations.id, id)).returning();
      return nomination;
    },
    nominationsIn: async (period) => nominationsWhere(during(nominations.createdAt, period)),
    nominationsOf: async (person) =>
      nominationsWhere(or(eq(nominations.nominatorKey, person), eq(nominations.nomineeKey, person))),

    forget: (tokens) => kit.atomic((k) => forgetContent(k, tokens)),
  };
}

async function forgetContent({ db, t }: Kit, tokens: ContentTokens): Promise<number> {
  const { nominations, reflections, stories } = t;
  const removed =
    changed(await db.delete(stories).where(eq(stories.authorKey, tokens.stories))) +
    changed(await db.delete(reflections).where(eq(reflections.authorKey, tokens.reflections))) +
    changed(
      await db
        .delete(nominations)
        .where(
          or(
            eq(nominations.nominatorKey, tokens.nominations),
            eq(nominations.nomineeKey, tokens.nominations),
          ),
        ),
    );
  // Recognising someone else's nomination is also attributed to the person; keep the nomination.
  await db
    .update(nominations)
    .set({ recognisedByKey: null })
    .where(eq(nominations.recognisedByKey, tokens.nominations));
  return removed;
}
