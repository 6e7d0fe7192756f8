import type { Translator } from '../core/i18n/translate.js';
import type { Form, FormField } from '../core/message.js';
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  type ExecuteAction,
  PULSE_REFRESH_VERB,
} from './card-types.js';
import { textBlock } from './render-message.js';

/** The key under which a form card round-trips its context (inputs use the field ids). */
export const FORM_CONTEXT_KEY = 'kpContext';
/**
 * The value of the placeholder choice that people pickers carried before the hint became the input's
 * `placeholder` (cards already sent still have it): read back as "nobody chosen".
 */
export const NO_PERSON = '-';
/**
 * The people a card lists itself, by name: the directory search finds everyone else. Bounded, so the
 * card stays far under Teams' message size limit however many people Kulturpuls knows.
 */
export const LISTED_PEOPLE_MAX = 25;
/** Adaptive Cards schema, Input.ChoiceSet: `choices.data` is a version 1.6 property. */
const DYNAMIC_CHOICES_VERSION = '1.6';
/** Teams' people picker dataset: every member of the organisation's directory. */
const PEOPLE_DATASET = 'graph.microsoft.com/users';

export interface FormTexts {
  /** Shown by Teams when a required input is left empty. */
  required: string;
  /** Above the fields after a failed submission. */
  summary: string;
}

export function formTexts(t: Translator): FormTexts {
  return { required: t('form.error.required'), summary: t('form.error.summary') };
}

function initialText(field: FormField): string | undefined {
  const initial = field.initial;
  if (initial === undefined || typeof initial === 'boolean') return undefined;
  return Array.isArray(initial) ? initial.join(',') : initial;
}

function choices(field: FormField) {
  return (field.options ?? []).map((option) => ({ title: option.label, value: option.value }));
}

function input(field: FormField, error: string | undefined, texts: FormTexts): CardElement {
  const common = {
    id: field.id,
    label: field.label,
    isRequired: field.required,
    ...(error || field.required ? { errorMessage: error ?? texts.required } : {}),
  };
  const value = initialText(field);
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return {
        type: 'Input.Text',
        ...common,
        isMultiline: field.kind === 'textarea',
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(value !== undefined ? { value } : {}),
      };
    case 'select':
    case 'multiselect':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: field.kind === 'multiselect' ? 'expanded' : 'compact',
        isMultiSelect: field.kind === 'multiselect',
        choices: choices(field),
        ...(value !== undefined ? { value } : {}),
      };
    case 'checkbox':
      return {
        type: 'Input.Toggle',
        id: field.id,
        label: field.label,
        title: field.label,
        valueOn: 'true',
        valueOff: 'false',
        value: field.initial === true || field.initial === 'true' ? 'true' : 'false',
      };
    case 'person':
      return personPicker(field, common, value);
  }
}

/** The person already chosen (kept after an error) first, then colleagues by name, at most LISTED_PEOPLE_MAX. */
function peopleChoices(field: FormField, value: string | undefined) {
  const options = field.options ?? [];
  const chosen = value ? options.find((option) => option.value === value) : undefined;
  const others = options
    .filter((option) => option !== chosen)
    .sort((a, b) => a.label.localeCompare(b.label, 'nb'))
    .slice(0, LISTED_PEOPLE_MAX - (chosen ? 1 : 0));
  return [...(chosen ? [chosen] : []), ...others].map((o) => ({ title: o.label, value: o.value }));
}

/**
 * A person to choose: the Teams people picker (Microsoft Teams docs, "People Picker in Adaptive
 * Cards"). `choices.data` with the `graph.microsoft.com/users` dataset searches the whole organisation;
 * the value is the chosen person's Entra object id. The listed choices are real colleagues (Teams shows
 * static choices as people), never the hint, which is the placeholder.
 *
 * `choices.data` is Adaptive Cards 1.6, so the picker `requires` that version and carries its own
 * `fallback`: the same input (same id, so the submit reads it the same way) as a static typeahead over
 * the listed colleagues. The fallback sits on the element, not on the card: a host shows a card-level
 * fallback as a separate card, and the official renderer (`adaptivecards`) hands that card's actions to
 * no handler, so its "Send" never reaches the bot (seen in the Agents Playground).
 */
function personPicker(
  field: FormField,
  common: Record<string, unknown>,
  value: string | undefined,
): CardElement {
  const listed = {
    type: 'Input.ChoiceSet',
    ...common,
    style: 'filtered',
    placeholder: field.hint ?? field.label,
    choices: peopleChoices(field, value),
    ...(value !== undefined ? { value } : {}),
  } as const;
  return {
    ...listed,
    'choices.data': { type: 'Data.Query', dataset: PEOPLE_DATASET },
    // `adaptiveCards` is the feature Microsoft's renderers register at the card version they render.
    requires: { adaptiveCards: DYNAMIC_CHOICES_VERSION },
    fallback: listed,
  };
}

/**
 * The form took the place of the person's own pulse card: "back" asks for that card again, as Teams
 * does when it refreshes it, and sends none of the inputs (nothing typed is checked or stored).
 */
function backAction(back: NonNullable<Form['back']>): ExecuteAction {
  return {
    type: 'Action.Execute',
    title: back.label,
    verb: PULSE_REFRESH_VERB,
    data: { pulseId: back.pulseId },
    associatedInputs: 'none',
  };
}

/**
 * A form as a card with `Action.Execute` (verb = form id). After a failed submission the same card
 * comes back with the typed input kept and each error under its field. A card with a people picker
 * declares the version its `choices.data` needs; every other form stays at 1.5.
 */
export function renderForm(form: Form, texts: FormTexts, errors: Record<string, string> = {}): AdaptiveCard {
  const body: CardElement[] = [textBlock(form.title, { size: 'Large', weight: 'Bolder', style: 'heading' })];
  if (form.intro) body.push(textBlock(form.intro));
  if (Object.keys(errors).length > 0) body.push(textBlock(texts.summary, { color: 'Attention' }));
  for (const field of form.fields) {
    // An optional choice with nothing to choose (no sectors configured) is left out: a choice set needs a choice.
    const empty = (field.kind === 'select' || field.kind === 'multiselect') && !field.options?.length;
    if (empty && !field.required) continue;
    const error = errors[field.id];
    body.push(input(field, error, texts));
    if (field.hint) body.push(textBlock(field.hint, { size: 'Small', isSubtle: true, spacing: 'None' }));
    if (error) body.push(textBlock(error, { color: 'Attention', size: 'Small', spacing: 'None' }));
  }
  const picksPerson = form.fields.some((field) => field.kind === 'person');
  return adaptiveCard(body, {
    ...(picksPerson ? { version: DYNAMIC_CHOICES_VERSION } : {}),
    fallbackText: form.title,
    actions: [
      {
        type: 'Action.Execute',
        title: form.submitLabel,
        verb: form.id,
        style: 'positive',
        data: { [FORM_CONTEXT_KEY]: form.context },
      },
      ...(form.back ? [backAction(form.back)] : []),
    ],
  });
}
