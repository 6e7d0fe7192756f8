import type { Digest, ScoreLine } from '../../core/digest/digest.js';
import { actionItems, changeExplain, indexTexts } from '../../core/digest/digest-texts.js';
import type { Formatter } from '../../core/digest/format.js';
import { escapeHtml as e } from '../../core/escape-html.js';
import { num, section } from './html-sections.js';

/** "Hva bør vi gjøre nå?" at the top: what to look at, and what to take to the next team meeting. */
export function actionsSection(digest: Digest, f: Formatter): string {
  const { items, overdue } = actionItems(digest, f);
  const list = items
    .map((i) => {
      const extras = [i.practice, i.question].filter((x): x is string => x !== null);
      return `<li>${e(i.text)}${extras.length ? `<ul>${extras.map((x) => `<li>${e(x)}</li>`).join('')}</ul>` : ''}</li>`;
    })
    .join('');
  const next = overdue ? `<p><a href="#next-steps">${e(overdue)}</a></p>` : '';
  return section('actions', f.t('dig.actions.title'), `<ul class="actions">${list}</ul>${next}`, 'long');
}

/** The percentage, or a dash when no platform could count the people asked (the card's line says why). */
function rateBig(rate: Digest['participation']['rate'], f: Formatter): string {
  if (!rate.shown) return f.withheld;
  return rate.value.share === null ? '–' : f.percent(rate.value.share);
}

export function cards(digest: Digest, f: Formatter): string {
  const { t } = f;
  const p = digest.participation;
  const card = (big: string, label: string, small: string[] = []) =>
    `<div class="card"><span class="big">${e(big)}</span>${e(label)}${small.map((x) => `<br><span class="small">${e(x)}</span>`).join('')}</div>`;
  return `<div class="cards">${[
    card(f.index(), t('dash.section.index'), indexTexts(digest, f)),
    card(rateBig(p.rate, f), t('digest.rate'), [
      f.rate(p.rate),
      `${t('digest.pulses')}: ${p.pulses}`,
      t('rate.explained'),
    ]),
    card(f.gated(p.respondents, String), t('dash.respondents')),
    card(String(digest.activity.month.inUse), t('dash.activity.inUse'), [
      `${t('dash.activity.stories')}: ${digest.activity.month.stories}`,
    ]),
  ].join('')}</div>`;
}

/** Leadership dimensions and the checklist apart: the checklist is not part of the index. */
export function dimensionSections(digest: Digest, f: Formatter): string {
  const { t } = f;
  const table = (lines: ScoreLine[]) =>
    `<table><thead><tr><th>${e(t('digest.col.dimension'))}</th><th class="num">${e(t('digest.col.n'))}</th><th class="num">${e(t('digest.col.mean'))}</th><th class="num">${e(t('digest.col.change'))}</th><th>${e(t('dig.col.comparedWith'))}</th><th class="num">${e(t('dash.col.baseline'))}</th><th>${e(t('digest.col.distribution'))}</th></tr></thead><tbody>${lines
      .map(
        (l) =>
          `<tr><td>${e(f.dimension(l))}</td>${num(f.n(l.result))}${num(f.score(l.result))}${num(f.change(l.change, l.changeWithinNoise))}<td>${e(f.span(l.changeFrom))}</td>${num(f.change(l.baselineChange, l.baselineWithinNoise))}<td>${e(f.distribution(l.result))}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  const leadership = digest.dimensions.filter((l) => l.group === 'leadership');
  const other = digest.dimensions.filter((l) => l.group !== 'leadership');
  const span = f.span(digest.index.window);
  return [
    leadership.length
      ? section(
          'dimensions',
          t('dig.section.leadership', { span }),
          `<p class="muted">${e(changeExplain(f))}</p>${table(leadership)}`,
          'long',
        )
      : '',
    other.length ? section('climate', t('dig.section.climate', { span }), table(other), 'long') : '',
  ].join('\n');
}
