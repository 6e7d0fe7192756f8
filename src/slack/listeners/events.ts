import type { App, webApi } from '@slack/bolt';
import { translator } from '../../core/i18n/translate.js';
import { textMessage } from '../../core/messages/content-messages.js';
import type { Actor } from '../../core/people.js';
import type { SlackDeps } from '../deps.js';
import { homeBlocks } from '../home.js';
import { loadHomeData } from '../home-data.js';
import { questionOfPost, threadReply } from '../parse.js';
import { renderHome } from '../render-home.js';

export async function publishHome(deps: SlackDeps, client: webApi.WebClient, actor: Actor): Promise<void> {
  const data = loadHomeData(deps, actor);
  const view = renderHome(homeBlocks(data), deps.renderOptions(data.locale));
  await client.views.publish({ user_id: actor.userId, view });
}

export function registerEvents(app: App, deps: SlackDeps): void {
  // Slack retries an event it thinks was not acknowledged (`X-Slack-Retry-Num`); each event id counts once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !deps.seenEvents.add(eventId)) return;
    await next();
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, await deps.identity.resolved(client, event.user));
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
    const actor = deps.identity.now(reply.user, reply.channel);
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
