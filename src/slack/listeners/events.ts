import type { App, webApi } from '@slack/bolt';
import { personKey } from '../../core/records.js';
import type { SlackDeps } from '../deps.js';
import { questionOfPost, type ThreadReply, threadReply } from '../parse.js';
import { publishHome } from '../publish-home.js';

export function registerEvents(app: App, deps: SlackDeps): void {
  // Slack retries an event it thinks was not acknowledged (`X-Slack-Retry-Num`); each event id counts once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: string }).event_id;
    if (eventId && !(await deps.seenEvents.add(eventId))) return;
    await next();
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, await deps.identity.resolved(client, event.user));
  });

  // Reactions on a posted story: each person counts once towards its rank in the digest. The gateway
  // records Slack posts as `channel:ts`, which is what the event names.
  for (const name of ['reaction_added', 'reaction_removed'] as const) {
    app.event(name, async ({ event }) => {
      if (event.item.type !== 'message') return;
      const counted = await deps.core.storyReactions.reacted({
        platform: 'slack',
        messageRef: `${event.item.channel}:${event.item.ts}`,
        person: personKey('slack', event.user),
        reaction: event.reaction,
        on: name === 'reaction_added',
      });
      if (counted !== undefined) deps.logger.debug('slack story reaction', { people: counted });
    });
  }

  // A reply in the thread of a reflection question is stored as an answer, without the name.
  app.event('message', async ({ event, client }) => {
    const reply = threadReply(event as unknown as Record<string, unknown>);
    const question = reply && (await questionOfThread(client, reply));
    if (!reply || !question) return;
    const actor = deps.identity.now(reply.user, reply.channel);
    const answer = await deps.conversation.threadAnswer(actor, question, reply.text);
    const where = { channel: reply.channel, user: reply.user, thread_ts: reply.threadTs };
    await client.chat.postEphemeral({ ...where, ...deps.replyMessage(answer) });
  });
}

/** The question a thread belongs to, from the metadata the gateway attached to the parent post. */
async function questionOfThread(client: webApi.WebClient, reply: ThreadReply) {
  const parent = await client.conversations.history({
    channel: reply.channel,
    latest: reply.threadTs,
    inclusive: true,
    limit: 1,
    include_all_metadata: true,
  });
  return questionOfPost(parent.messages?.[0]?.metadata);
}
