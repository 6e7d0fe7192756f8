import { and, asc, eq, gte, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Nomination, Reflection, Story } from '../../core/records.js';
import type { ContentTokens, InnerStore } from '../sealed/inner-store.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { nominations, reflections, stories } from './schema/index.js';
import { createPgStoryReactionQueries } from './story-reaction-repository.js';

type Transaction = <T>(fn: () => T) => T;

export function createPgContentRepository(orm: PgOrm, transaction: Transaction): InnerStore['content'] {
  const getNomination = (id: string): Nomination | undefined =>
    first(orm.select().from(nominations).where(eq(nominations.id, id)));
  const reflectionsWhere = (where: SQL | undefined): Reflection[] =>
    run(orm.select().from(reflections).where(where).orderBy(asc(reflections.createdAt), asc(reflections.id)));
  const storiesWhere = (where: SQL | undefined): Story[] =>
    run(orm.select().from(stories).where(where).orderBy(asc(stories.createdAt), asc(stories.id)));
  const nominationsWhere = (where: SQL | undefined): Nomination[] =>
    run(orm.select().from(nominations).where(where).orderBy(asc(nominations.createdAt), asc(nominations.id)));

  return {
    addReflection(reflection) {
      run(orm.insert(reflections).values(reflection));
    },
    reflectionsIn: (period) =>
      reflectionsWhere(and(gte(reflections.createdAt, period.from), lt(reflections.createdAt, period.to))),
    reflectionsBy: (author) => reflectionsWhere(eq(reflections.authorKey, author)),
    openNextSteps: (before) =>
      reflectionsWhere(
        and(
          or(isNotNull(reflections.tryNext), isNotNull(reflections.nextStepOwner)),
          isNull(reflections.nextStepDoneAt),
          lt(reflections.createdAt, before),
        ),
      ),
    markNextStepDone: (id, at) =>
      changes(
        orm
          .update(reflections)
          .set({ nextStepDoneAt: at })
          .where(and(eq(reflections.id, id), isNull(reflections.nextStepDoneAt))),
      ) > 0,

    addStory(story) {
      run(orm.insert(stories).values(story));
    },
    getStory: (id) => first(orm.select().from(stories).where(eq(stories.id, id))),
    storiesIn: (period) =>
      storiesWhere(and(gte(stories.createdAt, period.from), lt(stories.createdAt, period.to))),
    storiesBy: (author) => storiesWhere(eq(stories.authorKey, author)),
    ...createPgStoryReactionQueries(orm, transaction),
    addReaction(storyId) {
      run(
        orm
          .update(stories)
          .set({ reactions: sql`${stories.reactions} + 1` })
          .where(eq(stories.id, storyId)),
      );
    },

    addNomination(nomination) {
      run(orm.insert(nominations).values(nomination));
    },
    getNomination,
    setNominationStatus(id, status, at, recognisedBy) {
      const set: Partial<typeof nominations.$inferInsert> = { status, decidedAt: at };
      if (recognisedBy !== undefined) set.recognisedByKey = recognisedBy;
      run(orm.update(nominations).set(set).where(eq(nominations.id, id)));
      return getNomination(id);
    },
    nominationsIn: (period) =>
      nominationsWhere(and(gte(nominations.createdAt, period.from), lt(nominations.createdAt, period.to))),
    nominationsOf: (person) =>
      nominationsWhere(or(eq(nominations.nominatorKey, person), eq(nominations.nomineeKey, person))),

    forget: (tokens: ContentTokens) =>
      transaction(() => {
        const removed =
          changes(orm.delete(stories).where(eq(stories.authorKey, tokens.stories))) +
          changes(orm.delete(reflections).where(eq(reflections.authorKey, tokens.reflections))) +
          changes(
            orm
              .delete(nominations)
              .where(
                or(
                  eq(nominations.nominatorKey, tokens.nominations),
                  eq(nominations.nomineeKey, tokens.nominations),
                ),
              ),
          );
        // Recognising someone else's nomination is also attributed to the person; keep the nomination.
        run(
          orm
            .update(nominations)
            .set({ recognisedByKey: null })
            .where(eq(nominations.recognisedByKey, tokens.nominations)),
        );
        return removed;
      }),
  };
}
