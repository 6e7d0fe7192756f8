import { SCALE_SHORT_LABELS } from '../bank/index.js';
import { boundedMemo } from '../bounded-memo.js';
import { formatDateTime, translator } from '../i18n/translate.js';
import type { Block, Message } from '../message.js';
import type { VoteResult } from '../pulses/pulse-service.js';
import type { Pulse, Question } from '../records.js';
import { type Locale, SCALE, type ScaleValue } from '../vocabulary.js';

export interface PulseView {
  pulse: Pulse;
  questions: Question[];
  locale: Locale;
  timeZone: string;
  minGroupSize: number;
  /** The viewer's own answers, when rendered for one person. */
  selected?: Map<string, ScaleValue>;
  closed?: boolean;
}

export function pulseMessage(view: PulseView): Message {
  const t = translator(view.locale);
  const closes = formatDateTime(view.locale, view.pulse.closesAt, view.timeZone);
  const blocks: Block[] = [
    { type: 'heading', text: t('pulse.heading') },
    { type: 'text', text: view.closed ? t('pulse.closedIntro') : t('pulse.intro') },
  ];
  for (const question of view.questions) {
    const selected = view.selected?.get(question.id);
    blocks.push({
      type: 'scale',
      pulseId: view.pulse.id,
      questionId: question.id,
      statement: question.text[view.locale],
      options: SCALE.map((value) => ({ value, label: SCALE_SHORT_LABELS[view.locale][value] })),
      ...(selected ? { selected } : {}),
    });
  }
  blocks.push({
    type: 'context',
    text: view.closed
      ? t('pulse.closedNote')
      : `${t('pulse.closesAt', { when: closes })} ${t('privacy.thresholdNote', { n: view.minGroupSize })}`,
  });
  return { fallbackText: t('pulse.fallback', { count: view.questions.length }), blocks };
}

/** The private confirmation after a click: what was chosen, that it can be changed, the threshold. */
interface ConfirmationInput {
  locale: Locale;
  statement: string;
  value: ScaleValue;
  changed: boolean;
  closesAt: string;
  timeZone: string;
  minGroupSize: number;
}

/** Open pulses × statements × 5 values × 2 wordings × 3 languages, with room to spare. */
const CONFIRMATIONS_KEPT = 2_000;
const confirmations = boundedMemo<Message>(CONFIRMATIONS_KEPT);

/**
 * Every vote is confirmed, but the words depend only on the pulse, the statement, the value and the
 * language: made once for each (keyed on every input, so another language or value is never reused).
 */
export function voteConfirmation(input: ConfirmationInput): Message {
  const key = [
    input.locale,
    input.value,
    input.changed,
    input.closesAt,
    input.timeZone,
    input.minGroupSize,
    input.statement,
  ].join('\n');
  return confirmations(key, () => confirmationOf(input));
}

function confirmationOf(input: ConfirmationInput): Message {
  const t = translator(input.locale);
  const scale = SCALE_SHORT_LABELS[input.locale][input.value];
  const text = t(input.changed ? 'pulse.vote.changed' : 'pulse.vote.recorded', {
    statement: input.statement,
    answer: scale,
  });
  const note = `${t('pulse.vote.changeUntil', { when: formatDateTime(input.locale, input.closesAt, input.timeZone) })} ${t('privacy.thresholdNote', { n: input.minGroupSize })}`;
  return {
    fallbackText: text,
    blocks: [
      { type: 'text', text },
      { type: 'context', text: note },
    ],
  };
}

export function reminderMessage(view: PulseView): Message {
  const t = translator(view.locale);
  const base = pulseMessage(view);
  const text = t('pulse.reminder');
  return {
    fallbackText: text,
    blocks: [{ type: 'text', text }, ...base.blocks.slice(1), pauseHint(view.locale)],
  };
}

function pauseHint(locale: Locale): Block {
  return { type: 'context', text: translator(locale)('pause.hint') };
}

/** The message key that explains each refused vote. */
export const VOTE_REFUSAL_KEYS = {
  closed: 'pulse.error.closed',
  unknown_pulse: 'pulse.error.unknown',
  unknown_question: 'pulse.error.unknown',
  invalid_value: 'pulse.error.invalid',
  comment_too_long: 'pulse.error.commentTooLong',
} as const satisfies Record<Exclude<VoteResult['status'], 'recorded' | 'changed'>, string>;

/** What the voter is told after a click, on every platform: the confirmation or why it was refused. */
export function voteOutcomeMessage(result: VoteResult, locale: Locale, timeZone: string): Message {
  if (result.status === 'recorded' || result.status === 'changed') {
    return voteConfirmation({
      locale,
      statement: result.question.text[locale],
      value: result.value,
      changed: result.status === 'changed',
      closesAt: result.pulse.closesAt,
      timeZone,
      minGroupSize: result.minGroupSize,
    });
  }
  const text = translator(locale)(VOTE_REFUSAL_KEYS[result.status]);
  return { fallbackText: text, blocks: [{ type: 'text', text }] };
}
