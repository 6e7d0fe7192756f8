import { type Translator, translator } from '../i18n/translate.js';
import { ACTIONS, type Block, type Message } from '../message.js';
import type { NextStep } from '../records.js';
import type { Locale } from '../vocabulary.js';

/** `2026-12-29` as people read it: 29. desember 2026 / 29 December 2026. */
export function dayText(date: string, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

function stepBlocks(step: NextStep, locale: Locale): Block[] {
  const t = translator(locale);
  return [
    { type: 'text', text: t('loop.checkBack.step', { text: step.text }) },
    ...(step.ownerText
      ? [{ type: 'context' as const, text: t('loop.checkBack.owner', { owner: step.ownerText }) }]
      : []),
  ];
}

/** "Prøvde dere det? Hva skjedde?" with done, not yet and dropped. */
/** Done, not yet, dropped: for the step's owner. */
function checkBackButtons(step: NextStep, t: Translator): Block {
  const value = step.reflectionId;
  return {
    type: 'actions',
    buttons: [
      { actionId: ACTIONS.checkBackDone, label: t('loop.checkBack.done'), value, style: 'primary' },
      { actionId: ACTIONS.checkBackNotYet, label: t('loop.checkBack.notYet'), value },
      { actionId: ACTIONS.checkBackDropped, label: t('loop.checkBack.dropped'), value },
    ],
  };
}

export function checkBackMessage(step: NextStep, locale: Locale): Message {
  const t = translator(locale);
  return {
    fallbackText: t('loop.checkBack.title'),
    blocks: [
      { type: 'heading', text: t('loop.checkBack.title') },
      ...stepBlocks(step, locale),
      checkBackButtons(step, t),
    ],
  };
}

/** The check-back once answered: what was recorded, and (unless not yet) a button for what was learned. */
export function checkBackAnswered(step: NextStep, locale: Locale): Message {
  const t = translator(locale);
  const outcome = step.outcome ?? 'not_yet';
  const saved = t(`loop.checkBack.saved.${outcome}`, { due: dayText(step.dueOn, locale) });
  const learned: Block[] =
    outcome === 'not_yet'
      ? []
      : [
          {
            type: 'actions',
            buttons: [
              {
                actionId: ACTIONS.openCheckBackLearned,
                label: t('loop.checkBack.writeLearned'),
                value: step.reflectionId,
              },
            ],
          },
        ];
  return {
    fallbackText: saved,
    blocks: [{ type: 'text', text: saved }, ...stepBlocks(step, locale), ...learned],
  };
}

/**
 * For leads: next steps past their due date and not done or dropped. Each carries the check-back's
 * buttons: a lead may close any step (a step followed up in a meeting), not only the owner.
 */
export function overdueMessage(steps: readonly NextStep[], locale: Locale): Message {
  const t = translator(locale);
  if (steps.length === 0)
    return { fallbackText: t('loop.overdue.none'), blocks: [{ type: 'text', text: t('loop.overdue.none') }] };
  const line = (s: NextStep) =>
    t('loop.overdue.item', {
      text: s.text,
      owner: s.ownerText ?? t('loop.overdue.noOwner'),
      due: dayText(s.dueOn, locale),
    });
  return {
    fallbackText: t('loop.overdue.heading'),
    blocks: [
      { type: 'heading', text: t('loop.overdue.heading') },
      ...steps.flatMap((s): Block[] => [{ type: 'text', text: `• ${line(s)}` }, checkBackButtons(s, t)]),
    ],
  };
}
