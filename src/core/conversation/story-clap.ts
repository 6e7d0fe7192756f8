import { createStoryReactions } from '../content/story-reactions.js';
import { translator } from '../i18n/translate.js';
import type { Actor } from '../people.js';
import type { ConversationDeps } from './deps.js';
import { type Reply, textReply } from './reply.js';

/** 👏 on a shared story (the local page): counted once per person, never for the storyteller. */
export async function clapReply(
  deps: Pick<ConversationDeps, 'ctx' | 'people'>,
  actor: Actor,
  storyId: string,
): Promise<Reply> {
  const person = await deps.people.ensure(actor);
  const locale = await deps.people.localeOf(person.key);
  const t = translator(locale);
  const story = await deps.ctx.store.content.getStory(storyId);
  if (!story) return textReply(locale, t('error.notFound'), 'not_found');
  if (story.authorKey === person.key) return textReply(locale, t('storyPost.ownStory'), 'not_allowed');
  const count = (await createStoryReactions(deps.ctx).clap(storyId, person.key, true)) ?? story.reactions;
  return textReply(locale, t('storyPost.clapped', { count }));
}
