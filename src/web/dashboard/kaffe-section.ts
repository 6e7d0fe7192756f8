import type { Digest } from '../../core/digest/digest.js';
import type { Formatter } from '../../core/digest/format.js';
import { escapeHtml as e } from '../../core/escape-html.js';

/** Kaffe på tvers under cross-sector collaboration: the share of pairs that met, per sector pair. */
export function kaffeHtml(digest: Digest, f: Formatter): string {
  const k = digest.kaffe;
  if (k.pairs === 0) return '';
  const { t } = f;
  const rows = k.sectorPairs
    .map(
      (p) =>
        `<li>${e(t('kaffe.digest.row', { a: f.sector(p.a), b: f.sector(p.b), share: Math.round(p.metShare * 100), pairs: p.pairs }))}</li>`,
    )
    .join('');
  const withheld =
    k.withheld > 0
      ? `<p class="muted">${e(t('kaffe.digest.withheld', { min: digest.minGroupSize }))}</p>`
      : '';
  return `<h3>${e(t('kaffe.digest.heading'))}</h3>${rows ? `<ul>${rows}</ul>` : ''}${withheld}`;
}
