import type { App, MessageShortcut } from '@slack/bolt';
import { translator } from '../../core/i18n/translate.js';
import { knownName } from '../../core/people.js';
import { personKey } from '../../core/records.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../parse.js';
import { plainFromSlack, unlabelledMentions } from '../plain-text.js';

export function registerShortcuts(app: App, deps: SlackDeps): void {
  // "Share as a success story" on any message: the story form, prefilled with the message as plain text.
  app.shortcut<MessageShortcut>(SLACK_IDS.shareStoryShortcut, async ({ ack, shortcut, client }) => {
    await ack();
    const actor = deps.identity.now(shortcut.user.id, shortcut.channel.id);
    const text = shortcut.message.text ?? '';
    // The names of people mentioned without one, looked up before the text is made plain; one not
    // stored is "a colleague", never the id (no users.info here: the trigger expires in 3 seconds).
    const names = new Map<string, string>();
    for (const userId of unlabelledMentions(text)) {
      const name = knownName(await deps.core.people.get(personKey('slack', userId)));
      if (name) names.set(userId, name);
    }
    const someone = translator(await deps.core.people.localeOf(personKey('slack', actor.userId)))('someone');
    const prefill = plainFromSlack(text, (userId) => names.get(userId) ?? someone);
    const reply = await deps.conversation.openForm(actor, { form: 'story', prefill });
    if (reply.kind === 'form')
      await client.views.open({ trigger_id: shortcut.trigger_id, view: await deps.modal(reply.form, actor) });
  });
}
