import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import { silentLogger } from '../../src/logger.js';
import { createSlackGateway } from '../../src/slack/gateway.js';
import { slackWriter } from '../../src/slack/web-api-writer.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';

const TOKEN = 'xoxb-test-0000-rate-gate';
const message: Message = { fallbackText: 'Hei', blocks: [{ type: 'text', text: 'Hei' }] };

describe('Slack gateway: a 429 pauses the method for every sender', () => {
  let fake: FakeSlackApi;
  beforeEach(async () => {
    fake = await startFakeSlackApi({ botToken: TOKEN });
  });
  afterEach(() => fake.close());

  function gateway() {
    const client = new webApi.WebClient(TOKEN, {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    return createSlackGateway({
      client,
      write: slackWriter(fake.url, TOKEN),
      logger: silentLogger,
      renderOptions: () => ({ moreUrl: 'http://x', moreLabel: 'x' }),
    });
  }

  it('the next chat.postMessage waits out Retry-After instead of hitting 429 again', async () => {
    const slack = gateway();
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const first = await slack.send({ platform: 'slack', kind: 'channel', id: 'C1' }, message, 'k1');
    expect(first).toMatchObject({ ok: false, permanent: false, code: 'rate_limited', retryAfterMs: 1_000 });

    const started = Date.now();
    const second = await slack.send({ platform: 'slack', kind: 'channel', id: 'C2' }, message, 'k2');
    expect(second.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('a pause of one method does not hold back another', async () => {
    const slack = gateway();
    // Paused for an hour: were conversations.open held back with it, the test would time out.
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 3_600 });
    await slack.send({ platform: 'slack', kind: 'channel', id: 'C1' }, message, 'k1');
    await expect(slack.channelOf({ platform: 'slack', kind: 'dm', id: 'U1' })).resolves.toBe('DU1');
  });
});
