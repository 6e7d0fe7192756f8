import { createHmac } from 'node:crypto';
import type { PlatformCapabilities } from '../capabilities.js';
import type { CoreContext } from '../context.js';
import { translator } from '../i18n/translate.js';
import { ACTIONS, type Message } from '../message.js';
import { knownName, mentionOf } from '../people.js';
import type { Person, PersonKey, Story, Target } from '../records.js';
import type { Settings } from '../settings.js';
import type { Locale, Platform } from '../vocabulary.js';

/**
 * Platforms where reactions on a story's post are counted: Slack's emoji reactions and the local
 * page's 👏. Teams is not (yet): its stories are posted only where `stories.postTo` says, without
 * asking for reactions.
 */
const COUNTED: readonly Platform[] = ['slack', 'local'];

/** The outbox key a story's post is queued under; the store finds a story by its post with it. */
export const storyPostKey = (storyId: string) => `story:${storyId}`;

/** The local page's 👏: one reaction name, so a second click takes it back. */
export const CLAP = 'clap';

/**
 * Where a new story is posted: `stories.postTo` when set ('off': nowhere), otherwise the channels the
 * pulse goes to on the author's platform, where reactions are counted (people who answer pulses see
 * the stories there).
 */
export function storyPostTargets(settings: Settings, platform: Platform): Target[] {
  const configured = settings.stories?.postTo;
  if (configured === 'off') return [];
  const candidates =
    configured ??
    settings.schedules
      .filter((s) => s.enabled && s.kind === 'pulse')
      .flatMap((s) => s.targets)
      .filter((target) => COUNTED.includes(target.platform));
  const seen = new Map<string, Target>();
  for (const target of candidates) {
    if (target.kind === 'channel' && target.platform === platform) seen.set(target.id, target);
  }
  return [...seen.values()];
}

/**
 * Who reacted, as a keyed hash that differs per story: distinct people can be counted, and nobody
 * with the database but without the secret can tell who they are or link them across stories.
 */
export function storyReactor(secret: string, storyId: string, person: PersonKey): string {
  return createHmac('sha256', secret).update(`story-reaction\n${storyId}\n${person}`).digest('base64url');
}

/** A shared story in a channel: what changed, for whom, who shared it, and how to show you like it. */
export function storyPostMessage(
  story: Story,
  author: Person | undefined,
  locale: Locale,
  reaction: PlatformCapabilities['storyReaction'],
): Message {
  const t = translator(locale);
  const by = t('storyPost.by', { author: knownName(author) ?? t('someone') });
  const ask = reaction === 'emoji' ? t('storyPost.react') : reaction === 'button' ? t('storyPost.clap') : '';
  return {
    fallbackText: story.title,
    ...mentionOf(author, t('someone')),
    blocks: [
      { type: 'heading', text: story.title },
      { type: 'text', text: story.whatChanged },
      { type: 'fields', fields: [{ label: t('story.field.whoBenefits'), value: story.whoBenefits }] },
      { type: 'context', text: ask ? `${by} ${ask}` : by },
      ...(reaction === 'button'
        ? [
            {
              type: 'actions' as const,
              buttons: [{ actionId: ACTIONS.storyClap, label: t('storyPost.clapButton'), value: story.id }],
            },
          ]
        : []),
    ],
  };
}

/** Reactions on posted stories, counted as distinct people per story. */
export function createStoryReactions(ctx: CoreContext) {
  const { store } = ctx;
  const set = (storyId: string, person: PersonKey, reaction: string, on: boolean) =>
    store.content.setStoryReaction({
      storyId,
      reactor: storyReactor(ctx.secret, storyId, person),
      reaction,
      on,
      at: ctx.nowIso(),
    });

  return {
    /**
     * A reaction added to or removed from a platform message. Only a story's post counts, and not its
     * author's own reaction. Returns the distinct people now reacting, or undefined when not counted.
     */
    async reacted(input: {
      platform: Platform;
      messageRef: string;
      person: PersonKey;
      reaction: string;
      on: boolean;
    }): Promise<number | undefined> {
      const storyId = await store.content.storyPostedAt(input.platform, input.messageRef);
      const story = storyId ? await store.content.getStory(storyId) : undefined;
      if (!story || story.authorKey === input.person) return undefined;
      return set(story.id, input.person, input.reaction, input.on);
    },

    /** The local page's 👏 on a story: a click gives it, a second click takes it back. */
    async clap(storyId: string, person: PersonKey, on: boolean): Promise<number | undefined> {
      const story = await store.content.getStory(storyId);
      if (!story || story.authorKey === person) return undefined;
      return set(story.id, person, CLAP, on);
    },
  };
}

export type StoryReactions = ReturnType<typeof createStoryReactions>;
