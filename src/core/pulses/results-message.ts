import { translator } from '../i18n/translate.js';
import type { Block, Message } from '../message.js';
import { type PulseView, pulseMessage } from '../messages/pulse-message.js';
import type { Locale } from '../vocabulary.js';
import type { PulseResults } from './pulse-results.js';
import { formatPercent, responseRateText } from './response-rate.js';

/** "Takk! 64 % svarte. Dette sa dere: …", the lead's sentence, and nothing under the threshold. */
export function resultsMessage(results: PulseResults, note: string | null, locale: Locale): Message {
  const t = translator(locale);
  const pct = (share: number) => formatPercent(locale, share);
  const { participation } = results;
  const blocks: Block[] = [{ type: 'heading', text: t('results.heading') }];
  blocks.push({
    type: 'text',
    text: participation.shown
      ? t('results.thanks', { figure: responseRateText(participation.value, locale) })
      : t('results.thanksWithheld', { n: results.minGroupSize }),
  });
  if (participation.shown && results.statements.length > 0) {
    const lines = results.statements.map((s) => {
      const line = `• ${t('results.statement', { statement: s.question.text[locale], agree: pct(s.agree) })}`;
      return s.previous === null ? line : `${line} ${t('results.previous', { agree: pct(s.previous) })}`;
    });
    blocks.push({ type: 'text', text: `${t('results.said')}\n${lines.join('\n')}` });
  }
  if (note) blocks.push({ type: 'text', text: t('results.note', { note }) });
  if (results.withheld > 0)
    blocks.push({ type: 'context', text: t('results.withheld', { n: results.minGroupSize }) });
  return { fallbackText: t('results.fallback'), blocks };
}

/** The pulse as it looks once closed: no buttons, its statements as text, where the results are. */
export function closedPulseMessage(view: Omit<PulseView, 'closed' | 'selected'>, pointer: string): Message {
  const base = pulseMessage({ ...view, closed: true });
  const statements: string[] = [];
  const blocks: Block[] = [];
  for (const block of base.blocks) {
    if (block.type === 'scale') statements.push(`• ${block.statement}`);
    else if (block.type !== 'context' && block.type !== 'actions') blocks.push(block);
  }
  if (statements.length > 0) blocks.push({ type: 'text', text: statements.join('\n') });
  blocks.push({ type: 'context', text: pointer });
  return { fallbackText: translator(view.locale)('pulse.closedIntro'), blocks };
}
