import { DIMENSION_LABELS } from '../bank/index.js';
import type { Translator } from '../i18n/translate.js';
import { FORMS, type Form } from '../message.js';
import { knownName } from '../people.js';
import type { Person } from '../records.js';
import type { Sector } from '../settings.js';
import { CLIMATE_ITEMS, LEADERSHIP_DIMENSIONS, type Locale } from '../vocabulary.js';

export const NOMINATION_LIMITS = { reason: 1000, team: 120 } as const;

/** Dimensions a nomination can show: the leadership dimensions and the positive climate items. */
export const NOMINATION_DIMENSIONS = [
  ...LEADERSHIP_DIMENSIONS,
  ...CLIMATE_ITEMS.filter((item) => item !== 'konflikt'),
] as const;

export function nominationForm(t: Translator, locale: Locale, sectors: Sector[], colleagues: Person[]): Form {
  return {
    id: FORMS.nomination,
    title: t('nomination.form.title'),
    submitLabel: t('form.submit'),
    intro: t('nomination.form.intro'),
    context: {},
    fields: [
      {
        id: 'nomineeKind',
        label: t('nomination.field.kind'),
        kind: 'select',
        required: true,
        options: [
          { value: 'person', label: t('nomination.kind.person') },
          { value: 'team', label: t('nomination.kind.team') },
        ],
        initial: 'person',
      },
      {
        id: 'nominee',
        label: t('nomination.field.nominee'),
        hint: t('nomination.hint.nominee'),
        kind: 'person',
        required: false,
        requiredWhen: { field: 'nomineeKind', value: 'person' },
        // Only colleagues with a name: an option is never labelled with an id.
        options: colleagues.flatMap((p) => {
          const name = knownName(p);
          return name ? [{ value: p.userId, label: name }] : [];
        }),
      },
      {
        id: 'teamName',
        label: t('nomination.field.team'),
        kind: 'text',
        required: false,
        requiredWhen: { field: 'nomineeKind', value: 'team' },
        maxLength: NOMINATION_LIMITS.team,
      },
      {
        id: 'dimension',
        label: t('nomination.field.dimension'),
        kind: 'select',
        required: true,
        options: NOMINATION_DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d][locale] })),
      },
      {
        id: 'reason',
        label: t('nomination.field.reason'),
        kind: 'textarea',
        required: true,
        maxLength: NOMINATION_LIMITS.reason,
      },
      {
        id: 'sectors',
        label: t('nomination.field.sectors'),
        kind: 'multiselect',
        required: false,
        options: sectors.map((s) => ({ value: s.id, label: s.name[locale] })),
      },
    ],
  };
}
