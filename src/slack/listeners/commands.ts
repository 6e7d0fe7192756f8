import type { App } from '@slack/bolt';
import { commandReply } from '../command-replies.js';
import type { SlackDeps } from '../deps.js';
import { identify } from '../identify.js';
import { parseCommand, SLACK_IDS } from '../parse.js';

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command(SLACK_IDS.command, async ({ command, ack, client }) => {
    const parsed = parseCommand(command.text);
    const actor = await identify(deps, client, command.user_id, command.channel_id);
    if (parsed.kind === 'story' || parsed.kind === 'nominate') {
      await ack();
      const form =
        parsed.kind === 'story' ? deps.core.stories.form(actor) : deps.core.nominations.form(actor);
      await client.views.open({ trigger_id: command.trigger_id, view: deps.modal(form, actor) });
      return;
    }
    // The answer travels in the acknowledgement: ephemeral, and no Web API call needed.
    const reply = deps.message(commandReply(deps, actor, parsed), actor);
    await ack({ response_type: 'ephemeral', ...reply });
  });
}
