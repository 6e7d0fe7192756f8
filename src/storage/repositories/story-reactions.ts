import { and, countDistinct, eq, like } from 'drizzle-orm';
import { storyPostKey } from '../../core/content/story-reactions.js';
import type { ContentRepository } from '../../core/ports.js';
import type { Kit } from '../kit.js';

/** Story posts are queued under `story:<id>` (see the story service). */
const STORY_POST_KEY = storyPostKey('');

type StoryReactions = Pick<ContentRepository, 'storyPostedAt' | 'setStoryReaction'>;

/** Reactions on posted stories: which story a platform message is, and distinct people per story. */
export function storyReactionQueries(kit: Kit): StoryReactions {
  const { deliveries } = kit.t;
  return {
    async storyPostedAt(platform, messageRef) {
      const [row] = await kit.db
        .select({ dedupeKey: deliveries.dedupeKey })
        .from(deliveries)
        .where(
          and(
            eq(deliveries.targetPlatform, platform),
            eq(deliveries.messageRef, messageRef),
            like(deliveries.dedupeKey, `${STORY_POST_KEY}%`),
          ),
        )
        .limit(1);
      return row?.dedupeKey.slice(STORY_POST_KEY.length);
    },

    setStoryReaction: (input) => kit.atomic((k) => setReaction(k, input)),
  };
}

async function setReaction(
  { db, t }: Kit,
  { storyId, reactor, reaction, on, at }: Parameters<StoryReactions['setStoryReaction']>[0],
): Promise<number> {
  const { stories, storyReactions } = t;
  if (on)
    await db
      .insert(storyReactions)
      .values({ storyId, reactor, reaction, createdAt: at })
      .onConflictDoNothing();
  else
    await db
      .delete(storyReactions)
      .where(
        and(
          eq(storyReactions.storyId, storyId),
          eq(storyReactions.reactor, reactor),
          eq(storyReactions.reaction, reaction),
        ),
      );
  const [counted] = await db
    .select({ n: countDistinct(storyReactions.reactor) })
    .from(storyReactions)
    .where(eq(storyReactions.storyId, storyId));
  const people = Number(counted?.n ?? 0);
  // The story keeps the count the digest ranks by: distinct people, whatever they reacted with.
  await db.update(stories).set({ reactions: people }).where(eq(stories.id, storyId));
  return people;
}
