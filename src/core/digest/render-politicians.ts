import type { Digest } from './digest.js';
import { formatter, type RenderOptions } from './format.js';
import { escapeMarkdown } from './markdown-text.js';
import { politiciansBlocks } from './politicians.js';

export function renderPoliticiansMarkdown(digest: Digest, options: RenderOptions): string {
  const f = formatter(digest, options);
  const lines = [`# ${f.t('pol.heading', { month: f.month(digest.month) })}`, ''];
  for (const block of politiciansBlocks(digest, f)) {
    if (block.kind === 'rule') lines.push('---', '');
    else if (block.kind === 'ul') lines.push(...block.items.map((i) => `- ${escapeMarkdown(i)}`), '');
    else {
      const prefix = block.kind === 'h2' ? '## ' : block.kind === 'h3' ? '### ' : '';
      const lead = block.lead ? `**${block.lead}** ` : '';
      lines.push(`${prefix}${lead}${escapeMarkdown(block.text)}`, '');
    }
  }
  return lines.join('\n');
}
