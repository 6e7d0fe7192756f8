import type { webApi } from '@slack/bolt';
import type { Request, Response } from 'express';
import { ACTIONS } from '../../core/message.js';
import { settledWithin } from '../../core/settled-within.js';
import type { SlackDeps } from '../deps.js';
import { failedMethod } from '../method-names.js';
import { parseVote } from '../parse.js';
import type { SlackMessage } from '../render-message.js';
import type { Meeting } from './onboarding.js';

/** How long a "try again" reply may hold the acknowledgement (it already waited its storage budget). */
const TRY_AGAIN_REPLY_MS = 500;

export const PULSE_VOTE = new RegExp(`^${ACTIONS.pulseVote}(:|$)`);

/** A pulse vote's click, wherever it came from. */
export interface VoteClick {
  userId: string;
  channelId?: string;
  /** Clicked inside the voter's own (ephemeral) view: answered in place through its response_url. */
  ephemeral: boolean;
  value?: string;
}

/** The ways a click is answered: Bolt's own, or the direct path's. */
export interface ClickAnswers {
  ack(): Promise<void>;
  respond(message: SlackMessage & { replace_original: true }): Promise<unknown>;
  postEphemeral(message: SlackMessage & { channel: string; user: string }): Promise<unknown>;
}

/**
 * Stored before it is acknowledged (Slack does not resend an acknowledged click), then the voter's
 * own view of the pulse: a new ephemeral message, replaced in place by later clicks inside it. Says
 * whether the voter was new, when the vote was counted.
 */
export async function answerVote(
  deps: SlackDeps,
  click: VoteClick,
  answers: ClickAnswers,
): Promise<boolean | undefined> {
  const reply = await deps.conversation.vote(
    deps.identity.now(click.userId, click.channelId),
    parseVote(click.value),
  );
  const message = deps.replyMessage(reply);
  const show = async () => {
    if (click.ephemeral) await answers.respond({ replace_original: true, ...message });
    else if (click.channelId)
      await answers.postEphemeral({ channel: click.channelId, user: click.userId, ...message });
  };
  if (reply.outcome !== 'try_again') {
    await answers.ack();
    await show();
    return reply.newVoter;
  }
  // Not stored (yet): the person hears so before the click is acknowledged, for a moment at most,
  // so an acknowledged click is always either stored or answered with "try again".
  await settledWithin(
    show().catch((error) => deps.logger.warn('slack try-again reply failed', { error: String(error) })),
    TRY_AGAIN_REPLY_MS,
  );
  await answers.ack();
  return undefined;
}

interface VotePayload {
  type?: unknown;
  user: { id: string };
  channel?: { id?: string };
  container?: { is_ephemeral?: boolean };
  response_url?: string;
  actions: { type?: unknown; action_id: string; value?: string }[];
}

/** A pulse vote (one button, the gate has checked the shape) as a click, or undefined for anything else. */
export function voteClickOf(body: unknown): (VoteClick & { responseUrl?: string }) | undefined {
  const payload = body as VotePayload;
  const [action, ...more] = payload.type === 'block_actions' ? payload.actions : [];
  if (!action || more.length > 0 || action.type !== 'button' || !PULSE_VOTE.test(action.action_id))
    return undefined;
  return {
    userId: payload.user.id,
    ...(payload.channel?.id ? { channelId: payload.channel.id } : {}),
    ephemeral: payload.container?.is_ephemeral === true,
    ...(action.value !== undefined ? { value: action.value } : {}),
    ...(payload.response_url ? { responseUrl: payload.response_url } : {}),
  };
}

type Fetch = NonNullable<webApi.WebClientOptions['fetch']>;

/**
 * Pulse votes over HTTP, answered without Bolt's middleware chain: the busiest request there is, and
 * it needs none of it (the gate has verified and parsed it; the person is met as in Bolt's chain, and
 * a failure is logged as Bolt's error handler does). Anything else goes on to `next`.
 */
export function directVotes(
  deps: SlackDeps,
  meeting: Meeting,
  io: { fetch: Fetch; postEphemeral: ClickAnswers['postEphemeral'] },
  next: (req: Request, res: Response) => void,
) {
  return (req: Request, res: Response): void => {
    const click = voteClickOf(req.body);
    if (!click) {
      next(req, res);
      return;
    }
    const acknowledge = () => {
      if (!res.headersSent) res.status(200).send('');
    };
    const ack = async () => acknowledge();
    const respond: ClickAnswers['respond'] = async (message) => {
      // What Bolt's `respond` does: a JSON POST to the click's response_url, failing on a non-2xx.
      const response = await io.fetch(click.responseUrl ?? '', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(message),
      });
      if (!response.ok) throw new Error(`Failed to respond to the response_url: ${response.status}`);
      return response;
    };
    meeting
      .meetVoter(click.userId, () =>
        answerVote(deps, click, { ack, respond, postEphemeral: io.postEphemeral }),
      )
      .catch((error: unknown) => {
        deps.logger.error('slack listener failed', {
          method: failedMethod(error),
          code: (error as { code?: string }).code,
          error: String(error),
        });
      })
      .finally(acknowledge);
  };
}
