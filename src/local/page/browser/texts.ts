import { fill } from './dom.js';

// Browser code: the page's texts in the current person's language, replaced on every state load.
let current: Record<string, string> = {};

export function setTexts(texts: Record<string, string>): void {
  current = texts;
}

export function tr(key: string, params?: Record<string, string | number>): string {
  return fill(current[key] || key, params);
}
