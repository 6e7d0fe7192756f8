import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../render-message.js';

export type Click = BlockAction<ButtonAction>;

type ClickArgs = Pick<SlackActionMiddlewareArgs<Click> & AllMiddlewareArgs, 'body' | 'client' | 'respond'>;

/** Where a listener wants its click's answer. */
export interface AnswerPlace {
  /** In place of the clicked message, when it can be. */
  replace: boolean;
  /**
   * When not replaced, a new ephemeral message beside it: `postEphemeral` in the click's channel,
   * `responseUrl` through the click's response_url (postEphemeral when it has none), or `nothing`.
   */
  otherwise: 'postEphemeral' | 'responseUrl' | 'nothing';
}

/** Shows a click's answer where the listener chose. */
export async function answerClick(
  { body, client, respond }: ClickArgs,
  message: SlackMessage,
  place: AnswerPlace,
): Promise<void> {
  const channel = body.channel?.id;
  const ts = body.message?.ts;
  // chat.update cannot change an ephemeral message (a command's answer, a list); its response_url can.
  if (place.replace && body.container?.is_ephemeral) await respond({ replace_original: true, ...message });
  else if (place.replace && channel && ts) await client.chat.update({ channel, ts, ...message });
  else if (place.otherwise === 'responseUrl' && body.response_url)
    await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  else if (place.otherwise !== 'nothing' && channel)
    await client.chat.postEphemeral({ channel, user: body.user.id, ...message });
}
