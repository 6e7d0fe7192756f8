import type { Digest } from './digest.js';
import type { Formatter } from './format.js';
import type { PrizeCriterion } from './stories.js';

/**
 * Markdown special characters in people's text are escaped so a story cannot restyle the digest:
 * emphasis, links, HTML and table pipes anywhere, and block markers at the start of the text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+\-!]|\d+\.)/, '$1\\$2');
}

export function prizeLabel(f: Formatter, criterion: PrizeCriterion): string {
  return f.t(`dash.prize.${criterion}`);
}

export function withheldTexts(digest: Digest, f: Formatter): string[] {
  const { t } = f;
  const w = digest.withheld;
  const n = Math.max(digest.minGroupSize, 3);
  const texts: string[] = [];
  if (w.cells) texts.push(t('dash.withheld.cells', { count: w.cells, n }));
  if (w.questions || w.dimensions)
    texts.push(
      t('dash.withheld.lines', {
        count: w.questions + w.dimensions,
        questions: w.questions,
        dimensions: w.dimensions,
      }),
    );
  if (w.sectorParts) texts.push(t('dash.withheld.sectors', { count: w.sectorParts }));
  // Said only when there are some: "not shown at all: 0" reads as an alarm.
  if (w.sectors) texts.push(t('dig.withheld.hiddenSectors', { count: w.sectors }));
  if (w.participationSectors) texts.push(t('dash.withheld.participation', { count: w.participationSectors }));
  if (!digest.participation.responses.shown) texts.push(t('digest.highlight.participationWithheld', { n }));
  if (texts.length === 0) texts.push(t('dash.withheld.none'));
  texts.push(t('dash.withheld.why', { n }));
  return texts;
}
