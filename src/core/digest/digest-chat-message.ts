import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_LABELS } from '../bank/index.js';
import { benchmarkChat } from '../benchmark/benchmark-chat.js';
import { formatMonth, formatNumber, translator } from '../i18n/translate.js';
import { ACTIONS, type Message } from '../message.js';
import { responseRateText } from '../pulses/response-rate.js';
import type { Locale } from '../vocabulary.js';
import type { Digest } from './digest.js';
import { actionItems } from './digest-texts.js';
import { formatter, type RenderOptions } from './format.js';

/**
 * The short chat version: three highlights, what to do now and the KOSTRA comparison (when the
 * bank is given), and a link to the full digest. `dashboardUrl` is either
 * the signed link from `core.digests.dashboardUrl(month)` (use that: the dashboard only opens for
 * signed links outside local mode) or the public base URL, to which `/dashboard?month=` is added.
 */
export function digestChatMessage(
  digest: Digest,
  locale: Locale,
  dashboardUrl: string,
  bank?: QuestionBank,
  sectorName: (id: string | null) => string = (id) => id ?? '–',
): Message {
  const t = translator(locale);
  const month = formatMonth(locale, digest.month);
  const highlights: string[] = [];

  const { rate } = digest.participation;
  highlights.push(
    rate.shown
      ? `${t('digest.rate')}: ${responseRateText(rate.value, locale)}`
      : t('digest.highlight.participationWithheld', { n: Math.max(digest.minGroupSize, 3) }),
  );
  const shown = digest.dimensions.filter((d) => d.result.shown);
  const leadership = shown.filter((d) => d.group === 'leadership');
  const best = [...(leadership.length ? leadership : shown)].sort(
    (a, b) => mean(b) - mean(a) || a.id.localeCompare(b.id),
  )[0];
  if (best) {
    highlights.push(
      t('digest.highlight.strongest', {
        dimension: DIMENSION_LABELS[best.dimension][locale],
        score: formatNumber(locale, mean(best)),
      }),
    );
  } else highlights.push(t('dash.chart.noData'));
  const top = digest.stories.find((s) => s.id === digest.prizeRanking[0]);
  highlights.push(
    top
      ? t('dash.highlight.topStory', { title: top.title, count: digest.stories.length })
      : t('digest.highlight.stories', {
          count: digest.stories.length,
          nominations: digest.nominations.length,
        }),
  );

  const url = /\/dashboard([?#]|$)/.test(dashboardUrl)
    ? dashboardUrl
    : `${dashboardUrl.replace(/\/$/, '')}/dashboard?month=${digest.month}`;
  const options = bank && { locale, bank, sectorName };
  const todo = options ? actionLines(digest, options) : [];
  const benchmark =
    options && digest.benchmark ? benchmarkChat(digest.benchmark, formatter(digest, options)) : undefined;
  return {
    fallbackText: [
      t('digest.heading', { month }),
      ...highlights.map((h) => `• ${h}`),
      ...todo,
      ...(benchmark?.lines ?? []),
    ].join('\n'),
    blocks: [
      { type: 'heading', text: t('digest.heading', { month }) },
      { type: 'text', text: highlights.map((h) => `• ${h}`).join('\n') },
      ...(todo.length
        ? ([
            { type: 'heading', text: t('dig.actions.title') },
            { type: 'text', text: todo.join('\n') },
          ] as const)
        : []),
      ...(benchmark?.blocks ?? []),
      {
        type: 'actions',
        buttons: [{ actionId: ACTIONS.openDashboard, label: t('digest.open'), value: digest.month, url }],
      },
      { type: 'context', text: t('rate.explained') },
      { type: 'context', text: t('privacy.withheldNote', { n: Math.max(digest.minGroupSize, 3) }) },
    ],
  };
}

/** "What should we do now?" in a few lines: each finding with its practice for the next team meeting. */
function actionLines(digest: Digest, options: RenderOptions): string[] {
  const { items, overdue } = actionItems(digest, formatter(digest, options));
  return [
    ...items.map((i) => `• ${i.text}${i.practice ? ` ${i.practice}` : ''}`),
    ...(overdue ? [`• ${overdue}`] : []),
  ];
}

function mean(line: Digest['dimensions'][number]): number {
  return line.result.shown ? line.result.value.mean : 0;
}
