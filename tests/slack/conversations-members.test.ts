// The Slack gateway counts a channel's members (a pulse's audience) through `conversations.members`,
// page by page, leaving Kulturpuls itself out; the fake answers in the documented shape.
import { webApi } from '@slack/bolt';
import { afterEach, expect, it } from 'vitest';
import { createSlackGateway } from '../../src/slack/gateway.js';
import { slackWriter } from '../../src/slack/web-api-writer.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { silentLogger } from '../support/test-core.js';

// The example answer on Slack's `conversations.members` page (docs.slack.dev/reference/methods/conversations.members).
const DOCUMENTED = {
  ok: true,
  members: ['U023BECGF', 'U061F7AUR', 'W012A3CDE'],
  response_metadata: { next_cursor: 'e3VzZXJfaWQ6IFcxMjM0NTY3fQ==' },
};

const TOKEN = 'xoxb-members-test';
let fake: FakeSlackApi | undefined;
afterEach(async () => {
  await fake?.close();
});

function gateway(api: FakeSlackApi) {
  const client = new webApi.WebClient(TOKEN, { slackApiUrl: api.url, retryConfig: { retries: 0 } });
  return createSlackGateway({
    client,
    write: slackWriter(api.url, TOKEN),
    logger: silentLogger,
    renderOptions: () => ({ moreUrl: 'http://127.0.0.1:9/dashboard', moreLabel: 'Mer' }),
    botUserId: async () => 'UBOT',
  });
}

it('answers conversations.members in the documented shape, with a cursor until the last page', async () => {
  fake = await startFakeSlackApi({ botToken: TOKEN });
  fake.channelMembers.CDOC = [...DOCUMENTED.members, 'U0000004'];
  const call = async (args: Record<string, string>) =>
    (await (
      await fetch(`${fake?.url}conversations.members`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(args).toString(),
      })
    ).json()) as typeof DOCUMENTED;
  const first = await call({ channel: 'CDOC', limit: '3' });
  expect(Object.keys(first).sort()).toEqual(Object.keys(DOCUMENTED).sort());
  expect(first.members).toEqual(DOCUMENTED.members);
  expect(typeof first.response_metadata.next_cursor).toBe('string');
  const last = await call({ channel: 'CDOC', limit: '3', cursor: first.response_metadata.next_cursor });
  expect(last).toEqual({ ok: true, members: ['U0000004'], response_metadata: { next_cursor: '' } });
});

it('counts 2,345 members over three pages, without the bot itself', async () => {
  fake = await startFakeSlackApi({ botToken: TOKEN });
  const people = Array.from({ length: 2_345 }, (_, i) => `U${String(i).padStart(7, '0')}`);
  fake.channelMembers.CBIG = ['UBOT', ...people];
  const count = await gateway(fake).countMembers?.({ platform: 'slack', kind: 'channel', id: 'CBIG' });
  expect(count).toBe(2_345);
  const calls = fake.callsTo('conversations.members');
  expect(calls).toHaveLength(3);
  expect(calls.map((c) => Boolean(c.args.cursor))).toEqual([false, true, true]);
});

it('a failing members call throws, so the audience is left unknown rather than guessed', async () => {
  fake = await startFakeSlackApi({ botToken: TOKEN });
  fake.failNext('conversations.members', { error: 'missing_scope' });
  await expect(
    gateway(fake).countMembers?.({ platform: 'slack', kind: 'channel', id: 'CPULSE' }),
  ).rejects.toThrow();
});
