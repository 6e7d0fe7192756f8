import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_LABELS } from '../bank/index.js';
import { formatMonth, formatNumber, translator } from '../i18n/translate.js';
import { ACTIONS, type Message } from '../message.js';
import type { Locale } from '../vocabulary.js';
import type { Digest } from './digest.js';

/**
 * The short chat version: three highlights and a link to the full digest. `dashboardUrl` is either
 * the signed link from `core.digests.dashboardUrl(month)` (use that: the dashboard only opens for
 * signed links outside local mode) or the public base URL, to which `/dashboard?month=` is added.
 */
export function digestChatMessage(
  digest: Digest,
  locale: Locale,
  dashboardUrl: string,
  _bank?: QuestionBank,
): Message {
  const t = translator(locale);
  const month = formatMonth(locale, digest.month);
  const highlights: string[] = [];

  const responses = digest.participation.responses;
  highlights.push(
    responses.shown
      ? t('digest.highlight.participation', { count: responses.value, pulses: digest.participation.pulses })
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
  return {
    fallbackText: `${t('digest.heading', { month })}\n${highlights.map((h) => `• ${h}`).join('\n')}`,
    blocks: [
      { type: 'heading', text: t('digest.heading', { month }) },
      { type: 'text', text: highlights.map((h) => `• ${h}`).join('\n') },
      {
        type: 'actions',
        buttons: [{ actionId: ACTIONS.openDashboard, label: t('digest.open'), value: digest.month, url }],
      },
      { type: 'context', text: t('privacy.withheldNote', { n: Math.max(digest.minGroupSize, 3) }) },
    ],
  };
}

function mean(line: Digest['dimensions'][number]): number {
  return line.result.shown ? line.result.value.mean : 0;
}
