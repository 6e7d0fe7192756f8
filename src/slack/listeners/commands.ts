import type { App } from '@slack/bolt';
import { settledWithin } from '../../core/settled-within.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../parse.js';

const OPENS_FORM = new Set(['story', 'nominate']);
/** Slack wants the acknowledgement within 3 seconds; looking the person up may take at most this. */
const LOOKUP_BUDGET_MS = 1_500;

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(SLACK_IDS.command, async ({ command, ack, client, respond }) => {
    const { conversation, identity } = deps;
    const parsed = conversation.parse(command.text);
    const { user_id: user, channel_id: channel, trigger_id } = command;
    if (OPENS_FORM.has(parsed.kind)) {
      await ack(); // A form needs no role: it opens while the trigger is fresh, the look-up goes on.
      identity.warm(client, user);
      const reply = await conversation.run(identity.now(user, channel), parsed);
      if (reply.kind === 'form')
        await client.views.open({ trigger_id, view: await deps.modal(reply.form, identity.now(user)) });
      return;
    }
    const lookup = identity.resolved(client, user, channel);
    const actor = await settledWithin(lookup, LOOKUP_BUDGET_MS);
    // In time, the answer travels in the acknowledgement; otherwise it follows once Slack answered.
    if (actor)
      return ack({ response_type: 'ephemeral', ...deps.replyMessage(await conversation.run(actor, parsed)) });
    await ack();
    await respond({
      response_type: 'ephemeral',
      ...deps.replyMessage(await conversation.run(await lookup, parsed)),
    });
  });
}
