import { and, asc, eq, gte, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Period } from '../core/ports.js';
import type { Nomination, Reflection, Story } from '../core/records.js';
import type { NominationStatus } from '../core/vocabulary.js';
import type { Database } from './database.js';
import { immediate, type Orm } from './orm.js';
import { nominations, reflections, stories } from './schema/index.js';
import type { ContentTokens, InnerStore } from './sealed/inner-store.js';
import { createStoryReactionQueries } from './story-reaction-repository.js';

export function createContentRepository(orm: Orm, db: Database): InnerStore['content'] {
  const getNomination = (id: string): Nomination | undefined =>
    orm.select().from(nominations).where(eq(nominations.id, id)).get();

  // Oldest first, and the id as a tie-break, for every list of reflections and stories.
  const reflectionsWhere = (where: SQL | undefined): Reflection[] =>
    orm
      .select()
      .from(reflections)
      .where(where)
      .orderBy(asc(reflections.createdAt), asc(reflections.id))
      .all();
  const storiesWhere = (where: SQL | undefined): Story[] =>
    orm.select().from(stories).where(where).orderBy(asc(stories.createdAt), asc(stories.id)).all();

  return {
    ...createStoryReactionQueries(orm, db),

    addReflection(reflection: Reflection): void {
      orm.insert(reflections).values(reflection).run();
    },

    reflectionsIn(period: Period): Reflection[] {
      return reflectionsWhere(
        and(gte(reflections.createdAt, period.from), lt(reflections.createdAt, period.to)),
      );
    },

    reflectionsBy(author: string): Reflection[] {
      return reflectionsWhere(eq(reflections.authorKey, author));
    },

    openNextSteps(before: string): Reflection[] {
      return reflectionsWhere(
        and(
          or(isNotNull(reflections.tryNext), isNotNull(reflections.nextStepOwner)),
          isNull(reflections.nextStepDoneAt),
          lt(reflections.createdAt, before),
        ),
      );
    },

    markNextStepDone(id: string, at: string): boolean {
      return (
        orm
          .update(reflections)
          .set({ nextStepDoneAt: at })
          .where(and(eq(reflections.id, id), isNull(reflections.nextStepDoneAt)))
          .run().changes > 0
      );
    },

    addStory(story: Story): void {
      orm.insert(stories).values(story).run();
    },

    getStory(id: string): Story | undefined {
      return orm.select().from(stories).where(eq(stories.id, id)).get();
    },

    storiesIn(period: Period): Story[] {
      return storiesWhere(and(gte(stories.createdAt, period.from), lt(stories.createdAt, period.to)));
    },

    storiesBy(author: string): Story[] {
      return storiesWhere(eq(stories.authorKey, author));
    },

    addReaction(storyId: string): void {
      orm
        .update(stories)
        .set({ reactions: sql`${stories.reactions} + 1` })
        .where(eq(stories.id, storyId))
        .run();
    },

    addNomination(nomination: Nomination): void {
      orm.insert(nominations).values(nomination).run();
    },

    getNomination,

    setNominationStatus(
      id: string,
      status: NominationStatus,
      at: string,
      recognisedBy?: string,
    ): Nomination | undefined {
      const set: Partial<typeof nominations.$inferInsert> = { status, decidedAt: at };
      if (recognisedBy !== undefined) set.recognisedByKey = recognisedBy;
      orm.update(nominations).set(set).where(eq(nominations.id, id)).run();
      return getNomination(id);
    },

    nominationsIn(period: Period): Nomination[] {
      return orm
        .select()
        .from(nominations)
        .where(and(gte(nominations.createdAt, period.from), lt(nominations.createdAt, period.to)))
        .orderBy(asc(nominations.createdAt), asc(nominations.id))
        .all();
    },

    nominationsOf(person: string): Nomination[] {
      return orm
        .select()
        .from(nominations)
        .where(or(eq(nominations.nominatorKey, person), eq(nominations.nomineeKey, person)))
        .orderBy(asc(nominations.createdAt), asc(nominations.id))
        .all();
    },

    forget(tokens: ContentTokens): number {
      return immediate(db, () => {
        const removed =
          orm.delete(stories).where(eq(stories.authorKey, tokens.stories)).run().changes +
          orm.delete(reflections).where(eq(reflections.authorKey, tokens.reflections)).run().changes +
          orm
            .delete(nominations)
            .where(
              or(
                eq(nominations.nominatorKey, tokens.nominations),
                eq(nominations.nomineeKey, tokens.nominations),
              ),
            )
            .run().changes;
        // Recognising someone else's nomination is also attributed to the person; keep the nomination.
        orm
          .update(nominations)
          .set({ recognisedByKey: null })
          .where(eq(nominations.recognisedByKey, tokens.nominations))
          .run();
        return removed;
      });
    },
  };
}
