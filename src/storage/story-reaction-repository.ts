import { and, countDistinct, eq, like } from 'drizzle-orm';
import type { ContentRepository } from '../core/ports.js';
import type { Platform } from '../core/vocabulary.js';
import type { Database } from './database.js';
import { immediate, type Orm } from './orm.js';
import { deliveries, stories, storyReactions } from './schema/index.js';

/** Story posts are queued under `story:<id>` (see the story service). */
const STORY_POST_KEY = 'story:';

type StoryReactions = Pick<ContentRepository, 'storyPostedAt' | 'setStoryReaction'>;

/** Reactions on posted stories: which story a platform message is, and distinct people per story. */
export function createStoryReactionQueries(orm: Orm, db: Database): StoryReactions {
  return {
    storyPostedAt(platform: Platform, messageRef: string): string | undefined {
      const row = orm
        .select({ dedupeKey: deliveries.dedupeKey })
        .from(deliveries)
        .where(
          and(
            eq(deliveries.targetPlatform, platform),
            eq(deliveries.messageRef, messageRef),
            like(deliveries.dedupeKey, `${STORY_POST_KEY}%`),
          ),
        )
        .get();
      return row?.dedupeKey.slice(STORY_POST_KEY.length);
    },

    setStoryReaction({ storyId, reactor, reaction, on, at }): number {
      return immediate(db, () => {
        if (on)
          orm
            .insert(storyReactions)
            .values({ storyId, reactor, reaction, createdAt: at })
            .onConflictDoNothing()
            .run();
        else
          orm
            .delete(storyReactions)
            .where(
              and(
                eq(storyReactions.storyId, storyId),
                eq(storyReactions.reactor, reactor),
                eq(storyReactions.reaction, reaction),
              ),
            )
            .run();
        const people =
          orm
            .select({ n: countDistinct(storyReactions.reactor) })
            .from(storyReactions)
            .where(eq(storyReactions.storyId, storyId))
            .get()?.n ?? 0;
        // The story keeps the count the digest ranks by: distinct people, whatever they reacted with.
        orm.update(stories).set({ reactions: people }).where(eq(stories.id, storyId)).run();
        return people;
      });
    },
  };
}
