import { DigestMonthError } from '../digest/digest-service.js';
import { formatDateTime, formatMonth, type Translator, translator } from '../i18n/translate.js';
import type { Block, Message } from '../message.js';
import { textMessage } from '../messages/content-messages.js';
import { forgetMessage } from '../messages/forget-message.js';
import { pulseMessage } from '../messages/pulse-message.js';
import { sectorReply } from '../messages/sector-message.js';
import { type Actor, knownName } from '../people.js';
import { answerAllowed } from '../privacy/visibility.js';
import { type Person, personKey } from '../records.js';
import { localMonth, shiftMonth } from '../time.js';
import { type Locale, ROLES } from '../vocabulary.js';
import {
  commandButton,
  languageButtons,
  planButtons,
  sectorButtons,
  withButtons,
} from './command-buttons.js';
import { type ChatCommand, parseCommand } from './commands.js';
import type { CommentActions } from './comment-actions.js';
import { deliveriesCommand } from './deliveries-command.js';
import type { ConversationDeps } from './deps.js';
import type { createForms } from './forms.js';
import { helpAudience, withHelpMenu } from './help-menu.js';
import type { LoopActions } from './loop-actions.js';
import { notAllowedReply } from './not-allowed.js';
import { postReport } from './post-report.js';
import { recognitionList } from './recognition-list.js';
import { messageReply, type Outcome, type Reply, textReply } from './reply.js';
import { resultsCommand } from './results-command.js';

type Forms = ReturnType<typeof createForms>;

/** Runs one parsed chat command for the person who typed it: the same answer on every platform. */
export function createCommandRunner(
  deps: ConversationDeps,
  forms: Forms,
  loop: LoopActions,
  comments: CommentActions,
) {
  const { people, pulses, views, admin, personalData, ctx } = deps;
  const { settings } = ctx;
  /** The plans a lead can post, each as the command that posts it and what it posts. */
  const schedules = (t: Translator) =>
    settings.schedules
      .filter((s) => s.enabled)
      .map((s) => t('chat.post.plan', { id: s.id, what: t(`schedule.kind.${s.kind}`).toLowerCase() }))
      .join(', ');

  async function roleNames(person: Person, t: Translator): Promise<string> {
    const roles = await people.roles(person.key);
    const given = ROLES.filter((role) => role !== 'employee' && roles.has(role));
    return (given.length > 0 ? given : (['employee'] as const))
      .map((role) => t(`local.role.${role}`))
      .join(', ');
  }

  async function myData(person: Person, locale: Locale, t: Translator): Promise<Message> {
    const data = await personalData.export(person.key);
    const fields = [
      [t('chat.mydata.name'), knownName(data.person ?? person) ?? t('chat.mydata.notStored')],
      // Everything stored about the person: the e-mail (from the platform) and the sector they chose too.
      [t('chat.mydata.email'), data.person?.email ?? t('chat.mydata.notStored')],
      [
        t('chat.mydata.sector'),
        settings.sectors.find((s) => s.id === data.person?.sector)?.name[locale] ??
          t('chat.mydata.notStored'),
      ],
      // The roles the config gives, and, where roles given by e-mail cannot find this person, the id
      // to give one by instead: the one id shown on purpose, for the admin's config.
      [t('chat.mydata.roles'), await roleNames(person, t)],
      ...(people.rolesByEmailUnmatched(person) ? [[t('chat.mydata.roleId'), person.key]] : []),
      [t('chat.mydata.language'), t(`chat.language.${locale}`)],
      [t('chat.mydata.reminders'), t(data.person?.paused ? 'chat.reminders.off' : 'chat.reminders.on')],
      [t('chat.mydata.stories'), String(data.stories.length)],
      [t('chat.mydata.reflections'), String(data.reflections.length)],
      [t('chat.mydata.nominations'), String(data.nominations.length)],
      [t('kaffe.pair.title'), t(data.kaffe.member ? 'kaffe.mydata.in' : 'kaffe.mydata.out')],
    ].map(([label = '', value = '']) => ({ label, value }));
    return {
      fallbackText: t('chat.mydata.heading'),
      blocks: [
        { type: 'heading', text: t('chat.mydata.heading') },
        { type: 'fields', fields },
        { type: 'context', text: t('chat.mydata.pulseNote', { min: settings.privacy.minGroupSize }) },
        { type: 'context', text: t('chat.mydata.forget') },
        { type: 'actions', buttons: [commandButton(t('click.forget'), 'mydata forget', 'danger')] },
      ],
    };
  }

  /** A text with one button per plan: a lead posts by click, the typed plan id is the shortcut. */
  const withPlans = (text: string, locale: Locale, t: Translator, outcome: Outcome) => ({
    ...textReply(locale, text, outcome),
    message: withButtons(textMessage(text), planButtons(settings, t)),
  });

  /** Typed in a channel, an answer meant for one person is not posted there: the hint says where to ask. */
  function privateOnly(locale: Locale, t: Translator): Reply {
    return textReply(locale, t('chat.privateOnly'), 'private_only');
  }

  async function openPulses(actor: Actor, locale: Locale, t: Translator): Promise<Reply> {
    const open = await pulses.openPulses();
    if (open.length === 0) return textReply(locale, t('pulse.none'));
    const shown: Message[] = [];
    for (const pulse of open)
      shown.push(pulseMessage(views.view(pulse, locale, { selected: await pulses.answersOf(pulse, actor) })));
    const blocks = shown.flatMap((m, i): Block[] =>
      i === 0 ? m.blocks : [{ type: 'divider' }, ...m.blocks],
    );
    return messageReply(locale, { fallbackText: shown[0]?.fallbackText ?? '', blocks });
  }

  async function post(
    person: Person,
    locale: Locale,
    t: Translator,
    command: Extract<ChatCommand, { kind: 'post' }>,
  ) {
    if (!(await people.isLeadOrAdmin(person.key))) return notAllowedReply(people, person, locale);
    const { scheduleId } = command;
    if (!scheduleId) return withPlans(t('chat.post.usage', { known: schedules(t) }), locale, t, 'usage');
    const outcome = await admin.postNow(person.key, scheduleId, { force: command.force });
    const say = (text: string, code: Outcome) => textReply(locale, text, code);
    const kind = settings.schedules.find((s) => s.id === scheduleId)?.kind;
    // What was posted and when, as people say it: never the occurrence's key.
    const posted = (at: string) => ({
      what: kind ? t(`schedule.the.${kind}`) : '',
      when: formatDateTime(locale, at, settings.timezone),
    });
    switch (outcome.status) {
      case 'not_allowed':
        return notAllowedReply(people, person, locale);
      case 'unknown_schedule':
        return withPlans(
          t('chat.post.unknown', { id: scheduleId, known: schedules(t) }),
          locale,
          t,
          'unknown_schedule',
        );
      case 'pulse_open': {
        // The same choice as typing `force`, one click further.
        const text = t('chat.post.pulseOpen', { id: scheduleId });
        const force = commandButton(t('click.post.force'), `post ${scheduleId} force`, 'danger');
        return { ...say(text, 'pulse_open'), message: withButtons(textMessage(text), [force]) };
      }
      case 'duplicate':
        return say(t('chat.post.duplicate', posted(outcome.at)), 'duplicate');
      default:
        return say(
          await postReport(
            ctx,
            locale,
            outcome,
            t('chat.post.done', { count: outcome.queued, ...posted(outcome.at) }),
          ),
          'ok',
        );
    }
  }

  async function digest(
    actor: Actor,
    person: Person,
    locale: Locale,
    t: Translator,
    month: string | undefined,
  ) {
    if (!(await people.isLeadOrAdmin(person.key))) return notAllowedReply(people, person, locale);
    // The month before this one where the organisation is, not in UTC: 00:30 on the 1st is a new month.
    const chosen = month ?? shiftMonth(localMonth(ctx.clock.now(), settings.timezone), -1);
    if ((await admin.requestDigest(person.key, chosen)) !== 'ok')
      return textReply(locale, t('chat.digest.usage'), 'bad_month');
    let message: Message | undefined;
    try {
      message = await deps.render(
        { type: 'digest', month: chosen },
        { platform: actor.platform, kind: 'dm', id: actor.userId },
      );
    } catch (error) {
      // A month before the first answers or after this one: say which months there are.
      if (!(error instanceof DigestMonthError)) throw error;
      return textReply(
        locale,
        t(
          'dig.range',
          error.params((m) => formatMonth(locale, m)),
        ),
        'bad_month',
      );
    }
    return message ? messageReply(locale, message) : textReply(locale, t('error.notFound'), 'not_found');
  }

  async function run(actor: Actor, command: ChatCommand): Promise<Reply> {
    const person = await people.ensure(actor);
    const locale = await people.localeOf(person.key);
    const t = translator(locale);
    if (!answerAllowed(command.kind, actor.replyPlace ?? 'private')) return privateOnly(locale, t);
    // The help's text lists the typed commands; its buttons reach each of them by click.
    const help = async (before?: string): Promise<Message> => {
      const who = await helpAudience(people, person.key);
      const text = [
        ...(before ? [before] : []),
        t('chat.help'),
        ...(who.manager ? [t('chat.help.manager')] : []),
        ...(who.lead ? [t('chat.help.admin'), t('comments.help.lead')] : []),
        ...(who.admin ? [t('deliveries.help')] : []),
      ].join('\n\n');
      return withHelpMenu(textMessage(text), t, who);
    };
    switch (command.kind) {
      case 'help':
        return messageReply(locale, await help());
      case 'unknown':
        return messageReply(locale, await help(t('chat.unknown', { word: command.word })), 'unknown_command');
      case 'story':
        return forms.open(actor, { form: 'story', ...(command.prefill ? { prefill: command.prefill } : {}) });
      case 'nominate':
        return forms.open(actor, { form: 'nomination' });
      case 'pulse':
        return openPulses(actor, locale, t);
      case 'lang':
        if (!command.locale)
          return messageReply(
            locale,
            withButtons(textMessage(t('chat.lang.usage')), languageButtons(t)),
            'usage',
          );
        await people.setLocale(person.key, command.locale);
        return textReply(command.locale, translator(command.locale)('lang.changed'));
      case 'sector': {
        const reply = await sectorReply({ people, settings }, person, locale, command.sectorId);
        return messageReply(
          locale,
          command.sectorId ? reply : withButtons(reply, sectorButtons(settings, locale)),
        );
      }
      case 'pause':
      case 'resume': {
        const pausing = command.kind === 'pause';
        await people.setPaused(person.key, pausing);
        // The way back is one click too.
        const undo = pausing
          ? commandButton(t('click.resume'), 'resume')
          : commandButton(t('click.pause'), 'pause');
        return messageReply(locale, withButtons(textMessage(t(pausing ? 'pause.on' : 'pause.off')), [undo]));
      }
      case 'mydata':
        return messageReply(locale, await myData(person, locale, t));
      case 'forget':
        return messageReply(locale, await forgetMessage({ people, personalData }, person.key, command.code));
      case 'recognise':
        return recognitionList(deps, actor, person, locale);
      case 'post':
        return post(person, locale, t, command);
      case 'results':
        return resultsCommand(deps, person, locale, command);
      case 'nextsteps':
        return loop.overdue(person, locale);
      case 'kaffe':
        return loop.kaffeCommand(person, locale, command.action);
      case 'comments':
      case 'reply':
      case 'hide':
      case 'end':
        return comments.command(actor, command);
      case 'deliveries':
        return deliveriesCommand(deps, person, locale);
      case 'digest':
        return command.valid
          ? digest(actor, person, locale, t, command.month)
          : textReply(locale, t('chat.digest.usage'), 'bad_month');
    }
  }

  return {
    run,
    /** A command as typed (`/kulturpuls …` in Slack, a message in Teams, the page's command box). */
    say: (actor: Actor, text: string | undefined) => run(actor, parseCommand(text)),
    /** Text @mentioning the bot in a post's thread: a command if it is one, never the help text. */
    async replyInThread(actor: Actor, text: string): Promise<Reply> {
      const command = parseCommand(text);
      if (command.kind !== 'unknown') return run(actor, command);
      const locale = await people.localeOf(personKey(actor.platform, actor.userId));
      return textReply(locale, translator(locale)('chat.thread.useButton'), 'unknown_command');
    },
  };
}
