import type { types } from '@slack/bolt';
import type { Form, FormField } from '../core/message.js';
import { clip, SLACK_LIMITS as L } from './limits.js';
import { escapeMrkdwn, plain } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;
type Option = types.PlainTextOption;

export interface ModalLabels {
  close: string;
}

function options(field: FormField): Option[] {
  return (field.options ?? []).slice(0, L.optionsPerSelect).map((o) => ({
    text: plain(o.label, L.optionText),
    value: clip(o.value, L.optionValue),
  }));
}

function asList(value: FormField['initial']): string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
}

function element(field: FormField): types.InputBlock['element'] | undefined {
  const actionId = clip(field.id, L.actionId);
  switch (field.kind) {
    case 'text':
    case 'textarea': {
      const max = Math.min(field.maxLength ?? L.plainTextInputMax, L.plainTextInputMax);
      const initial = typeof field.initial === 'string' ? field.initial : '';
      return {
        type: 'plain_text_input',
        action_id: actionId,
        multiline: field.kind === 'textarea',
        max_length: max,
        ...(initial ? { initial_value: [...initial].slice(0, max).join('') } : {}),
      };
    }
    case 'select': {
      const opts = options(field);
      if (opts.length === 0) return undefined;
      const initial = opts.find((o) => asList(field.initial).includes(o.value ?? ''));
      return {
        type: 'static_select',
        action_id: actionId,
        options: opts,
        ...(initial ? { initial_option: initial } : {}),
      };
    }
    case 'multiselect': {
      const opts = options(field);
      if (opts.length === 0) return undefined;
      const chosen = new Set(asList(field.initial));
      const initial = opts.filter((o) => chosen.has(o.value ?? ''));
      return {
        type: 'multi_static_select',
        action_id: actionId,
        options: opts,
        ...(initial.length > 0 ? { initial_options: initial } : {}),
      };
    }
    case 'checkbox': {
      const option: Option = { text: plain(field.label, L.optionText), value: 'true' };
      const on = field.initial === true || asList(field.initial as string[]).includes('true');
      return {
        type: 'checkboxes',
        action_id: actionId,
        options: [option],
        ...(on ? { initial_options: [option] } : {}),
      };
    }
    case 'person': {
      // Slack's own people picker: the colleague list the core offers is only for platforms without one.
      const initial = typeof field.initial === 'string' && field.initial ? field.initial : undefined;
      return { type: 'users_select', action_id: actionId, ...(initial ? { initial_user: initial } : {}) };
    }
  }
}

/** One input block per field; its `block_id` is the field id, so `response_action: errors` can point at it. */
export function formBlocks(form: Form): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (form.intro) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: clip(escapeMrkdwn(form.intro), L.sectionText) },
    });
  }
  for (const field of form.fields) {
    const el = element(field);
    if (!el) continue;
    blocks.push({
      type: 'input',
      block_id: clip(field.id, L.blockId),
      label: plain(field.label, L.inputLabel),
      // A checkbox that is not ticked is a valid answer.
      optional: field.kind === 'checkbox' || !field.required,
      element: el,
      ...(field.hint ? { hint: plain(field.hint, L.inputHint) } : {}),
    });
  }
  return blocks.slice(0, L.blocksPerView);
}

/** A neutral form → a Slack modal; the form's context travels in `private_metadata`. */
export function renderModal(form: Form, labels: ModalLabels): types.ModalView {
  const metadata = JSON.stringify(form.context);
  return {
    type: 'modal',
    callback_id: form.id,
    title: plain(form.title, L.viewTitle),
    submit: plain(form.submitLabel, L.viewSubmit),
    close: plain(labels.close, L.viewClose),
    private_metadata: metadata.length <= L.privateMetadata ? metadata : '{}',
    blocks: formBlocks(form),
  };
}

/**
 * Field errors as Slack wants them in the view_submission response. Slack keeps everything the
 * person typed when it gets `response_action: errors`, so nothing is lost.
 */
export function viewErrors(form: Form, errors: Record<string, string>) {
  const blockIds = new Set(
    formBlocks(form).flatMap((b) => (b.type === 'input' && b.block_id ? [b.block_id] : [])),
  );
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    // An error on a field Slack does not show (no options) goes on the first input instead of getting lost.
    const target = blockIds.has(field) ? field : [...blockIds][0];
    if (target) out[target] = clip(out[target] ? `${out[target]} ${message}` : message, L.errorText);
  }
  return { response_action: 'errors' as const, errors: out };
}
