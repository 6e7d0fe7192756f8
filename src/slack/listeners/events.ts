import type { App } from '@slack/bolt';
import { translator } from '../../core/i18n/translate.js';
import { textMessage } from '../../core/messages/content-messages.js';
import type { SlackDeps } from '../deps.js';
import { identify } from '../identify.js';
import { actorOf, questionOfPost, threadReply } from '../parse.js';
import { publishHome } from '../publish-home.js';

// The action listeners import it from here.
export { publishHome } from '../publish-home.js';

export function registerEvents(app: App, deps: SlackDeps): void {
  // Slack retries an event it thinks was not acknowledged (`X-Slack-Retry-Num`); each event id counts once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !deps.seenEvents.add(eventId)) return;
    await next();
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, await identify(deps, client, event.user));
  });

  // A reply in the thread of a reflection question is stored as an answer, without the name.
  app.event('message', async ({ event, client }) => {
    const reply = threadReply(event as unknown as Record<string, unknown>);
    if (!reply) return;
    const parent = await client.conversations.history({
      channel: reply.channel,
      latest: reply.threadTs,
      inclusive: true,
      limit: 1,
      include_all_metadata: true,
    });
    const question = questionOfPost(parent.messages?.[0]?.metadata);
    if (!question) return;
    const actor = actorOf({ id: reply.user }, reply.channel);
    const result = deps.core.reflections.submit(actor, question, { text: reply.text, shareName: false });
    if (!result) return;
    const t = translator(deps.localeOf(actor));
    const message = result.ok
      ? textMessage(t('chat.thread.saved'))
      : textMessage(Object.values(result.errors).join(' '));
    await client.chat.postEphemeral({
      channel: reply.channel,
      user: reply.user,
      thread_ts: reply.threadTs,
      ...deps.message(message, actor),
    });
  });
}
