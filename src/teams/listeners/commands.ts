import { translator } from '../../core/i18n/translate.js';
import type { Message } from '../../core/message.js';
import { forgetMessage } from '../../core/messages/forget-message.js';
import { pulseMessage } from '../../core/messages/pulse-message.js';
import { sectorReply } from '../../core/messages/sector-message.js';
import type { Actor } from '../../core/people.js';
import { personKey, type Question } from '../../core/records.js';
import { LOCALES, type Locale } from '../../core/vocabulary.js';
import type { AdaptiveCard } from '../card-types.js';
import { type Command, isForgetWord } from '../parse.js';
import { formTexts, renderForm } from '../render-form.js';
import { renderMessage } from '../render-message.js';
import type { TeamsHandlerDeps } from './deps.js';

const text = (value: string): Message => ({ fallbackText: value, blocks: [{ type: 'text', text: value }] });

function previousMonth(now: Date): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return date.toISOString().slice(0, 7);
}

/** A chat command's answer: one card in reply (a form, a pulse, or a short text). */
export function runCommand(
  deps: TeamsHandlerDeps,
  command: Command,
  args: string,
  actor: Actor,
): { card: AdaptiveCard; summary: string } {
  const { core, settings, clock } = deps;
  const key = personKey('teams', actor.userId);
  core.people.ensure(actor);
  const t = translator(core.people.localeOf(key));
  const reply = (message: Message) => ({ card: renderMessage(message), summary: message.fallbackText });
  const admin = () => core.people.isLeadOrAdmin(key);

  switch (command) {
    case 'story': {
      const form = core.stories.form(actor, args || undefined);
      return { card: renderForm(form, formTexts(t)), summary: form.title };
    }
    case 'nominate': {
      const form = core.nominations.form(actor);
      return { card: renderForm(form, formTexts(t)), summary: form.title };
    }
    case 'pulse': {
      const pulse = core.pulses.openPulses()[0];
      if (!pulse) return reply(text(t('pulse.none')));
      const message = pulseMessage({
        pulse,
        questions: pulse.questionIds.map((id) => core.bank.get(id)).filter((q): q is Question => !!q),
        locale: core.people.localeOf(key),
        timeZone: settings.timezone,
        minGroupSize: settings.privacy.minGroupSize,
        selected: core.pulses.answersOf(pulse, actor),
      });
      return reply(message);
    }
    case 'lang': {
      const choice = args.toLowerCase() as Locale;
      if (!LOCALES.includes(choice)) return reply(text(t('teams.lang.usage')));
      core.people.setLocale(key, choice);
      return reply(text(translator(choice)('lang.changed')));
    }
    case 'sector': {
      const person = core.people.ensure(actor);
      return reply(sectorReply(core, person, core.people.localeOf(key), args.split(/\s+/)[0] || undefined));
    }
    case 'pause':
    case 'resume':
      core.people.setPaused(key, command === 'pause');
      return reply(text(t(command === 'pause' ? 'pause.on' : 'pause.off')));
    case 'mydata': {
      const [sub, code] = args.split(/\s+/);
      if (isForgetWord(sub)) return reply(forgetMessage(core, key, code || undefined));
      const data = core.personalData.export(key);
      return reply({
        fallbackText: t('teams.mydata.heading'),
        blocks: [
          { type: 'heading', text: t('teams.mydata.heading') },
          {
            type: 'fields',
            fields: [
              { label: t('teams.mydata.name'), value: data.person?.displayName ?? actor.userId },
              { label: t('teams.mydata.language'), value: data.person?.locale ?? settings.defaultLocale },
              {
                label: t('teams.mydata.paused'),
                value: t(data.person?.paused ? 'teams.mydata.pausedYes' : 'teams.mydata.pausedNo'),
              },
              { label: t('teams.mydata.stories'), value: String(data.stories.length) },
              { label: t('teams.mydata.reflections'), value: String(data.reflections.length) },
              { label: t('teams.mydata.nominations'), value: String(data.nominations.length) },
            ],
          },
          { type: 'context', text: t('teams.mydata.note') },
          { type: 'context', text: t('chat.mydata.forget') },
        ],
      });
    }
    case 'post': {
      if (!admin()) return reply(text(t('error.notAllowed')));
      const known = settings.schedules.map((s) => s.id).join(', ');
      if (!args) return reply(text(t('teams.post.usage', { known })));
      const scheduleId = args.split(' ')[0] ?? '';
      const outcome = core.admin.postNow(key, scheduleId);
      if (outcome.status === 'not_allowed') return reply(text(t('error.notAllowed')));
      if (outcome.status === 'unknown_schedule')
        return reply(text(t('teams.post.unknown', { id: args, known })));
      deps.kickOutbox();
      return reply(text(t('teams.post.done', { id: scheduleId, count: outcome.queued })));
    }
    case 'digest': {
      if (!admin()) return reply(text(t('error.notAllowed')));
      const month = args || previousMonth(clock.now());
      if (core.admin.requestDigest(key, month) !== 'ok') return reply(text(t('teams.digest.usage')));
      const message = core.render(
        { type: 'digest', month },
        { platform: 'teams', kind: 'dm', id: actor.userId },
      );
      return reply(message ?? text(t('error.notFound')));
    }
    case 'help':
      return reply(text(t('teams.help')));
  }
}

export function unknownCommand(deps: TeamsHandlerDeps, actor: Actor, said: string) {
  const t = translator(deps.core.people.localeOf(personKey('teams', actor.userId)));
  const message = text(`${t('teams.unknownCommand', { text: said.slice(0, 80) })}\n\n${t('teams.help')}`);
  return { card: renderMessage(message), summary: message.fallbackText };
}
