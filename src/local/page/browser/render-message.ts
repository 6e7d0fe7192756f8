import type { Block, Button, Message } from '../../../core/message.js';
import type { ScaleValue } from '../../../core/vocabulary.js';
import { button, el, richText, safeUrl } from './dom.js';

// Browser code: the neutral message model drawn as DOM.

export type ScaleBlock = Extract<Block, { type: 'scale' }>;

export interface MessageHandlers {
  onVote(block: ScaleBlock, value: ScaleValue, node: HTMLButtonElement): void;
  onAction(button: Button, node: HTMLButtonElement): void;
  /** A link for a button that opens a page; null draws an action button. */
  linkFor?(button: Button): string | null;
}

export interface RenderOptions extends MessageHandlers {
  /** Makes each control's `data-focus` key unique on the page, so focus survives a redraw. */
  keyPrefix: string;
  pulseOpen?: boolean;
}

function renderScale(block: ScaleBlock, options: RenderOptions): HTMLElement {
  const open = options.pulseOpen !== false;
  const legendId = `st-${block.pulseId}-${block.questionId}`;
  const row = el('div', { className: 'scale-options', role: 'group', 'aria-labelledby': legendId });
  for (const option of block.options) {
    const props = {
      className: 'scale-option',
      'aria-pressed': block.selected === option.value ? 'true' : 'false',
      'data-value': option.value,
      'data-focus': `vote:${block.pulseId}:${block.questionId}:${option.value}`,
      disabled: !open,
      text: option.label,
    };
    row.appendChild(button(props, (node) => options.onVote(block, option.value, node)));
  }
  return el('fieldset', { className: 'scale', 'data-question': block.questionId }, [
    el('legend', { id: legendId, text: block.statement }),
    row,
  ]);
}

function renderActions(buttons: Button[], key: string, options: RenderOptions): HTMLElement {
  const row = el('div', { className: 'actions' });
  buttons.forEach((action, i) => {
    const props = {
      className: `button${action.style ? ` ${action.style}` : ''}`,
      'data-focus': `${key}:${i}`,
      text: action.label,
    };
    const href = options.linkFor ? options.linkFor(action) : safeUrl(action.url);
    row.appendChild(
      href
        ? el('a', { ...props, href })
        : button({ ...props, 'data-action': action.actionId }, (node) => options.onAction(action, node)),
    );
  });
  return row;
}

function renderBlock(block: Block, key: string, options: RenderOptions): HTMLElement[] {
  switch (block.type) {
    case 'heading':
      return [el('h3', { text: block.text })];
    case 'text':
      return String(block.text)
        .split(/\n\s*\n/)
        .map((para) => el('p', null, richText(para)));
    case 'context':
      return [el('p', { className: 'context' }, richText(block.text))];
    case 'divider':
      return [el('hr')];
    case 'fields':
      return [
        el(
          'dl',
          null,
          block.fields.flatMap((field) => [
            el('dt', { text: field.label }),
            el('dd', null, richText(field.value)),
          ]),
        ),
      ];
    case 'scale':
      return [renderScale(block, options)];
    case 'actions':
      return [renderActions(block.buttons, key, options)];
    default:
      // A block type this page does not know yet is left out, not an error.
      return [];
  }
}

export function renderMessage(message: Message, options: RenderOptions): HTMLElement {
  const wrap = el('div', { className: 'msg' });
  (message.blocks || []).forEach((block, index) => {
    for (const node of renderBlock(block, `${options.keyPrefix}:${index}`, options)) wrap.appendChild(node);
  });
  return wrap;
}
