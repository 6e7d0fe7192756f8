import type { Digest } from '../../core/digest/digest.js';
import type { Formatter } from '../../core/digest/format.js';
import { escapeHtml as e } from '../../core/escape-html.js';
import { section } from './html-sections.js';

/** The week's reflection answers per question, and the themes that recur across answers and stories. */
export function reflectionSections(digest: Digest, f: Formatter): string {
  const { t } = f;
  const n = Math.max(digest.minGroupSize, 3);
  const questions = digest.reflectionAnswers
    .map((q) => {
      const items = [
        ...q.named.map(
          (a) => `<li>${e(a.text)}${a.name ? ` <span class="muted">– ${e(a.name)}</span>` : ''}</li>`,
        ),
        ...q.anonymous.map(
          (text) => `<li>${e(text)} <span class="muted">– ${e(t('dig.reflections.unnamed'))}</span></li>`,
        ),
      ].join('');
      const held = q.anonymousWithheld
        ? `<p class="muted">${e(t('dig.reflections.withheld', { count: q.anonymousWithheld, n }))}</p>`
        : '';
      return `<h3>${e(f.question(q.questionId) ?? q.questionId)}</h3>${items ? `<ul>${items}</ul>` : ''}${held}`;
    })
    .join('');
  const themes = digest.themes
    .map((x) => `<li>${e(t('dig.themes.item', { word: x.word, count: x.texts }))}</li>`)
    .join('');
  return `<div class="two">${section(
    'reflections',
    t('dig.section.reflections'),
    questions || `<p>${e(t('digest.none'))}</p>`,
  )}${section(
    'themes',
    t('dig.section.themes'),
    `<p class="muted">${e(t('dig.themes.explain'))}</p>${themes ? `<ul>${themes}</ul>` : `<p>${e(t('digest.none'))}</p>`}`,
  )}</div>`;
}
