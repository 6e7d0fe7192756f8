import type { Digest } from '../../core/digest/digest.js';
import { PRIZE_CANDIDATE_SCORE } from '../../core/digest/digest.js';
import type { Formatter } from '../../core/digest/format.js';
import { withheldTexts } from '../../core/digest/markdown-text.js';
import { PRIZE_CRITERIA } from '../../core/digest/stories.js';
import { escapeHtml as e } from '../../core/escape-html.js';
import { kaffeHtml } from './kaffe-section.js';
import { distributionBar, distributionLegend, networkChart } from './svg-charts.js';

export const num = (text: string | number) => `<td class="num">${e(String(text))}</td>`;
export const section = (id: string, title: string, body: string, cls = '') =>
  `<section id="${id}"${cls ? ` class="${cls}"` : ''} aria-labelledby="${id}-h"><h2 id="${id}-h">${e(title)}</h2>${body}</section>`;

export function distributionSection(digest: Digest, f: Formatter): string {
  const { t } = f;
  const scale = ['1', '2', '3', '4', '5'];
  const rows = digest.questions
    .map((line) => {
      const r = line.result;
      const label = f.statement(line.id);
      const chart = r.shown
        ? distributionBar(
            r.value.distribution,
            label,
            t('dash.chart.distributionDesc', {
              values: r.value.distribution.map((c, i) => `${i + 1}: ${c}`).join(', '),
            }),
          )
        : `<span class="muted">${e(f.withheld)}</span>`;
      return `<tr><td>${e(label)}<br><span class="muted">${e(f.dimension(line))}</span></td>${num(f.n(r))}${num(f.score(r))}<td>${chart}</td></tr>`;
    })
    .join('');
  const legend = distributionLegend(t('dash.chart.legend'), scale);
  return section(
    'distribution',
    t('dash.section.distribution'),
    `<p class="muted">${e(t('dash.chart.legend'))}</p>${legend}<table class="dist"><thead><tr><th>${e(t('digest.col.statement'))}</th><th class="num">${e(t('digest.col.n'))}</th><th class="num">${e(t('digest.col.mean'))}</th><th>${e(t('digest.col.distribution'))}</th></tr></thead><tbody>${rows}</tbody></table>`,
    'long',
  );
}

export function storiesSection(digest: Digest, f: Formatter): string {
  const { t } = f;
  const yes = (v: boolean) => (v ? t('form.yes') : t('form.no'));
  const stories = digest.stories
    .map((s) => {
      const tags = PRIZE_CRITERIA.map(
        (c) => `<span class="tag${s.prize.met.includes(c) ? '' : ' off'}">${e(t(`dash.prize.${c}`))}</span>`,
      ).join('');
      return `<article class="story"><h3>${e(s.title)}</h3>${s.authorName ? `<p class="muted">${e(t('dash.by', { name: s.authorName }))}</p>` : ''}<p>${e(s.whatChanged)}</p>
<ul><li>${e(t('story.field.whoBenefits'))}: ${e(s.whoBenefits)}</li><li>${e(t('story.field.inUse'))}: ${e(yes(s.inUse))} · ${e(t('story.field.canSpread'))}: ${e(yes(s.canSpread))}</li><li>${e(t('story.field.learned'))}: ${e(s.learned)}</li>${s.nextStepOwner ? `<li>${e(t('story.field.nextStepOwner'))}: ${e(s.nextStepOwner)}</li>` : ''}${s.sectors.length ? `<li>${e(t('digest.col.sector'))}: ${e(s.sectors.map((x) => f.sector(x)).join(', '))}</li>` : ''}</ul>
<p>${e(t('dash.col.reactions'))}: <strong>${s.reactions}</strong> · ${e(t('dash.col.score'))}: <strong>${s.prize.score}/5</strong></p><div class="tags">${tags}</div></article>`;
    })
    .join('');
  const rankedBy = `<p class="muted" id="stories-ranked-by">${e(t('digest.stories.rankedBy'))}</p>`;
  return section(
    'stories',
    t('digest.section.stories'),
    stories ? rankedBy + stories : `<p>${e(t('digest.none'))}</p>`,
    'long',
  );
}

export function prizeSection(digest: Digest, f: Formatter): string {
  const { t } = f;
  const byId = new Map(digest.stories.map((s) => [s.id, s]));
  const ranked = digest.prizeRanking
    .map((id) => byId.get(id))
    .filter((s) => s !== undefined)
    .map(
      (s) =>
        `<tr><td>${digest.prizeCandidates.includes(s.id) ? '★ ' : ''}${e(s.title)}</td>${num(`${s.prize.score}/5`)}${num(s.reactions)}</tr>`,
    )
    .join('');
  const nominations = digest.nominations
    .map((n) => {
      const who = n.nomineeKind === 'team' ? (n.teamName ?? '') : (n.nomineeName ?? t('someone'));
      return `<li><strong>${e(who)}</strong> · ${e(f.dimensionLabel(n.dimension))}: ${e(n.reason)}${n.status === 'recognised' ? ` <span class="tag">${e(t('digest.recognised'))}</span>` : ''}</li>`;
    })
    .join('');
  return `<div class="two">${section(
    'prize',
    t('dash.section.prize'),
    `<p class="muted">${e(t('dash.prize.explain', { min: PRIZE_CANDIDATE_SCORE }))}</p>${
      ranked
        ? `<table><thead><tr><th>${e(t('digest.section.stories'))}</th><th class="num">${e(t('dash.col.score'))}</th><th class="num">${e(t('dash.col.reactions'))}</th></tr></thead><tbody>${ranked}</tbody></table>`
        : `<p>${e(t('digest.none'))}</p>`
    }`,
  )}${section('nominations', t('digest.section.nominations'), nominations ? `<ul>${nominations}</ul>` : `<p>${e(t('digest.none'))}</p>`)}</div>`;
}

export function collaborationSection(digest: Digest, f: Formatter): string {
  const { t } = f;
  const c = digest.collaboration;
  if (c.sectors.length === 0)
    return section(
      'collaboration',
      t('dash.section.collaboration'),
      `<p>${e(t('digest.none'))}</p>${kaffeHtml(digest, f)}`,
    );
  const names = c.sectors.map((s) => f.sector(s));
  const pairs: string[] = [];
  c.sectors.forEach((_, i) => {
    c.sectors.forEach((__, j) => {
      const n = c.matrix[i]?.[j] ?? 0;
      if (j > i && n > 0) pairs.push(`${names[i]} – ${names[j]}: ${n}`);
    });
  });
  const chart = networkChart(
    names.map((label, i) => ({ label, size: c.matrix[i]?.[i] ?? 0 })),
    c.matrix,
    t('dash.chart.network'),
    t('dash.chart.networkDesc', { values: pairs.join('; ') || '–' }),
  );
  const table = `<table><thead><tr><th>${e(t('digest.col.sector'))}</th>${names.map((n) => `<th class="num">${e(n)}</th>`).join('')}</tr></thead><tbody>${names
    .map(
      (n, i) =>
        `<tr><th>${e(n)}</th>${(c.matrix[i] ?? []).map((v, j) => num(i === j ? `(${v})` : v)).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
  return section(
    'collaboration',
    t('dash.section.collaboration'),
    `<p>${e(t('dash.collab.summary', { cross: c.crossSector, items: c.items }))}</p>${chart}${table}${kaffeHtml(digest, f)}`,
  );
}

export function activitySection(digest: Digest, f: Formatter): string {
  const { t } = f;
  const a = digest.activity;
  const rows = (
    [
      ['dash.activity.stories', 'stories'],
      ['dash.activity.inUse', 'inUse'],
      ['dash.activity.spreading', 'spreading'],
      ['dash.activity.realised', 'realisedBenefits'],
    ] as const
  )
    .map(([label, key]) => `<tr><td>${e(t(label))}</td>${num(a.month[key])}${num(a.last12Months[key])}</tr>`)
    .join('');
  return section(
    'activity',
    t('dash.section.activity'),
    `<table><thead><tr><th>${e(t('dash.col.counted'))}</th><th class="num">${e(t('dash.activity.month'))}</th><th class="num">${e(t('dash.activity.year'))}</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

/** `doneForm` renders the lead's "mark as done" button (dashboard only; the file has none). */
export function learningSection(digest: Digest, f: Formatter, doneForm?: (id: string) => string): string {
  const { t } = f;
  const item = (r: Digest['learning'][number], withButton: boolean) =>
    `<li>${e(r.kind === 'learning' || !r.tryNext ? r.text : r.tryNext)}${r.tryNext ? ` → <em>${e(t('dash.tryNext'))}:</em> ${e(r.tryNext)}` : ''}${r.nextStepOwner ? ` <span class="muted">(${e(t('dash.col.owner'))}: ${e(r.nextStepOwner)})</span>` : ''}${withButton ? ` <span class="muted">· ${e(t('dash.since', { month: f.month(r.createdAt.slice(0, 7)) }))}</span>` : ''}${withButton && doneForm ? ` ${doneForm(r.id)}` : ''}</li>`;
  const learned = digest.learning.map((r) => item(r, false)).join('');
  const open = digest.openNextSteps.map((r) => item(r, true)).join('');
  const followed = digest.checkBacks
    .map(
      (c) =>
        `<li>${e(c.text)}: <strong>${e(t(`loop.outcome.${c.outcome}`))}</strong>${c.learned ? ` – <em>${e(t('loop.digest.learned'))}:</em> ${e(c.learned)}` : ''}</li>`,
    )
    .join('');
  const checked = followed ? `<h3>${e(t('loop.digest.heading'))}</h3><ul>${followed}</ul>` : '';
  return `<div class="two">${section('learning', t('digest.section.learning'), learned ? `<ul>${learned}</ul>` : `<p>${e(t('digest.none'))}</p>`)}${section(
    'next-steps',
    t('dash.section.nextSteps'),
    `${open ? `<ul>${open}</ul>` : `<p>${e(t('digest.none'))}</p>`}${checked}`,
  )}</div>`;
}

export function withheldSection(digest: Digest, f: Formatter): string {
  return section(
    'withheld',
    f.t('dash.section.withheld'),
    `<ul>${withheldTexts(digest, f)
      .map((x) => `<li>${e(x)}</li>`)
      .join('')}</ul>`,
  );
}
