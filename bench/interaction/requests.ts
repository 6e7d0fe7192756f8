// Request bodies for the load generator: first answers and changes by the same person, alternating.
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'autocannon';
import { ROOT } from '../lib/proc.js';

export const SIGNING_SECRET = 'bench-signing-secret-0123456789';
export const VOTERS = 20_000;

export interface VoteTarget {
  pulseId: string;
  questionIds: string[];
}

/**
 * Request n: even requests are a voter's first click in the pulse, odd ones the same voter changing that answer
 * (another value), so both sides of the bench store new answers and change existing ones.
 */
function pick(n: number, target: VoteTarget) {
  const voter = Math.floor(n / 2) % VOTERS;
  const round = Math.floor(n / 2 / VOTERS);
  const questionId = target.questionIds[voter % target.questionIds.length] ?? '';
  const value = 1 + ((voter + round * 2 + (n % 2) * 3) % 5);
  return { voter, questionId, value };
}

/** A stable Azure AD object id per voter: a Teams vote change comes from the same person. */
const aadOf = (voter: number) => `00000000-0000-4000-8000-${String(voter).padStart(12, '0')}`;
const slackUserOf = (voter: number) => `UB${voter}`;
const teamsNameOf = (voter: number) => `Ansatt ${voter}`;

/**
 * The people behind the votes as stored once they have met the bot, as every employee is after their
 * first week: their votes make the same platform calls as the baselines' (the answer only), where a
 * newcomer's also brings a welcome DM (two more Web API calls on Slack). Person keys, display names.
 */
export function knownVoters(): { key: `${'slack' | 'teams'}:${string}`; displayName: string }[] {
  return Array.from({ length: VOTERS }, (_, voter) => [
    { key: `slack:${slackUserOf(voter)}` as const, displayName: slackUserOf(voter).toLowerCase() },
    { key: `teams:${aadOf(voter)}` as const, displayName: teamsNameOf(voter) },
  ]).flat();
}

const slackFixture = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'slack-block-action', 'slack.json'), 'utf8'),
) as Record<string, unknown>;
const slackAction = (slackFixture.actions as Record<string, unknown>[])[0];

/** A correctly signed block_actions pulse vote (v0 HMAC of `v0:timestamp:body`), as Slack sends it. */
export function slackVoteRequest(target: VoteTarget, counter: { n: number }): Request {
  return {
    method: 'POST',
    path: '/slack/events',
    setupRequest: (request) => {
      const { voter, questionId, value } = pick(counter.n++, target);
      const user = slackUserOf(voter);
      const payload = {
        ...slackFixture,
        user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0001' },
        channel: { id: 'CPULSE', name: 'innovasjon' },
        actions: [
          {
            ...slackAction,
            block_id: `scale:${questionId}`,
            action_id: `kp_pulse_vote:${questionId}:${value}`,
            value: `${target.pulseId}|${questionId}|${value}`,
          },
        ],
      };
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
      return {
        ...request,
        body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
      };
    },
  };
}

const TENANT = '72f988bf-0000-4000-8000-000000000001';
const BOT = { id: '28:kulturpuls-bot-id', name: 'Kulturpuls' };

/** An `adaptiveCard/action` invoke (Action.Execute on a pulse button), as Teams sends it. */
export function teamsVoteRequest(target: VoteTarget, counter: { n: number }): Request {
  return {
    method: 'POST',
    path: '/api/messages',
    setupRequest: (request) => {
      const { voter, questionId, value } = pick(counter.n++, target);
      const activity = {
        id: randomUUID(),
        timestamp: new Date().toISOString(),
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/teams/',
        from: { id: `29:1bench-${voter}`, name: teamsNameOf(voter), aadObjectId: aadOf(voter) },
        recipient: BOT,
        conversation: {
          id: '19:bench-channel@thread.tacv2',
          conversationType: 'channel',
          isGroup: true,
          tenantId: TENANT,
        },
        channelData: { tenant: { id: TENANT } },
        locale: 'nb-NO',
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'kp_pulse_vote',
            data: { pulseId: target.pulseId, questionId, value },
          },
          trigger: 'manual',
        },
      };
      return { ...request, body: JSON.stringify(activity), headers: { 'content-type': 'application/json' } };
    },
  };
}
