import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_LABELS } from '../bank/index.js';
import { formatMonth, formatNumber, translator } from '../i18n/translate.js';
import { ACTIONS, type Message } from '../message.js';
import type { Locale } from '../vocabulary.js';
import type { Digest } from './digest.js';

/** The short chat version: three highlights and a link to the full digest. */
export function digestChatMessage(
  digest: Digest,
  locale: Locale,
  publicUrl: string,
  _bank: QuestionBank,
): Message {
  const t = translator(locale);
  const month = formatMonth(locale, digest.month);
  const highlights: string[] = [];

  const responses = digest.participation.responses;
  highlights.push(
    responses.shown
      ? t('digest.highlight.participation', { count: responses.value, pulses: digest.participation.pulses })
      : t('digest.highlight.participationWithheld', { n: digest.minGroupSize }),
  );
  const shown = digest.dimensions.filter((d) => d.result.shown && d.group === 'leadership');
  const best = [...shown].sort((a, b) => mean(b) - mean(a))[0];
  if (best) {
    highlights.push(
      t('digest.highlight.strongest', {
        dimension: DIMENSION_LABELS[best.dimension][locale],
        score: formatNumber(locale, mean(best)),
      }),
    );
  }
  highlights.push(
    t('digest.highlight.stories', { count: digest.stories.length, nominations: digest.nominations.length }),
  );

  const url = `${publicUrl.replace(/\/$/, '')}/dashboard?month=${digest.month}`;
  return {
    fallbackText: t('digest.heading', { month }),
    blocks: [
      { type: 'heading', text: t('digest.heading', { month }) },
      { type: 'text', text: highlights.map((h) => `• ${h}`).join('\n') },
      {
        type: 'actions',
        buttons: [{ actionId: ACTIONS.openDashboard, label: t('digest.open'), value: digest.month, url }],
      },
      { type: 'context', text: t('privacy.withheldNote', { n: digest.minGroupSize }) },
    ],
  };
}

function mean(line: Digest['dimensions'][number]): number {
  return line.result.shown ? line.result.value.mean : 0;
}
