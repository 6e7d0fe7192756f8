import type { Form, FormField, FormValues } from '../../../core/message.js';
import { byId, el } from './dom.js';
import { tr } from './texts.js';

// Browser code: one form field per kind. Ids are prefixed so two forms never clash.

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const markText = (required: boolean) => ` (${tr(required ? 'local.form.required' : 'local.form.optional')})`;

/** Every label says whether the field must be filled in or may be left empty, in words. */
function optionalMark(field: FormField): HTMLElement | null {
  if (field.kind === 'checkbox') return null;
  const required = field.required || isRequiredNow(field);
  return el('span', {
    className: required ? 'required' : 'optional',
    'data-mark': field.id,
    text: markText(required),
  });
}

/** A conditional field, as its other field (drawn before it) says now. */
function isRequiredNow(field: FormField): boolean {
  const rule = field.requiredWhen;
  const other = rule && (document.getElementById(`f-${rule.field}`) as Control | null);
  return !!other && other.value === rule.value;
}

/**
 * A field required only while another has a value (a colleague's name when nominating a person,
 * a team's name for a team): its label and `aria-required` follow that other field.
 */
export function followConditions(form: Form): void {
  for (const field of form.fields) {
    const rule = field.requiredWhen;
    const other = rule && (document.getElementById(`f-${rule.field}`) as Control | null);
    if (!rule || !other) continue;
    const update = () => {
      const required = other.value === rule.value;
      const mark = document.querySelector(`[data-mark="${CSS.escape(field.id)}"]`);
      if (mark) {
        mark.className = required ? 'required' : 'optional';
        mark.textContent = markText(required);
      }
      document.getElementById(`f-${field.id}`)?.setAttribute('aria-required', required ? 'true' : 'false');
    };
    other.addEventListener('change', update);
    update();
  }
}

/**
 * A long list of colleagues (208 after `demo-data`) gets a search box above it: typing narrows the
 * options, the chosen one stays, and a polite status says how many are shown.
 */
function personFilter(id: string, select: HTMLSelectElement): HTMLElement {
  const people = Array.from(select.options).filter((option) => option.value !== '');
  const status = el('p', { className: 'counter', id: `${id}-filter-status`, 'aria-live': 'polite' });
  const search = el('input', {
    type: 'search',
    id: `${id}-filter`,
    autocomplete: 'off',
    'aria-controls': id,
    'aria-describedby': `${id}-filter-status`,
  });
  search.addEventListener('input', () => {
    const words = search.value.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const option of people) {
      const name = option.text.toLocaleLowerCase();
      const match = option.selected || words.every((word) => name.includes(word));
      option.hidden = !match;
      option.disabled = !match;
      if (match) shown += 1;
    }
    status.textContent = words.length
      ? tr('local.form.filterCount', { count: shown, total: people.length })
      : '';
  });
  return el('div', { className: 'filter' }, [
    el('label', { for: `${id}-filter`, text: tr('local.form.filter') }),
    search,
    status,
  ]);
}

function multiselect(field: FormField, id: string, error: string | undefined, parts: FieldParts) {
  const { initial } = field;
  const chosen = Array.isArray(initial) ? initial : typeof initial === 'string' && initial ? [initial] : [];
  const set = el('fieldset', {
    id,
    className: `field${error ? ' invalid' : ''}`,
    'data-field': field.id,
    'aria-describedby': parts.described.join(' '),
  });
  set.appendChild(el('legend', null, [field.label, optionalMark(field)]));
  if (parts.hint) set.appendChild(parts.hint);
  (field.options || []).forEach((option, i) => {
    set.appendChild(
      el('label', { className: 'option' }, [
        el('input', {
          type: 'checkbox',
          name: field.id,
          value: option.value,
          id: `${id}-${i}`,
          checked: chosen.includes(option.value),
        }),
        option.label,
      ]),
    );
  });
  set.appendChild(parts.errorNode);
  return set;
}

function checkbox(field: FormField, id: string, parts: FieldParts) {
  const { initial } = field;
  const checked = initial === true || initial === 'true' || initial === 'on';
  return el('div', { className: 'field', 'data-field': field.id }, [
    el('div', { className: 'check' }, [
      el('input', {
        type: 'checkbox',
        checked,
        'aria-describedby': parts.described.join(' '),
        ...parts.common,
      }),
      el('label', { for: id, text: field.label }),
    ]),
    parts.hint,
    parts.errorNode,
  ]);
}

function control(field: FormField, text: string, common: Record<string, unknown>): Control {
  if (field.kind === 'select' || field.kind === 'person') {
    const select = el('select', common, [el('option', { value: '', text: tr('local.form.choose') })]);
    for (const option of field.options || []) {
      select.appendChild(
        el('option', { value: option.value, text: option.label, selected: option.value === text }),
      );
    }
    return select;
  }
  const input =
    field.kind === 'textarea'
      ? el('textarea', { rows: 4, maxlength: field.maxLength || null, ...common })
      : el('input', { type: 'text', maxlength: field.maxLength || null, ...common });
  input.value = text;
  return input;
}

interface FieldParts {
  hint: HTMLElement | null;
  errorNode: HTMLElement;
  described: string[];
  common: Record<string, unknown>;
}

export function renderField(field: FormField, error: string | undefined): HTMLElement {
  const id = `f-${field.id}`;
  const hint = field.hint ? el('p', { className: 'hint', id: `${id}-hint`, text: field.hint }) : null;
  const described = hint ? [`${id}-hint`, `${id}-error`] : [`${id}-error`];
  const parts: FieldParts = {
    hint,
    errorNode: el('p', { className: 'error', id: `${id}-error`, text: error || '' }),
    described,
    common: {
      id,
      name: field.id,
      'aria-invalid': error ? 'true' : null,
      'aria-required': field.required ? 'true' : null,
    },
  };
  if (field.kind === 'multiselect') return multiselect(field, id, error, parts);
  if (field.kind === 'checkbox') return checkbox(field, id, parts);

  const box = el('div', { className: `field${error ? ' invalid' : ''}`, 'data-field': field.id });
  box.appendChild(el('label', { for: id }, [field.label, optionalMark(field)]));
  if (hint) box.appendChild(hint);
  const input = control(field, typeof field.initial === 'string' ? field.initial : '', parts.common);
  if (field.kind === 'person' && input instanceof HTMLSelectElement) box.appendChild(personFilter(id, input));
  box.appendChild(input);
  if (field.maxLength && (field.kind === 'textarea' || field.kind === 'text')) {
    const max = field.maxLength;
    const counter = el('p', { className: 'counter', id: `${id}-count` });
    const update = () => {
      counter.textContent = tr('local.form.counter', { count: input.value.length, max });
    };
    input.addEventListener('input', update);
    update();
    described.push(`${id}-count`);
    box.appendChild(counter);
  }
  input.setAttribute('aria-describedby', described.join(' '));
  box.appendChild(parts.errorNode);
  return box;
}

/** The values as the core's FormValues: text, a list for multiselect, a boolean for checkbox. */
export function readForm(formNode: HTMLFormElement, form: Form): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    if (field.kind === 'multiselect') {
      const checked = formNode.querySelectorAll<HTMLInputElement>(`input[name="${field.id}"]:checked`);
      values[field.id] = Array.from(checked, (input) => input.value);
    } else if (field.kind === 'checkbox') {
      values[field.id] = byId<HTMLInputElement>(`f-${field.id}`).checked;
    } else {
      values[field.id] = byId<Control>(`f-${field.id}`).value;
    }
  }
  return values;
}
