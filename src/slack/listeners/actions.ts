import type { App } from '@slack/bolt';
import { withWayBack } from '../../core/conversation/help-menu.js';
import { ACTIONS } from '../../core/message.js';
import type { SlackDeps } from '../deps.js';
import { publishHome } from '../publish-home.js';
import { answerClick, type Click } from './click-answer.js';
import { answerVote, PULSE_VOTE, voteClickOf } from './vote.js';

const startsWith = (id: string) => new RegExp(`^${id}(:|$)`);

const OPENS_FORM: string[] = [
  ACTIONS.openReflection,
  ACTIONS.openLearning,
  ACTIONS.openStory,
  ACTIONS.openNomination,
  ACTIONS.openCheckBackLearned,
  ACTIONS.openComment,
  ACTIONS.openCommentReply,
];
const ANSWERS_IN_PLACE: string[] = [
  ACTIONS.consentAccept,
  ACTIONS.consentDecline,
  ACTIONS.checkBackDone,
  ACTIONS.checkBackNotYet,
  ACTIONS.checkBackDropped,
  ACTIONS.kaffeMet,
  ACTIONS.kaffeNotMet,
  ACTIONS.endComment,
];

export function registerActions(app: App, deps: SlackDeps): void {
  const { conversation, identity } = deps;
  // Socket Mode's votes (over HTTP they are answered before Bolt, vote.ts): the same click, the same answer.
  app.action<Click>(PULSE_VOTE, async ({ ack, body, client, respond }) => {
    const click = voteClickOf(body);
    if (!click) return ack();
    await answerVote(deps, click, {
      ack: () => ack(),
      respond,
      postEphemeral: (message) => client.chat.postEphemeral(message),
    });
  });

  // Every other button: a form opens as a modal; an answer in a DM (consent, a check-back, "did you
  // meet?") replaces the buttons, so a second click has nothing to press; anything else is ephemeral.
  for (const id of [...OPENS_FORM, ...ANSWERS_IN_PLACE]) {
    app.action<Click>(startsWith(id), async (args) => {
      const { ack, body, action, client } = args;
      await ack();
      // A form must open while its trigger is fresh; an answer in place can wait for the person's name
      // (a nominee who never used the bot is named to the nominator, not shown as an id).
      const actor = OPENS_FORM.includes(id)
        ? identity.now(body.user.id, body.channel?.id)
        : await identity.resolved(client, body.user.id, body.channel?.id);
      const reply = await conversation.click(actor, id, action.value ?? '');
      if (reply.kind === 'form') {
        await client.views.open({ trigger_id: body.trigger_id, view: await deps.modal(reply.form, actor) });
        return;
      }
      const answered = reply.kind === 'message' && reply.outcome === 'ok';
      const inPlace = ANSWERS_IN_PLACE.includes(id) && answered;
      await answerClick(args, deps.replyMessage(reply), { replace: inPlace, otherwise: 'postEphemeral' });
    });
  }

  // App Home is published again; a list in a message (the ephemeral `recognise` answer, through its
  // response_url) is replaced by the answer and the list as it is now, so no handled one keeps a button.
  app.action<Click>(startsWith(ACTIONS.recognise), async (args) => {
    const { ack, body, action, client } = args;
    await ack();
    const actor = await identity.resolved(client, body.user.id);
    const reply = await conversation.recognise(actor, action.value ?? '');
    if (reply.outcome !== 'ok') deps.logger.info('slack recognise refused', { outcome: reply.outcome });
    await publishHome(deps, client, actor);
    await answerClick(args, deps.replyMessage(reply), { replace: true, otherwise: 'nothing' });
  });

  // A command's button (the help's, a sector, "Ja, slett alt"): the typed command's use case. Its answer
  // goes where a typed one would: in place of an ephemeral answer clicked in (the typed command's, so
  // the answers do not pile up), beside any other message, or, from App Home, to the person's DM (App
  // Home is published again first, as a setting may have changed).
  app.action<Click>(startsWith(ACTIONS.command), async (args) => {
    const { ack, body, action, client } = args;
    await ack();
    const actor = await identity.resolved(client, body.user.id, body.channel?.id);
    const reply = await conversation.click(actor, ACTIONS.command, action.value ?? '');
    if (reply.kind === 'form') {
      await client.views.open({ trigger_id: body.trigger_id, view: await deps.modal(reply.form, actor) });
      return;
    }
    const fromHome = body.container?.type === 'view';
    // In place of the ephemeral help (most often): a way back to its choices, so no one types it again.
    const inPlace = !fromHome && body.container?.is_ephemeral === true;
    const message = deps.replyMessage(inPlace ? withWayBack(reply, action.value ?? '') : reply);
    if (fromHome) {
      await publishHome(deps, client, actor);
      await client.chat.postMessage({ channel: body.user.id, ...message });
    } else await answerClick(args, message, { replace: inPlace, otherwise: 'responseUrl' });
  });

  // Link buttons (the dashboard, a closed pulse's results) still send an action; Slack wants it acknowledged.
  for (const id of [ACTIONS.openDashboard, ACTIONS.openResults]) {
    app.action(startsWith(id), async ({ ack }) => {
      await ack();
    });
  }
}
