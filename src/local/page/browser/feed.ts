import type { FeedItem } from '../../../core/core.js';
import type { Message } from '../../../core/message.js';
import type { Locale, Role } from '../../../core/vocabulary.js';
import { el } from './dom.js';
import { type MessageHandlers, renderMessage } from './render-message.js';
import { tr } from './texts.js';

// Browser code: posts in a channel or the direct messages, and the cards waiting for recognition.

export interface FeedOptions extends MessageHandlers {
  locale: Locale;
  /** The confirmation shown under a pulse after a vote, by pulse id. */
  confirmations: Record<string, Message>;
}

export function initials(name: string): string {
  return String(name)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0])
    .join('')
    .toUpperCase();
}

export function roleNames(roles: Role[]): string[] {
  return roles.filter((role) => role !== 'employee').map((role) => tr(`local.role.${role}`));
}

function formatTime(iso: string, locale: Locale): string {
  try {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** The id a post's element has, so a button elsewhere can link to it. */
export const entryAnchor = (entryId: string | number) => `entry-${entryId}`;

function renderPost(item: FeedItem, prefix: string, options: FeedOptions): HTMLElement {
  const post = el('li', {
    className: 'post',
    id: prefix === 'ch' ? entryAnchor(item.id) : null,
    tabindex: '-1',
    'data-entry': item.id,
    'data-pulse': item.pulse?.id ?? null,
  });
  post.appendChild(
    el('div', { className: 'post-head' }, [
      el('span', { className: 'avatar', 'aria-hidden': 'true', text: 'KP' }),
      el('span', { className: 'author', text: tr('local.bot') }),
      el('time', { datetime: item.createdAt, text: formatTime(item.createdAt, options.locale) }),
    ]),
  );
  post.appendChild(
    renderMessage(item.message, {
      ...options,
      keyPrefix: prefix + item.id,
      pulseOpen: item.pulse?.open ?? true,
    }),
  );
  if (item.pulse && !item.pulse.open) {
    post.appendChild(el('p', { className: 'closed-note', text: tr('local.pulse.closed') }));
  }
  const confirmation = item.pulse && options.confirmations[item.pulse.id];
  if (item.pulse && confirmation && item.pulse.open) {
    const box = renderMessage(confirmation, {
      onVote: options.onVote,
      onAction: options.onAction,
      keyPrefix: `conf${item.id}`,
    });
    box.className = 'msg confirmation';
    box.setAttribute('data-confirmation', item.pulse.id);
    post.appendChild(box);
  }
  return post;
}

function renderList(list: HTMLElement, emptyKey: string, nodes: HTMLElement[]): void {
  list.textContent = '';
  if (!nodes.length) list.appendChild(el('li', { className: 'empty', text: tr(emptyKey) }));
  for (const node of nodes) list.appendChild(node);
}

export function renderPosts(
  list: HTMLElement,
  items: FeedItem[],
  emptyKey: string,
  prefix: string,
  options: FeedOptions,
): void {
  renderList(
    list,
    emptyKey,
    items.map((item) => renderPost(item, prefix, options)),
  );
}

export function renderCards(
  list: HTMLElement,
  messages: Message[],
  emptyKey: string,
  handlers: MessageHandlers,
): void {
  renderList(
    list,
    emptyKey,
    messages.map((message, i) =>
      el('li', { className: 'post' }, [
        renderMessage(message, {
          onVote: handlers.onVote,
          onAction: handlers.onAction,
          keyPrefix: `await${i}`,
        }),
      ]),
    ),
  );
}
