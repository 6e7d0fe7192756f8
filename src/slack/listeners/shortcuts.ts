import type { App, MessageShortcut } from '@slack/bolt';
import { personKey } from '../../core/records.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../parse.js';
import { plainFromSlack } from '../plain-text.js';

export function registerShortcuts(app: App, deps: SlackDeps): void {
  // "Share as a success story" on any message: the story form, prefilled with the message as plain text.
  app.shortcut<MessageShortcut>(SLACK_IDS.shareStoryShortcut, async ({ ack, shortcut, client }) => {
    await ack();
    const actor = deps.identity.now(shortcut.user.id, shortcut.channel.id);
    const nameOf = (userId: string) => deps.core.people.get(personKey('slack', userId))?.displayName;
    const prefill = plainFromSlack(shortcut.message.text ?? '', nameOf);
    const reply = deps.conversation.openForm(actor, { form: 'story', prefill });
    if (reply.kind === 'form')
      await client.views.open({ trigger_id: shortcut.trigger_id, view: deps.modal(reply.form, actor) });
  });
}
