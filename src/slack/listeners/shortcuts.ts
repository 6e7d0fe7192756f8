import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { actorOf, SLACK_IDS, unescapeMrkdwn } from '../parse.js';

export function registerShortcuts(app: App, deps: SlackDeps): void {
  // "Share as a success story" on any message: the story form, prefilled with the message text.
  app.shortcut<MessageShortcut>(SLACK_IDS.shareStoryShortcut, async ({ ack, shortcut, client }) => {
    await ack();
    const actor = actorOf(shortcut.user, shortcut.channel.id);
    const form = deps.core.stories.form(actor, unescapeMrkdwn(shortcut.message.text ?? ''));
    await client.views.open({ trigger_id: shortcut.trigger_id, view: deps.modal(form, actor) });
  });
}
