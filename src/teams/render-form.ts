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

function input(field: FormField, error: string | undefined, texts: FormTexts, search: boolean): CardElement {
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
      return personPicker(field, common, value, search);
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
 * A person to choose. With `search` it is the Teams people picker (Microsoft Teams docs, "People
 * Picker in Adaptive Cards"): `choices.data` with the `graph.microsoft.com/users` dataset searches the
 * whole organisation, and the value is the chosen person's Entra object id. The listed choices are
 * real colleagues (Teams shows static choices as people), never the hint, which is the placeholder.
 * Without `search` it is a static typeahead over the same list, for a host without `choices.data`.
 */
function personPicker(
  field: FormField,
  common: Record<string, unknown>,
  value: string | undefined,
  search: boolean,
): CardElement {
  return {
    type: 'Input.ChoiceSet',
    ...common,
    style: 'filtered',
    placeholder: field.hint ?? field.label,
    choices: peopleChoices(field, value),
    ...(search ? { 'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' } } : {}),
    ...(value !== undefined ? { value } : {}),
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

/** The title, the intro and every field, with each error under its field. */
function formBody(
  form: Form,
  texts: FormTexts,
  errors: Record<string, string>,
  search: boolean,
): CardElement[] {
  const body: CardElement[] = [textBlock(form.title, { size: 'Large', weight: 'Bolder', style: 'heading' })];
  if (form.intro) body.push(textBlock(form.intro));
  if (Object.keys(errors).length > 0) body.push(textBlock(texts.summary, { color: 'Attention' }));
  for (const field of form.fields) {
    // An optional choice with nothing to choose (no sectors configured) is left out: a choice set needs a choice.
    const empty = (field.kind === 'select' || field.kind === 'multiselect') && !field.options?.length;
    if (empty && !field.required) continue;
    const error = errors[field.id];
    body.push(input(field, error, texts, search));
    if (field.hint) body.push(textBlock(field.hint, { size: 'Small', isSubtle: true, spacing: 'None' }));
    if (error) body.push(textBlock(error, { color: 'Attention', size: 'Small', spacing: 'None' }));
  }
  return body;
}

/**
 * A form as a card with `Action.Execute` (verb = form id). After a failed submission the same card
 * comes back with the typed input kept and each error under its field.
 *
 * A form with a person to choose searches the directory with `choices.data`, which the Adaptive Card
 * schema gives version 1.6 (Input.ChoiceSet: "choices.data | Data.Query | … | 1.6"); the card says so.
 * A host that renders less shows its `fallback` instead: the same form, the person chosen from a list.
 */
export function renderForm(form: Form, texts: FormTexts, errors: Record<string, string> = {}): AdaptiveCard {
  const actions: ExecuteAction[] = [
    {
      type: 'Action.Execute',
      title: form.submitLabel,
      verb: form.id,
      style: 'positive',
      data: { [FORM_CONTEXT_KEY]: form.context },
    },
    ...(form.back ? [backAction(form.back)] : []),
  ];
  const card = { fallbackText: form.title, actions };
  if (!form.fields.some((field) => field.kind === 'person'))
    return adaptiveCard(formBody(form, texts, errors, false), card);
  return adaptiveCard(formBody(form, texts, errors, true), {
    ...card,
    version: '1.6',
    fallback: {
      type: 'Container',
      items: [...formBody(form, texts, errors, false), { type: 'ActionSet', actions }],
    },
  });
}
