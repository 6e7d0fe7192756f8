import { DIMENSION_LABELS } from '../bank/index.js';
import type { DecisionResult } from '../content/nomination-service.js';
import { type MessageKey, type Translator, translator } from '../i18n/translate.js';
import { ACTIONS, type Button, type Message } from '../message.js';
import { knownName, mentionOf } from '../people.js';
import type { Nomination, Person, Question } from '../records.js';
import type { Locale } from '../vocabulary.js';

/**
 * The weekly reflection question, or the monthly learning-loop prompt. Only Slack passes thread
 * replies on to the bot (Teams would need resource-specific consent), so only there are they invited.
 */
export function questionMessage(
  question: Question,
  occurrenceKey: string,
  locale: Locale,
  threadReplies = true,
): Message {
  const t = translator(locale);
  const learning = question.kind === 'learning';
  const text = question.text[locale];
  return {
    fallbackText: text,
    blocks: [
      { type: 'heading', text: learning ? t('learning.heading') : t('reflection.heading') },
      { type: 'text', text },
      {
        type: 'actions',
        buttons: [
          {
            actionId: learning ? ACTIONS.openLearning : ACTIONS.openReflection,
            label: learning ? t('learning.answerButton') : t('reflection.answerButton'),
            value: `${question.id}|${occurrenceKey}`,
            style: 'primary',
          },
          { actionId: ACTIONS.openStory, label: t('story.shareButton'), value: 'story' },
        ],
      },
      {
        type: 'context',
        text: learning
          ? t('learning.note')
          : t(threadReplies ? 'reflection.note' : 'reflection.noteButtonOnly'),
      },
    ],
  };
}

/** A team's name, the nominee's name, or "a colleague" for a nominee whose name was never known. */
export function nomineeName(nomination: Nomination, nominee: Person | undefined, t: Translator): string {
  return nomination.nomineeKind === 'team'
    ? (nomination.teamName ?? '')
    : (knownName(nominee) ?? t('someone'));
}

/** A nomination put to someone: what is asked, the nominator's reason, the buttons to answer. */
export function nominationPrompt(
  nomination: Nomination,
  text: string,
  buttons: Button[],
  note?: string,
): Message {
  return {
    fallbackText: text,
    blocks: [
      { type: 'text', text },
      { type: 'text', text: `«${nomination.reason}»` },
      { type: 'actions', buttons },
      ...(note ? [{ type: 'context' as const, text: note }] : []),
    ],
  };
}

export function consentMessage(
  nomination: Nomination,
  nominator: Person | undefined,
  locale: Locale,
): Message {
  const t = translator(locale);
  const text = t('nomination.consent.ask', {
    nominator: knownName(nominator) ?? t('someone'),
    dimension: DIMENSION_LABELS[nomination.dimension][locale],
  });
  return nominationPrompt(
    nomination,
    text,
    [
      {
        actionId: ACTIONS.consentAccept,
        label: t('nomination.consent.accept'),
        value: nomination.id,
        style: 'primary',
      },
      { actionId: ACTIONS.consentDecline, label: t('nomination.consent.decline'), value: nomination.id },
    ],
    t('nomination.consent.note'),
  );
}

export function recognitionMessage(
  nomination: Nomination,
  people: { nominee?: Person; nominator?: Person; recogniser?: Person },
  locale: Locale,
): Message {
  const t = translator(locale);
  const text = t('recognition.text', {
    nominee: nomineeName(nomination, people.nominee, t),
    dimension: DIMENSION_LABELS[nomination.dimension][locale],
  });
  return {
    fallbackText: text,
    ...mentionOf(nomination.nomineeKind === 'person' ? people.nominee : undefined),
    blocks: [
      { type: 'heading', text: t('recognition.heading') },
      { type: 'text', text },
      { type: 'text', text: `«${nomination.reason}»` },
      {
        type: 'context',
        text: t('recognition.by', {
          nominator: knownName(people.nominator) ?? t('someone'),
          recogniser: knownName(people.recogniser) ?? t('someone'),
        }),
      },
    ],
  };
}

export function textMessage(text: string): Message {
  return { fallbackText: text, blocks: [{ type: 'text', text }] };
}

const DECISION_KEYS = {
  accepted: 'nomination.consent.accepted',
  declined: 'nomination.consent.declined',
  recognised: 'recognition.done',
  already_decided: 'nomination.consent.alreadyDecided',
  not_yours: 'nomination.consent.notYours',
  not_allowed: 'error.notAllowed',
  not_accepted: 'recognition.notAccepted',
  not_found: 'error.notFound',
} as const satisfies Record<DecisionResult['status'], MessageKey>;

/** What the nominee (consent) or the manager (recognise) is told after pressing the button. */
export function decisionMessage(
  result: DecisionResult,
  action: 'consent' | 'recognise',
  locale: Locale,
): Message {
  const key =
    action === 'recognise' && result.status === 'already_decided'
      ? 'recognition.already'
      : DECISION_KEYS[result.status];
  return textMessage(translator(locale)(key));
}
