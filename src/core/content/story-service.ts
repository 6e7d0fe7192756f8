import type { CoreContext } from '../context.js';
import { boolValue, keepInput, listValue, textValue, validateForm } from '../forms/validate.js';
import { translator } from '../i18n/translate.js';
import type { FormResult, FormValues } from '../message.js';
import type { Actor, People } from '../people.js';
import type { Story } from '../records.js';
import type { Dimension, StoryPhase } from '../vocabulary.js';
import { storyForm } from './story-form.js';
import { storyPostKey, storyPostTargets } from './story-reactions.js';

export function createStoryService(ctx: CoreContext, people: People) {
  const { store, settings } = ctx;

  return {
    async form(actor: Actor, prefill?: string) {
      const person = await people.ensure(actor);
      const locale = await people.localeOf(person.key);
      return storyForm(translator(locale), locale, settings.sectors, prefill);
    },

    async submit(actor: Actor, values: FormValues): Promise<FormResult & { story?: Story }> {
      const person = await people.ensure(actor);
      const locale = await people.localeOf(person.key);
      const t = translator(locale);
      const form = storyForm(t, locale, settings.sectors);
      const errors = validateForm(form, values, t);
      if (Object.keys(errors).length > 0) return { ok: false, errors, form: keepInput(form, values) };

      const story: Story = {
        id: ctx.newId('story'),
        authorKey: person.key,
        title: textValue(values, 'title'),
        whatChanged: textValue(values, 'whatChanged'),
        whoBenefits: textValue(values, 'whoBenefits'),
        inUse: textValue(values, 'inUse') === 'yes' || boolValue(values, 'inUse'),
        canSpread: textValue(values, 'canSpread') === 'yes' || boolValue(values, 'canSpread'),
        sectors: listValue(values, 'sectors'),
        learned: textValue(values, 'learned'),
        nextStepOwner: textValue(values, 'nextStepOwner'),
        phase: (textValue(values, 'phase') || null) as StoryPhase | null,
        dimension: (textValue(values, 'dimension') || null) as Dimension | null,
        reactions: 0,
        createdAt: ctx.nowIso(),
      };
      const now = ctx.nowIso();
      await store.transaction(async (tx) => {
        await tx.content.addStory(story);
        for (const target of storyPostTargets(settings, actor.platform)) {
          await tx.outbox.enqueue(
            {
              dedupeKey: storyPostKey(story.id),
              target,
              payload: { type: 'story', storyId: story.id },
              notBefore: now,
            },
            now,
          );
        }
      });
      return {
        ok: true,
        story,
        confirmation: {
          fallbackText: t('story.thanks', { title: story.title }),
          blocks: [{ type: 'text', text: t('story.thanks', { title: story.title }) }],
        },
      };
    },

    async react(storyId: string): Promise<boolean> {
      if (!(await store.content.getStory(storyId))) return false;
      await store.content.addReaction(storyId);
      return true;
    },
  };
}

export type StoryService = ReturnType<typeof createStoryService>;
