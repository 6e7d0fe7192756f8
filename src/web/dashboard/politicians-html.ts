import type { Digest } from '../../core/digest/digest.js';
import type { Formatter } from '../../core/digest/format.js';
import { politiciansBlocks } from '../../core/digest/politicians.js';
import { escapeHtml as e } from '../../core/escape-html.js';

/** The politicians' version, from the same blocks as its Markdown. */
export function politiciansHtml(digest: Digest, f: Formatter): string {
  const out = politiciansBlocks(digest, f).map((block) => {
    if (block.kind === 'rule') return '<hr>';
    if (block.kind === 'ul') return `<ul>${block.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
    const lead = block.lead ? `<strong>${e(block.lead)}</strong> ` : '';
    return `<${block.kind}>${lead}${e(block.text)}</${block.kind}>`;
  });
  return `<section>${out.join('\n')}</section>`;
}
