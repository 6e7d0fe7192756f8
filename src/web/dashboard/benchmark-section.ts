import { benchmarkSection } from '../../core/benchmark/benchmark-texts.js';
import type { Digest } from '../../core/digest/digest.js';
import type { Formatter } from '../../core/digest/format.js';
import { escapeHtml as e } from '../../core/escape-html.js';
import { num, section } from './html-sections.js';

/** "Oss", the KOSTRA group and the nation per dimension, and whether each difference beats the noise. */
export function benchmarkHtml(digest: Digest, f: Formatter): string {
  if (!digest.benchmark) return '';
  const s = benchmarkSection(digest.benchmark, f);
  const [first, ...others] = s.header;
  const head = `<tr><th>${e(first)}</th>${others.map((h) => `<th class="num">${e(h)}</th>`).join('')}</tr>`;
  const rows = s.rows.map(
    ([label, ...figures]) => `<tr><td>${e(label)}</td>${figures.map(num).join('')}</tr>`,
  );
  const table = rows.length > 0 ? `<table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>` : '';
  const sentences =
    s.sentences.length > 0 ? `<ul>${s.sentences.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : '';
  return section('benchmark', s.heading, `<p class="muted">${e(s.status)}</p>${table}${sentences}`);
}
