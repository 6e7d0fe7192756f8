import type { Digest } from '../../core/digest/digest.js';
import { type Formatter, formatter, type RenderOptions } from '../../core/digest/format.js';
import { escapeHtml as e } from '../../core/escape-html.js';
import { shiftMonth } from '../../core/time.js';
import { LEADERSHIP_DIMENSIONS, LOCALES } from '../../core/vocabulary.js';
import { benchmarkHtml } from './benchmark-section.js';
import {
  activitySection,
  collaborationSection,
  distributionSection,
  learningSection,
  num,
  prizeSection,
  section,
  storiesSection,
  withheldSection,
} from './html-sections.js';
import { politiciansHtml } from './politicians-html.js';
import { reflectionSections } from './reflection-sections.js';
import { DIGEST_CSS } from './styles.js';
import { barChart, restartChartIds, trendChart } from './svg-charts.js';
import { actionsSection, cards, dimensionSections } from './top-sections.js';

export interface DashboardExtras {
  /** Query parameters that must travel with every link and form (the signed-link fields). */
  keep: Record<string, string>;
  /** A confirmation to show at the top (after marking a next step done). */
  notice?: string;
}

export interface HtmlOptions extends RenderOptions {
  /** Present on the web dashboard: month picker, language links and mark-done buttons. */
  dashboard?: DashboardExtras;
}

const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;

/**
 * Every table and chart scrolls sideways on a phone (charts keep their size there, so their text
 * stays readable), and can be scrolled from the keyboard. Bars inside table cells scroll with the table.
 */
const scrollable = (html: string) =>
  html
    .replace(/<table/g, '<div class="scroll" tabindex="0"><table')
    .replace(/<\/table>/g, '</table></div>')
    .replace(/(?<!<td>)(<svg[\s\S]*?<\/svg>)/g, '<div class="scroll" tabindex="0">$1</div>');

/** A complete, self-contained HTML document (no script, no external resource). */
export function renderDigestHtml(digest: Digest, options: HtmlOptions): string {
  restartChartIds();
  const f = formatter(digest, options);
  const { t } = f;
  const body =
    options.audience === 'politicians'
      ? politiciansHtml(digest, f)
      : scrollable(leadSections(digest, f, options.dashboard));
  const heading =
    options.audience === 'politicians'
      ? t('pol.heading', { month: f.month(digest.month) })
      : t('digest.heading', { month: f.month(digest.month) });
  return `<!doctype html>
<html lang="${options.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(heading)} – Kulturpuls</title><style>${DIGEST_CSS}</style></head>
<body><header class="top"><div class="org">${e(digest.organisation)} · Kulturpuls</div><h1>${e(heading)}</h1>${options.dashboard ? nav(digest, f, options) : ''}</header>
<main id="digest" data-month="${digest.month}">${options.dashboard?.notice ? `<p class="notice" role="status">${e(options.dashboard.notice)}</p>` : ''}${body}
<footer>${e(t('digest.generated', { at: f.time(digest.generatedAt) }))} · ${e(t('privacy.withheldNote', { n: Math.max(digest.minGroupSize, 3) }))}</footer></main></body></html>
`;
}

function href(month: string, lang: string, keep: Record<string, string>): string {
  return `?${new URLSearchParams({ ...keep, month, lang })}`;
}

/** A plain GET form: the month picker works without script (and so inside a strict CSP or a Teams tab). */
function nav(digest: Digest, f: Formatter, options: HtmlOptions): string {
  const keep = options.dashboard?.keep ?? {};
  const { t } = f;
  const hidden = Object.entries({ ...keep, lang: options.locale })
    .map(([k, v]) => `<input type="hidden" name="${e(k)}" value="${e(v)}">`)
    .join('');
  const prev = shiftMonth(digest.month, -1);
  const next = shiftMonth(digest.month, 1);
  const langs = LOCALES.map((l) =>
    l === options.locale
      ? `<strong>${LANGUAGE_NAMES[l]}</strong>`
      : `<a href="${e(href(digest.month, l, keep))}" hreflang="${l}" lang="${l}">${LANGUAGE_NAMES[l]}</a>`,
  ).join(' · ');
  // A channel's link is signed for its month only: other months would answer 403, so none are offered.
  if (keep.scope !== undefined && keep.scope !== '*')
    return `<nav class="months" aria-label="${e(t('dash.monthPicker'))}"><span id="month-only">${e(t('dash.monthOnly', { month: f.month(digest.month) }))}</span><span aria-label="${e(t('dash.language'))}">${langs}</span></nav>`;
  return `<nav class="months" aria-label="${e(t('dash.monthPicker'))}"><a class="step" id="prev-month" href="${e(href(prev, options.locale, keep))}">← ${e(t('dash.previous'))}</a>
<form method="get" action="" id="month-picker"><label for="month-input">${e(t('dash.monthPicker'))}</label><input type="month" id="month-input" name="month" value="${digest.month}" required pattern="\\d{4}-\\d{2}">${hidden}<button type="submit">${e(t('dash.show'))}</button></form>
<a class="step" id="next-month" href="${e(href(next, options.locale, keep))}">${e(t('dash.next'))} →</a><span aria-label="${e(t('dash.language'))}">${langs}</span></nav>`;
}

function leadSections(digest: Digest, f: Formatter, dashboard?: DashboardExtras): string {
  const { t } = f;
  const lines = new Map(digest.dimensions.map((d) => [d.dimension, d]));
  // Every leadership dimension gets a row; pulses rotate statements, so some are not asked every month.
  const bars = LEADERSHIP_DIMENSIONS.map((dimension) => {
    const line = lines.get(dimension);
    return {
      label: f.dimensionLabel(dimension),
      value: line?.result.shown ? line.result.value.mean : null,
      text: line ? f.score(line.result) : t('dash.notMeasured'),
    };
  });
  const dimensionChart = lines.size
    ? barChart(
        bars,
        t('dash.chart.dimensions'),
        t('dash.chart.dimensionsDesc', { values: bars.map((b) => `${b.label} ${b.text}`).join('; ') }),
      )
    : `<p class="muted">${e(t('dash.chart.noData'))}</p>`;
  const trend = digest.index.trend.map((p) => ({
    label: f.shortMonth(p.month),
    value: p.mean,
    text: p.mean === null ? '–' : f.num(p.mean),
  }));
  const trendSvg = trendChart(
    trend,
    t('dash.chart.trend'),
    t('dash.chart.trendDesc', {
      values: digest.index.trend
        .map((p) => `${f.month(p.month)} ${p.mean === null ? '–' : f.num(p.mean)}`)
        .join('; '),
    }),
  );
  const p = digest.participation;
  const sectorRows = p.sectors
    .map((s) => `<tr><td>${e(f.sector(s.sector))}</td>${num(f.gated(s.respondents, String))}</tr>`)
    .join('');
  const scoreRows = digest.sectors
    .map(
      (s) =>
        `<tr><td>${e(f.sector(s.sector))}</td>${num(f.gated(s.responses, String))}${num(f.gated(s.mean, f.num))}</tr>`,
    )
    .join('');
  const doneForm = dashboard
    ? (id: string) =>
        `<form class="done" method="post" action="/dashboard/next-steps/${encodeURIComponent(id)}/done?${e(new URLSearchParams({ ...dashboard.keep, month: digest.month, lang: f.locale }).toString())}"><button type="submit">${e(t('dash.markDone'))}</button></form>`
    : undefined;
  return [
    actionsSection(digest, f),
    cards(digest, f),
    section(
      'index',
      t('dash.section.index'),
      `<p class="muted">${e(t('dash.index.explain'))}</p>${dimensionChart}`,
    ),
    section(
      'trend',
      t('dash.section.trend'),
      `${trendSvg}<p class="muted">${e(digest.baselineMonth ? `${t('dash.col.baseline')}: ${f.month(digest.baselineMonth)}` : '')}</p>`,
    ),
    dimensionSections(digest, f),
    benchmarkHtml(digest, f),
    distributionSection(digest, f),
    `<div class="pair">${section(
      'participation',
      t('dash.section.participationSectors'),
      `<table><thead><tr><th>${e(t('digest.col.sector'))}</th><th class="num">${e(t('dash.respondents'))}</th></tr></thead><tbody>${sectorRows}</tbody></table>`,
    )}${section(
      'sectors',
      t('digest.section.sectors'),
      scoreRows
        ? `<table><thead><tr><th>${e(t('digest.col.sector'))}</th><th class="num">${e(t('digest.col.n'))}</th><th class="num">${e(t('digest.col.mean'))}</th></tr></thead><tbody>${scoreRows}</tbody></table>`
        : `<p>${e(t('digest.none'))}</p>`,
    )}</div>`,
    storiesSection(digest, f),
    prizeSection(digest, f),
    collaborationSection(digest, f),
    activitySection(digest, f),
    learningSection(digest, f, doneForm),
    reflectionSections(digest, f),
    withheldSection(digest, f),
  ].join('\n');
}
