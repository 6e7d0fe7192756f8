// Browser code. People's text only ever goes through textContent or attribute values, never innerHTML.

export type Child = Node | string | null | undefined | false;
/** `text`, `className`, `on<event>`, form properties, and attributes for everything else. */
export type Props = Record<string, unknown>;

const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled']);

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'className') node.className = String(value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value as EventListener);
    else if (PROPERTIES.has(key)) (node as unknown as Record<string, unknown>)[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A button (never a submit) that hands itself to its click handler. */
export function button(
  props: Props,
  onClick: (node: HTMLButtonElement) => void,
  children: Child[] = [],
): HTMLButtonElement {
  const node = el('button', { type: 'button', ...props }, children);
  node.addEventListener('click', () => onClick(node));
  return node;
}

/** An element the page's HTML always has. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the page`);
  return node as T;
}

export function fill(template: string, params?: Record<string, string | number>): string {
  return String(template).replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? String(params[name]) : whole,
  );
}

/** Only web links and paths on this server; anything else (javascript:, data:) is no link. */
export function safeUrl(url: string | null | undefined): string | null {
  return url && /^(https?:\/\/|\/(?!\/))/i.test(url) ? url : null;
}

/**
 * Chat text as nodes: what the core marks as a command (`/kulturpuls …`, in backticks as Slack and
 * Teams write it) becomes a <code> element, so nobody sees the backticks or types them.
 */
export function richText(text: string): (Node | string)[] {
  return String(text)
    .split(/`([^`\n]+)`/)
    .map((part, i) => (i % 2 === 1 ? el('code', { text: part }) : part))
    .filter((part) => part !== '');
}

/** Puts focus back on the element with this `data-focus` key after a redraw. */
export function focusKey(key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
}
