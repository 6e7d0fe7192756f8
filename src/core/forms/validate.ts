import type { Translator } from '../i18n/translate.js';
import type { Form, FormField, FormValues } from '../message.js';

/** A field's submitted value as text ('' when absent). */
export function textValue(values: FormValues, id: string): string {
  const value = values[id];
  return typeof value === 'string' ? value.trim() : '';
}

export function listValue(values: FormValues, id: string): string[] {
  const value = values[id];
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' && v !== '');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

export function boolValue(values: FormValues, id: string): boolean {
  const value = values[id];
  if (Array.isArray(value)) return value.length > 0 && value.some((v) => v === 'true' || v === 'on');
  return value === true || value === 'true' || value === 'on' || value === 'yes';
}

function checkField(field: FormField, values: FormValues, t: Translator): string | undefined {
  if (field.kind === 'checkbox') return undefined;
  const isList = field.kind === 'multiselect';
  const list = isList ? listValue(values, field.id) : [];
  const text = isList ? '' : textValue(values, field.id);
  const empty = isList ? list.length === 0 : text === '';
  if (empty) return field.required ? t('form.error.required') : undefined;
  if (field.maxLength !== undefined && text.length > field.maxLength) {
    return t('form.error.tooLong', { max: field.maxLength, count: text.length });
  }
  if (field.options && field.kind !== 'person') {
    const allowed = new Set(field.options.map((o) => o.value));
    const chosen = isList ? list : [text];
    if (chosen.some((value) => !allowed.has(value))) return t('form.error.unknownOption');
  }
  return undefined;
}

/** Checks required fields, lengths and options; every message in the person's language. */
export function validateForm(form: Form, values: FormValues, t: Translator): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of form.fields) {
    const error = checkField(field, values, t);
    if (error) errors[field.id] = error;
  }
  return errors;
}

/** The same form with what the person typed as the initial values, so nothing is lost on an error. */
export function keepInput(form: Form, values: FormValues): Form {
  return {
    ...form,
    fields: form.fields.map((field) => {
      const value = values[field.id];
      return value === undefined ? field : { ...field, initial: value };
    }),
  };
}

export function yesNoOptions(t: Translator): { value: string; label: string }[] {
  return [
    { value: 'yes', label: t('form.yes') },
    { value: 'no', label: t('form.no') },
  ];
}
