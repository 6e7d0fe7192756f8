import type { Form, FormResult } from '../../../core/message.js';
import type { ApiResult } from './client.js';
import { byId, el, focusKey } from './dom.js';
import { followConditions, readForm, renderField } from './render-field.js';
import { tr } from './texts.js';

// Browser code: the form dialog. Errors come from the server, each shown next to its field, and the
// form is drawn again from what was typed, so nothing is lost.

export type FormKind = 'reflection' | 'learning' | 'story' | 'nomination';

export interface FormsContext {
  /** Who the page acts as; null before someone is picked. */
  as(): string | null;
  busy: { value: boolean };
  api<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<ApiResult<T>>;
  failed(result: ApiResult<unknown>): boolean;
  toast(text: string): void;
  refreshSoon(): void;
}

interface OpenForm {
  form: Form;
  focus: string | null;
  opener: HTMLElement | null;
}

function showForm(form: Form, errors: Record<string, string>): void {
  byId('form-title').textContent = form.title;
  byId('form-intro').textContent = form.intro || '';
  byId('form-intro').hidden = !form.intro;
  const hasErrors = Object.keys(errors).length > 0;
  const summary = byId('form-summary');
  summary.textContent = '';
  summary.hidden = !hasErrors;
  if (hasErrors) {
    // The summary names each field to fix, and each name leads to its field.
    const wrong = form.fields.filter((f) => errors[f.id]);
    summary.append(
      el('p', { text: tr('form.error.summary') }),
      el(
        'ul',
        null,
        wrong.map((f) =>
          el('li', null, [el('a', { href: `#f-${f.id}`, text: f.label }), `: ${errors[f.id]}`]),
        ),
      ),
    );
  }
  const fields = byId('form-fields');
  fields.textContent = '';
  for (const field of form.fields) fields.appendChild(renderField(field, errors[field.id]));
  followConditions(form);
  byId('form-submit').textContent = form.submitLabel;
}

/** Wires the dialog once; returns the function that opens a form of a kind. */
export function createForms(ctx: FormsContext) {
  let current: OpenForm | null = null;
  const dialog = byId<HTMLDialogElement>('form-dialog');
  const submit = byId<HTMLButtonElement>('form-submit');

  function show(form: Form, opener: HTMLElement | null): void {
    current = { form, focus: opener?.getAttribute('data-focus') ?? null, opener };
    showForm(form, {});
    if (!dialog.open) dialog.showModal();
    byId('form-fields').querySelector<HTMLElement>('input, textarea, select')?.focus();
  }

  async function openForm(kind: FormKind, value: string, opener: HTMLElement | null): Promise<void> {
    const as = ctx.as() ?? '';
    const query = `/form?as=${encodeURIComponent(as)}&kind=${kind}${value ? `&value=${encodeURIComponent(value)}` : ''}`;
    const result = await ctx.api<{ form: Form }>('GET', query);
    if (ctx.failed(result)) return;
    show(result.data.form, opener);
  }

  /** A button whose answer the server decides (a comment's form, or "ended"): POST /action. */
  async function fromAction(actionId: string, value: string, opener: HTMLElement | null): Promise<void> {
    const result = await ctx.api<{ form?: Form; message?: string }>('POST', '/action', {
      as: ctx.as(),
      actionId,
      value,
    });
    if (ctx.failed(result)) return;
    if (result.data.form) return show(result.data.form, opener);
    if (result.data.message) ctx.toast(result.data.message);
    ctx.refreshSoon();
  }

  async function submitForm(event: Event): Promise<void> {
    event.preventDefault();
    const open = current;
    if (!open || ctx.busy.value) return;
    const values = readForm(byId<HTMLFormElement>('form'), open.form);
    ctx.busy.value = true;
    submit.disabled = true;
    const result = await ctx.api<FormResult>('POST', '/form', {
      as: ctx.as(),
      formId: open.form.id,
      context: open.form.context,
      values,
    });
    ctx.busy.value = false;
    submit.disabled = false;
    if (ctx.failed(result)) return;
    if (result.data.ok) {
      dialog.close();
      ctx.toast(result.data.confirmation.fallbackText);
      ctx.refreshSoon();
      return;
    }
    open.form = result.data.form;
    showForm(result.data.form, result.data.errors);
    byId('form-fields').querySelector<HTMLElement>('[aria-invalid="true"], .invalid input')?.focus();
  }

  function formClosed(): void {
    const closed = current;
    current = null;
    if (!closed) return;
    const back = closed.focus ? focusKey(closed.focus) : null;
    if (back) back.focus();
    else if (closed.opener && document.body.contains(closed.opener)) closed.opener.focus();
  }

  byId('form').addEventListener('submit', (event) => void submitForm(event));
  byId('form-cancel').addEventListener('click', () => dialog.close());
  byId('form-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', formClosed);
  return Object.assign(openForm, { fromAction, show });
}
