import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS, unescapeMrkdwn } from '../parse.js';

export function registerShortcuts(app: App, deps: SlackDeps): void {
  // "Share as a success story" on any message: the story form, prefilled with the message text.
  app.shortcut<MessageShortcut>(SLACK_IDS.shareStoryShortcut, async ({ ack, shortcut, client }) => {
    await ack();
    const actor = deps.identity.now(shortcut.user.id, shortcut.channel.id);
    const prefill = unescapeMrkdwn(shortcut.message.text ?? '');
    const reply = deps.conversation.openForm(actor, { form: 'story', prefill });
    if (reply.kind === 'form')
      await client.views.open({ trigger_id: shortcut.trigger_id, view: deps.modal(reply.form, actor) });
  });
}
