import { and, countDistinct, eq, like } from 'drizzle-orm';
import { storyPostKey } from '../../core/content/story-reactions.js';
import type { ContentRepository } from '../../core/ports.js';
import { first, type PgOrm, run } from './orm.js';
import { deliveries, stories, storyReactions } from './schema/index.js';

const STORY_POST_KEY = storyPostKey('');

type Transaction = <T>(fn: () => T) => T;
type StoryReactions = Pick<ContentRepository, 'storyPostedAt' | 'setStoryReaction'>;

/** Reactions on posted stories on PostgreSQL, as `createStoryReactionQueries` on SQLite. */
export function createPgStoryReactionQueries(orm: PgOrm, transaction: Transaction): StoryReactions {
  return {
    storyPostedAt: (platform, messageRef) =>
      first(
        orm
          .select({ dedupeKey: deliveries.dedupeKey })
          .from(deliveries)
          .where(
            and(
              eq(deliveries.targetPlatform, platform),
              eq(deliveries.messageRef, messageRef),
              like(deliveries.dedupeKey, `${STORY_POST_KEY}%`),
            ),
          ),
      )?.dedupeKey.slice(STORY_POST_KEY.length),

    setStoryReaction: ({ storyId, reactor, reaction, on, at }) =>
      transaction(() => {
        if (on)
          run(
            orm
              .insert(storyReactions)
              .values({ storyId, reactor, reaction, createdAt: at })
              .onConflictDoNothing(),
          );
        else
          run(
            orm
              .delete(storyReactions)
              .where(
                and(
                  eq(storyReactions.storyId, storyId),
                  eq(storyReactions.reactor, reactor),
                  eq(storyReactions.reaction, reaction),
                ),
              ),
          );
        const people =
          first(
            orm
              .select({ n: countDistinct(storyReactions.reactor) })
              .from(storyReactions)
              .where(eq(storyReactions.storyId, storyId)),
          )?.n ?? 0;
        // The story keeps the count the digest ranks by: distinct people, whatever they reacted with.
        run(orm.update(stories).set({ reactions: people }).where(eq(stories.id, storyId)));
        return people;
      }),
  };
}
