import { DIMENSION_LABELS } from '../bank/index.js';
import { yesNoOptions } from '../forms/validate.js';
import type { Translator } from '../i18n/translate.js';
import { FORMS, type Form } from '../message.js';
import type { Sector } from '../settings.js';
import { LEADERSHIP_DIMENSIONS, type Locale, STORY_PHASES } from '../vocabulary.js';

export const STORY_LIMITS = { title: 150, long: 2000, medium: 1000, short: 200 } as const;

export function storyForm(t: Translator, locale: Locale, sectors: Sector[], prefill?: string): Form {
  return {
    id: FORMS.story,
    title: t('story.form.title'),
    submitLabel: t('form.submit'),
    intro: t('story.form.intro'),
    context: {},
    fields: [
      {
        id: 'title',
        label: t('story.field.title'),
        kind: 'text',
        required: true,
        maxLength: STORY_LIMITS.title,
      },
      {
        id: 'whatChanged',
        label: t('story.field.whatChanged'),
        kind: 'textarea',
        required: true,
        maxLength: STORY_LIMITS.long,
        ...(prefill ? { initial: prefill.slice(0, STORY_LIMITS.long) } : {}),
      },
      {
        id: 'whoBenefits',
        label: t('story.field.whoBenefits'),
        hint: t('story.hint.whoBenefits'),
        kind: 'textarea',
        required: true,
        maxLength: STORY_LIMITS.medium,
      },
      {
        id: 'inUse',
        label: t('story.field.inUse'),
        kind: 'select',
        required: true,
        options: yesNoOptions(t),
      },
      {
        id: 'canSpread',
        label: t('story.field.canSpread'),
        kind: 'select',
        required: true,
        options: yesNoOptions(t),
      },
      {
        id: 'sectors',
        label: t('story.field.sectors'),
        hint: t('story.hint.sectors'),
        kind: 'multiselect',
        // Without configured sectors there is nothing to choose, so nothing can be required.
        required: sectors.length > 0,
        options: sectors.map((s) => ({ value: s.id, label: s.name[locale] })),
      },
      {
        id: 'learned',
        label: t('story.field.learned'),
        kind: 'textarea',
        required: true,
        maxLength: STORY_LIMITS.medium,
      },
      {
        id: 'nextStepOwner',
        label: t('story.field.nextStepOwner'),
        kind: 'text',
        required: false,
        maxLength: STORY_LIMITS.short,
      },
      {
        id: 'phase',
        label: t('story.field.phase'),
        kind: 'select',
        required: false,
        options: STORY_PHASES.map((phase) => ({ value: phase, label: t(`phase.${phase}`) })),
      },
      {
        id: 'dimension',
        label: t('story.field.dimension'),
        kind: 'select',
        required: false,
        options: LEADERSHIP_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d][locale] })),
      },
    ],
  };
}
