import type { App } from '@slack/bolt';
import type { Reply } from '../../core/conversation/index.js';
import { settledWithin } from '../../core/settled-within.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../parse.js';

const OPENS_FORM = new Set(['story', 'nominate']);
/** Slack wants the acknowledgement within 3 seconds; looking the person up may take at most this. */
const LOOKUP_BUDGET_MS = 1_500;
/** The answer travels in the acknowledgement when it is ready by then (a `post` waits for its posts). */
const ACK_BUDGET_MS = 2_500;

type Client = Parameters<Parameters<App['command']>[1]>[0]['client'];

/** A reply that is a form (`story`, or `results note` without a sentence) opens as a modal. */
async function openedAsModal(deps: SlackDeps, client: Client, trigger: string, reply: Reply, user: string) {
  if (reply.kind !== 'form') return false;
  await client.views.open({
    trigger_id: trigger,
    view: await deps.modal(reply.form, deps.identity.now(user)),
  });
  return true;
}

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(SLACK_IDS.command, async ({ command, ack, client, respond }) => {
    const { conversation, identity } = deps;
    const parsed = conversation.parse(command.text);
    const { user_id: user, channel_id: channel, trigger_id } = command;
    if (OPENS_FORM.has(parsed.kind)) {
      await ack(); // A form needs no role: it opens while the trigger is fresh, the look-up goes on.
      identity.warm(client, user);
      const reply = await conversation.run(identity.now(user, channel), parsed);
      await openedAsModal(deps, client, trigger_id, reply, user);
      return;
    }
    const started = Date.now();
    const lookup = identity.resolved(client, user, channel);
    const actor = await settledWithin(lookup, LOOKUP_BUDGET_MS);
    const answer = (actor ? Promise.resolve(actor) : lookup).then((who) => conversation.run(who, parsed));
    // In time, the answer travels in the acknowledgement; otherwise it follows once Slack answered.
    const ready = actor && (await settledWithin(answer, ACK_BUDGET_MS - (Date.now() - started)));
    if (ready?.kind === 'form') await ack();
    if (ready && (await openedAsModal(deps, client, trigger_id, ready, user))) return;
    if (ready) return ack({ response_type: 'ephemeral', ...deps.replyMessage(ready) });
    await ack();
    await respond({ response_type: 'ephemeral', ...deps.replyMessage(await answer) });
  });
}
