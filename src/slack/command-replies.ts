import type { DecisionResult } from '../core/content/nomination-service.js';
import { translator } from '../core/i18n/translate.js';
import type { Message } from '../core/message.js';
import { decisionMessage, textMessage } from '../core/messages/content-messages.js';
import { forgetMessage } from '../core/messages/forget-message.js';
import { pulseMessage } from '../core/messages/pulse-message.js';
import { sectorReply } from '../core/messages/sector-message.js';
import type { Actor } from '../core/people.js';
import type { Question } from '../core/records.js';
import { localMonth, shiftMonth } from '../core/time.js';
import type { SlackDeps } from './deps.js';
import type { Command } from './parse.js';

type Reply = Exclude<Command['kind'], 'story' | 'nominate'>;

function lines(...texts: string[]): Message {
  return { fallbackText: texts[0] ?? '', blocks: texts.map((text) => ({ type: 'text' as const, text })) };
}

/** Answers every `/kulturpuls` subcommand that does not open a modal; each calls one use case. */
export function commandReply(
  deps: SlackDeps,
  actor: Actor,
  command: Extract<Command, { kind: Reply }>,
): Message {
  const { core, runtime } = deps;
  const person = core.people.ensure(actor);
  const locale = core.people.localeOf(person.key);
  const t = translator(locale);
  const admin = core.people.isLeadOrAdmin(person.key);
  const helpTexts = [t('chat.help'), ...(admin ? [t('chat.help.admin')] : [])];
  const schedules = () => core.settings.schedules.map((s) => s.id).join(', ');

  switch (command.kind) {
    case 'help':
      return lines(...helpTexts);
    case 'unknown':
      return lines(t('chat.unknown', { word: command.word }), ...helpTexts);
    case 'pulse': {
      const pulse = core.pulses.openPulses()[0];
      if (!pulse) return textMessage(t('pulse.none'));
      return pulseMessage({
        pulse,
        questions: pulse.questionIds.map((id) => core.bank.get(id)).filter((q): q is Question => !!q),
        locale,
        timeZone: core.settings.timezone,
        minGroupSize: core.settings.privacy.minGroupSize,
        selected: core.pulses.answersOf(pulse, actor),
      });
    }
    case 'lang':
      if (!command.locale) return textMessage(t('chat.lang.usage'));
      core.people.setLocale(person.key, command.locale);
      return textMessage(translator(command.locale)('lang.changed'));
    case 'sector':
      return sectorReply(core, person, locale, command.sectorId);
    case 'pause':
    case 'resume':
      core.people.setPaused(person.key, command.kind === 'pause');
      return textMessage(t(command.kind === 'pause' ? 'pause.on' : 'pause.off'));
    case 'mydata': {
      if (command.forget) return forgetMessage(core, person.key, command.forget.code);
      const data = core.personalData.export(person.key);
      const summary = t('chat.mydata.summary', {
        name: data.person?.displayName ?? person.displayName,
        language: t(`chat.language.${locale}`),
        reminders: t(data.person?.paused ? 'chat.reminders.off' : 'chat.reminders.on'),
        stories: data.stories.length,
        reflections: data.reflections.length,
        nominations: data.nominations.length,
      });
      return {
        fallbackText: t('chat.mydata.heading'),
        blocks: [
          { type: 'heading', text: t('chat.mydata.heading') },
          { type: 'text', text: summary },
          {
            type: 'context',
            text: `${t('chat.mydata.pulseNote', { min: core.settings.privacy.minGroupSize })} ${t('chat.mydata.forget')}`,
          },
        ],
      };
    }
    case 'post': {
      if (!admin) return textMessage(t('error.notAllowed'));
      if (!command.scheduleId) return textMessage(t('chat.post.usage', { known: schedules() }));
      const outcome = core.admin.postNow(person.key, command.scheduleId);
      if (outcome.status === 'not_allowed') return textMessage(t('error.notAllowed'));
      if (outcome.status === 'unknown_schedule')
        return textMessage(t('chat.post.unknown', { id: command.scheduleId, known: schedules() }));
      deps.kickOutbox();
      return textMessage(
        outcome.status === 'duplicate'
          ? t('chat.post.duplicate', { key: outcome.key })
          : t('chat.post.done', { count: outcome.queued, key: outcome.key }),
      );
    }
    case 'digest': {
      if (!admin) return textMessage(t('error.notAllowed'));
      if (!command.valid) return textMessage(t('chat.digest.usage'));
      const month = command.month ?? shiftMonth(localMonth(runtime.clock.now(), core.settings.timezone), -1);
      if (core.admin.requestDigest(person.key, month) !== 'ok') return textMessage(t('chat.digest.usage'));
      const target = { platform: 'slack' as const, kind: 'dm' as const, id: actor.userId };
      return core.render({ type: 'digest', month }, target) ?? textMessage(t('error.notFound'));
    }
  }
}

export function decisionReply(
  deps: SlackDeps,
  actor: Actor,
  result: DecisionResult,
  action: 'consent' | 'recognise' = 'consent',
): Message {
  return decisionMessage(result, action, deps.localeOf(actor));
}
