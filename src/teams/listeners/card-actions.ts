import { translator } from '../../core/i18n/translate.js';
import { ACTIONS, type ActionId, FORMS, type Form, type FormId, type Message } from '../../core/message.js';
import { decisionMessage } from '../../core/messages/content-messages.js';
import { pulseMessage, voteOutcomeMessage } from '../../core/messages/pulse-message.js';
import type { Actor } from '../../core/people.js';
import { type Pulse, personKey, type Question } from '../../core/records.js';
import type { Locale } from '../../core/vocabulary.js';
import type { AdaptiveCard } from '../card-types.js';
import { PULSE_REFRESH_VERB, toFormValues } from '../parse.js';
import { formTexts, renderForm } from '../render-form.js';
import { renderMessage } from '../render-message.js';
import type { TeamsHandlerDeps } from './deps.js';

const text = (value: string): Message => ({ fallbackText: value, blocks: [{ type: 'text', text: value }] });

/**
 * The pulse as this person sees it: their current answers marked, and a refresh for them alone, so
 * Teams shows the same personal view when the message is opened again.
 */
function personalPulseCard(
  deps: TeamsHandlerDeps,
  pulse: Pulse,
  actor: Actor,
  teamsUserId: string,
  extra: Message | undefined,
  knownLocale?: Locale,
): AdaptiveCard {
  const { core, settings, clock } = deps;
  const locale = knownLocale ?? core.people.localeOf(personKey('teams', actor.userId));
  const closed = pulse.closedAt !== null || pulse.closesAt <= clock.now().toISOString();
  const message = pulseMessage({
    pulse,
    questions: pulse.questionIds.map((id) => core.bank.get(id)).filter((q): q is Question => !!q),
    locale,
    timeZone: settings.timezone,
    minGroupSize: settings.privacy.minGroupSize,
    selected: core.pulses.answersOf(pulse, actor),
    closed,
  });
  const blocks = extra ? [...message.blocks, { type: 'divider' as const }, ...extra.blocks] : message.blocks;
  return renderMessage(
    { fallbackText: message.fallbackText, blocks },
    { refresh: { verb: PULSE_REFRESH_VERB, data: { pulseId: pulse.id }, userIds: [teamsUserId] } },
  );
}

export function vote(
  deps: TeamsHandlerDeps,
  input: {
    actor: Actor;
    teamsUserId: string;
    pulseId: string;
    questionId: string;
    value: number;
    /** Teams resent a click already handled: it is confirmed as first recorded, not as a change. */
    retry?: boolean;
  },
): AdaptiveCard {
  const { core, settings } = deps;
  const counted = core.pulses.vote(input);
  // A counted vote carries the voter's language (read with the vote): no second read of the person.
  const locale =
    'locale' in counted ? counted.locale : core.people.localeOf(personKey('teams', input.actor.userId));
  const result =
    input.retry && counted.status === 'changed' ? { ...counted, status: 'recorded' as const } : counted;
  const outcome = voteOutcomeMessage(result, locale, settings.timezone);
  // A closed pulse and a counted vote both answer with the voter's own card; other refusals with text.
  if (result.status === 'recorded' || result.status === 'changed' || result.status === 'closed') {
    return personalPulseCard(deps, result.pulse, input.actor, input.teamsUserId, outcome, locale);
  }
  return renderMessage(outcome);
}

export function refresh(deps: TeamsHandlerDeps, actor: Actor, teamsUserId: string, pulseId: string) {
  const pulse = deps.core.pulses.get(pulseId);
  if (!pulse) return undefined;
  return personalPulseCard(deps, pulse, actor, teamsUserId, undefined);
}

export function button(
  deps: TeamsHandlerDeps,
  actor: Actor,
  actionId: ActionId,
  value: string,
): AdaptiveCard {
  const { core } = deps;
  const locale = core.people.localeOf(personKey('teams', core.people.ensure(actor).userId));
  const t = translator(locale);
  switch (actionId) {
    case ACTIONS.openReflection:
    case ACTIONS.openLearning: {
      const [questionId = '', occurrenceKey = ''] = value.split('|');
      const form = core.reflections.form(actor, questionId, occurrenceKey);
      return form ? renderForm(form, formTexts(t)) : renderMessage(text(t('error.notFound')));
    }
    case ACTIONS.openStory:
      return renderForm(core.stories.form(actor), formTexts(t));
    case ACTIONS.openNomination:
      return renderForm(core.nominations.form(actor), formTexts(t));
    case ACTIONS.consentAccept:
    case ACTIONS.consentDecline: {
      const result = core.nominations.decide(actor, value, actionId === ACTIONS.consentAccept);
      return renderMessage(decisionMessage(result, 'consent', locale));
    }
    case ACTIONS.recognise: {
      const result = core.nominations.recognise(actor, value);
      if (result.status === 'recognised') deps.kickOutbox();
      return renderMessage(decisionMessage(result, 'recognise', locale));
    }
    case ACTIONS.pulseVote:
    case ACTIONS.openDashboard:
      return renderMessage(text(t('error.notFound')));
  }
}

function formFor(deps: TeamsHandlerDeps, actor: Actor, formId: FormId, context: Record<string, string>) {
  const { core } = deps;
  if (formId === FORMS.story) return core.stories.form(actor);
  if (formId === FORMS.nomination) return core.nominations.form(actor);
  return core.reflections.form(actor, context.questionId ?? '', context.occurrenceKey ?? '');
}

/** A submitted form card: the confirmation, or the same card again with the errors and the input kept. */
export function submitForm(
  deps: TeamsHandlerDeps,
  input: { actor: Actor; formId: FormId; context: Record<string, string>; data: Record<string, unknown> },
): AdaptiveCard {
  const { core } = deps;
  const { actor, formId, context } = input;
  const t = translator(core.people.localeOf(personKey('teams', core.people.ensure(actor).userId)));
  const form: Form | undefined = formFor(deps, actor, formId, context);
  if (!form) return renderMessage(text(t('error.notFound')));
  const values = toFormValues(form, input.data);
  const result =
    formId === FORMS.story
      ? core.stories.submit(actor, values)
      : formId === FORMS.nomination
        ? core.nominations.submit(actor, values)
        : core.reflections.submit(actor, context, values);
  if (!result) return renderMessage(text(t('error.notFound')));
  if (!result.ok) return renderForm(result.form, formTexts(t), result.errors);
  if (formId === FORMS.nomination) deps.kickOutbox();
  return renderMessage(result.confirmation);
}
