import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { isTransientStorageError } from '../../core/errors.js';
import { t } from '../../core/i18n/translate.js';
import { ACTIONS } from '../../core/message.js';
import { textMessage } from '../../core/messages/content-messages.js';
import { voteOutcomeMessage } from '../../core/messages/pulse-message.js';
import { decisionReply } from '../command-replies.js';
import type { SlackDeps } from '../deps.js';
import { identify } from '../identify.js';
import { actorOf, parseQuestionRef, parseVote } from '../parse.js';
import { renderMessage } from '../render-message.js';
import { publishHome } from './events.js';

const startsWith = (id: string) => new RegExp(`^${id}(:|$)`);

export function registerActions(app: App, deps: SlackDeps): void {
  const { core } = deps;

  // Pulse votes are idempotent per person (a keyed pseudonym per pulse): a double click changes nothing.
  app.action<BlockAction<ButtonAction>>(
    startsWith(ACTIONS.pulseVote),
    async ({ ack, body, action, client }) => {
      await ack();
      const actor = actorOf(body.user, body.channel?.id);
      const vote = parseVote(action.value);
      let reply: ReturnType<typeof deps.message>;
      try {
        const result = vote ? core.pulses.vote({ actor, ...vote }) : ({ status: 'unknown_pulse' } as const);
        // A counted vote carries the voter's language: no second read of the person.
        const locale = 'locale' in result ? result.locale : deps.localeOf(actor);
        reply = renderMessage(
          voteOutcomeMessage(result, locale, core.settings.timezone),
          deps.renderOptions(locale),
        );
      } catch (error) {
        // A locked or full database: nothing was stored (one transaction); the person is asked to try again.
        if (!isTransientStorageError(error)) throw error;
        deps.runtime.logger.warn('slack vote: storage busy', { error: String(error) });
        reply = deps.message(textMessage(t(deps.localeOf(actor), 'error.tryAgain')), actor);
      }
      if (body.channel?.id)
        await client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, ...reply });
    },
  );

  for (const id of [ACTIONS.openReflection, ACTIONS.openLearning]) {
    app.action<BlockAction<ButtonAction>>(startsWith(id), async ({ ack, body, action, client }) => {
      await ack();
      const actor = actorOf(body.user, body.channel?.id);
      const ref = parseQuestionRef(action.value);
      const form = ref && core.reflections.form(actor, ref.questionId, ref.occurrenceKey);
      if (form) await client.views.open({ trigger_id: body.trigger_id, view: deps.modal(form, actor) });
    });
  }

  app.action<BlockAction<ButtonAction>>(startsWith(ACTIONS.openStory), async ({ ack, body, client }) => {
    await ack();
    const actor = actorOf(body.user, body.channel?.id);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: deps.modal(core.stories.form(actor), actor),
    });
  });

  app.action<BlockAction<ButtonAction>>(startsWith(ACTIONS.openNomination), async ({ ack, body, client }) => {
    await ack();
    const actor = actorOf(body.user, body.channel?.id);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: deps.modal(core.nominations.form(actor), actor),
    });
  });

  // The nominee's answer replaces the buttons, so a second click has nothing to press.
  for (const [id, accept] of [
    [ACTIONS.consentAccept, true],
    [ACTIONS.consentDecline, false],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(startsWith(id), async ({ ack, body, action, client }) => {
      await ack();
      const actor = actorOf(body.user);
      const result = core.nominations.decide(actor, action.value ?? '', accept);
      const reply = deps.message(decisionReply(deps, actor, result), actor);
      const channel = body.channel?.id;
      if (!channel) return;
      if ((result.status === 'accepted' || result.status === 'declined') && body.message?.ts) {
        await client.chat.update({ channel, ts: body.message.ts, ...reply });
      } else {
        await client.chat.postEphemeral({ channel, user: body.user.id, ...reply });
      }
    });
  }

  app.action<BlockAction<ButtonAction>>(
    startsWith(ACTIONS.recognise),
    async ({ ack, body, action, client }) => {
      await ack();
      const actor = await identify(deps, client, body.user.id);
      const result = core.nominations.recognise(actor, action.value ?? '');
      if (result.status === 'recognised') deps.kickOutbox();
      else deps.runtime.logger.info('slack recognise refused', { status: result.status });
      await publishHome(deps, client, actor);
    },
  );

  // Link buttons (the dashboard) still send an action; Slack wants it acknowledged.
  app.action(startsWith(ACTIONS.openDashboard), async ({ ack }) => {
    await ack();
  });
}
