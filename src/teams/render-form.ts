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
/** The stand-in choice of an empty people picker (a choice needs a value); read back as "none". */
export const NO_PERSON = '-';

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

/**
 * The Teams people picker: Teams searches the organisation's directory itself, so the card carries
 * no list of people and its size does not grow with the organisation. The value is the chosen
 * person's Entra object id; only a person already chosen (kept after an error) is sent as a choice.
 */
function personPicker(
  field: FormField,
  common: Record<string, unknown>,
  value: string | undefined,
): CardElement {
  const chosen = value ? field.options?.find((option) => option.value === value) : undefined;
  return {
    type: 'Input.ChoiceSet',
    ...common,
    style: 'filtered',
    // The renderer wants one choice at least; the hint stands in (read back as "none").
    choices: [
      { title: field.hint ?? field.label, value: NO_PERSON },
      ...(chosen ? [{ title: chosen.label, value: chosen.value }] : []),
    ],
    'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
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

/**
 * A form as a card with `Action.Execute` (verb = form id). After a failed submission the same card
 * comes back with the typed input kept and each error under its field.
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
  return adaptiveCard(body, {
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
