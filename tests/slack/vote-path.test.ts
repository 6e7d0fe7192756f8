// The vote path's savings keep what they replaced: the request is verified and parsed once (a forged,
// unsigned or altered vote is still refused), a vote's reply signs no dashboard link, a cut message
// still carries one that opens, and a confirmation is never reused for another language or value.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../src/core/message.js';
import { ACTIONS } from '../../src/core/message.js';
import type { Pulse } from '../../src/core/records.js';
import type { SlackPlugin } from '../../src/slack/slack-plugin.js';
import type { FakeSlackApi } from '../support/fake-slack-api.js';
import {
  eventually,
  onboardedUsers,
  osloMonth,
  postPulse,
  type SlackTestApp,
  startSlackTestApp,
} from '../support/slack-app.js';
import { startConnectProxy } from '../support/slack-connect.js';
import {
  buttonClick,
  FORM,
  interactionBody,
  postSlack,
  SIGNING_SECRET,
  sendCommand,
  sendInteraction,
  signature,
} from '../support/slack-requests.js';

let t: SlackTestApp;
beforeEach(async () => {
  t = await startSlackTestApp();
});
afterEach(async () => {
  await t.close();
});

const click = (user: string, pulse: Pulse, q: string, value: number) =>
  buttonClick(user, 'CPULSE', `${ACTIONS.pulseVote}:${q}:${value}`, `${pulse.id}|${q}|${value}`);

const ephemerals = () =>
  t.fake.callsTo('chat.postEphemeral').map((c) => c.args as { user: string; text: string; blocks: unknown });

describe('one parse of a vote, one signature check', () => {
  it('refuses a vote that is unsigned, forged or altered after signing, and stores none of them', async () => {
    const { pulse, q } = await postPulse(t);
    const body = interactionBody(click('UEMPLOYEE', pulse, q, 4));
    const now = Math.floor(Date.now() / 1000);
    const unsigned = await fetch(`${t.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body,
    });
    expect(unsigned.status).toBe(401);
    expect((await postSlack(t.baseUrl, body, FORM, { secret: 'not-the-secret' })).status).toBe(401);
    // Signed for a vote of 4, sent as a vote of 1.
    const altered = interactionBody(click('UEMPLOYEE', pulse, q, 1));
    const signedOther = { signature: signature(body, now, SIGNING_SECRET), timestamp: now };
    expect((await postSlack(t.baseUrl, altered, FORM, signedOther)).status).toBe(401);
    expect(await t.count('pulse_answers')).toBe(0);
    expect(ephemerals()).toEqual([]);

    const signed = await postSlack(t.baseUrl, body, FORM);
    expect(signed.status).toBe(200);
    await eventually(() => expect(ephemerals()).toHaveLength(1));
    expect(await t.count('pulse_answers')).toBe(1);
  });

  it("answers Slack's signed ssl_check with an empty 200 and refuses an unsigned one", async () => {
    const body = new URLSearchParams({ ssl_check: '1', token: 'x' }).toString();
    const res = await postSlack(t.baseUrl, body, FORM);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await postSlack(t.baseUrl, body, FORM, { secret: 'not-the-secret' })).status).toBe(401);
  });
});

describe('the dashboard link in a Slack reply', () => {
  it('is not signed for a vote, whose reply is never cut', async () => {
    const { pulse, q } = await postPulse(t);
    const signing = vi.spyOn(t.app.runtime.core.digests, 'dashboardUrl');
    await sendInteraction(t.baseUrl, click('UEMPLOYEE', pulse, q, 4));
    await sendInteraction(t.baseUrl, click('UEMPLOYEE', pulse, q, 2));
    await eventually(() => expect(ephemerals()).toHaveLength(2));
    expect(signing).not.toHaveBeenCalled();
    expect(JSON.stringify(ephemerals())).not.toContain('/dashboard');
  });

  it('is signed once for a message cut in several places, and opens last month', async () => {
    const signing = vi.spyOn(t.app.runtime.core.digests, 'dashboardUrl');
    // Slack's documented limit: 3,000 characters in a section's text.
    const long = 'Lang tekst. '.repeat(400);
    const blocks: Block[] = [
      { type: 'text', text: long },
      { type: 'context', text: 'Kort.' },
      { type: 'text', text: long },
    ];
    const gateway = (t.app.plugins.slack as SlackPlugin).gateway;
    const sent = await gateway.send(
      { platform: 'slack', kind: 'channel', id: 'CREFL' },
      { fallbackText: 'Lang', blocks },
      'long-text-1',
    );
    expect(sent.ok).toBe(true);
    expect(signing).toHaveBeenCalledTimes(1);
    const posted = JSON.stringify(t.fake.callsTo('chat.postMessage').at(-1)?.args.blocks);
    const urls = [...posted.matchAll(/<(http[^|>]+)\|/g)].map((m) => m[1] as string);
    expect(urls).toHaveLength(2);
    expect(urls[1]).toBe(urls[0]);
    const link = new URL((urls[0] as string).replaceAll('&amp;', '&'));
    expect(link.searchParams.get('sub')).toBe('digest');
    expect(link.searchParams.get('scope')).toBe(osloMonth(-1));
    const verified = await t.app.runtime.core.verifyDashboardLink(
      Object.fromEntries(link.searchParams),
      new Date(),
    );
    expect(verified).toMatchObject({ subject: 'digest', scope: osloMonth(-1) });
    expect((await fetch(`${t.baseUrl}/dashboard?${link.searchParams}`)).status).toBe(200);
  });
});

describe('vote confirmations', () => {
  it('are worded for each voter’s language and value, never one reused for another', async () => {
    const { pulse, q } = await postPulse(t);
    expect((await sendCommand(t.baseUrl, { text: 'lang en', user_id: 'UENGLISH' })).status).toBe(200);
    await sendInteraction(t.baseUrl, click('UNORSK', pulse, q, 4));
    await eventually(() => expect(ephemerals()).toHaveLength(1));
    await sendInteraction(t.baseUrl, click('UENGLISH', pulse, q, 4));
    await eventually(() => expect(ephemerals()).toHaveLength(2));
    await sendInteraction(t.baseUrl, click('UNORSK2', pulse, q, 2));
    await eventually(() => expect(ephemerals()).toHaveLength(3));
    await sendInteraction(t.baseUrl, click('UNORSK3', pulse, q, 4));
    await eventually(() => expect(ephemerals()).toHaveLength(4));
    const [nb4, en4, nb2, nb4again] = ephemerals();
    expect(nb4?.text).toContain('Takk!');
    expect(nb4?.text).toContain('«Delvis enig»');
    expect(en4?.user).toBe('UENGLISH');
    expect(en4?.text).not.toContain('Takk!');
    expect(en4?.text).toContain('Thank');
    expect(nb2?.text).toContain('«Delvis uenig»');
    expect(nb2?.text).not.toContain('«Delvis enig»');
    expect(nb4again?.text).toBe(nb4?.text);
    expect(JSON.stringify(nb4again?.blocks)).toBe(JSON.stringify(nb4?.blocks));
  });
});

describe('a vote answered behind the gate', () => {
  it('goes through HTTPS_PROXY like every Web API call, and its answer is a chat.postEphemeral Slack takes', async () => {
    // The Web API's host resolves only at the proxy: an answer that reaches the fake went through it.
    const host = 'slack-api.invalid';
    const proxy = await startConnectProxy({ [host]: '127.0.0.1' });
    const viaProxy = (fake: FakeSlackApi) => {
      const url = new URL(fake.url);
      return { apiUrl: `http://${host}:${url.port}${url.pathname}`, port: url.port };
    };
    const proxied = await startSlackTestApp({
      env: (fake) => ({
        HTTPS_PROXY: proxy.url,
        NO_PROXY: 'intranet.kommune.no',
        SLACK_API_URL: viaProxy(fake).apiUrl,
      }),
    });
    try {
      const { pulse, q } = await postPulse(proxied);
      const before = proxied.fake.callsTo('chat.postEphemeral').length;
      expect((await sendInteraction(proxied.baseUrl, click('UNEWVOTER', pulse, q, 5))).status).toBe(200);
      const answer = await eventually(() => {
        const calls = proxied.fake.callsTo('chat.postEphemeral');
        if (calls.length === before) throw new Error('not answered yet');
        return calls.at(-1)?.args as { channel: string; user: string; text: string; blocks: unknown[] };
      }, 15_000);
      expect(answer).toMatchObject({ channel: 'CPULSE', user: 'UNEWVOTER' });
      expect(answer.text).toContain('Takk');
      expect(answer.blocks.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([`${host}:${viaProxy(proxied.fake).port}`]));
    } finally {
      await proxied.close();
      await proxy.close();
    }
  });
});

describe('a voter met for the first time', () => {
  it('is greeted once, told new by the counted vote itself; a stored person is not greeted', async () => {
    const { pulse, q } = await postPulse(t);
    await t.app.runtime.core.people.ensure({ platform: 'slack', userId: 'UKNOWN', displayName: 'Kjent' });
    const lookUps = vi.spyOn(t.app.runtime.core.people, 'get');
    await sendInteraction(t.baseUrl, click('UNEWVOTER', pulse, q, 4));
    await sendInteraction(t.baseUrl, click('UNEWVOTER', pulse, q, 2));
    await sendInteraction(t.baseUrl, click('UKNOWN', pulse, q, 5));
    await eventually(() => expect(ephemerals()).toHaveLength(3));
    await t.app.drain();
    expect(onboardedUsers(t.fake).filter((user) => user !== 'UADMIN')).toEqual(['UNEWVOTER']);
    // The vote said whether the person was new: onboarding looked nobody up.
    expect(lookUps).not.toHaveBeenCalled();
  });

  it('is greeted once for a double click: one onboarding DM queued, not one per click', async () => {
    const { pulse, q } = await postPulse(t);
    const queued = vi.spyOn(t.app.runtime.core.deliveries, 'noticeOnce');
    await Promise.all([
      sendInteraction(t.baseUrl, click('UDOUBLE', pulse, q, 4)),
      sendInteraction(t.baseUrl, click('UDOUBLE', pulse, q, 4)),
    ]);
    await eventually(() => expect(ephemerals()).toHaveLength(2));
    await t.app.drain();
    expect(queued.mock.calls.filter(([target]) => target.id === 'UDOUBLE')).toHaveLength(1);
  });

  it('is greeted after a click that counted nothing, looked up then', async () => {
    await sendInteraction(
      t.baseUrl,
      buttonClick('ULATE', 'CPULSE', `${ACTIONS.pulseVote}:q1:4`, 'no-such-pulse|q1|4'),
    );
    await eventually(() => expect(ephemerals()).toHaveLength(1));
    await t.app.drain();
    await eventually(() => expect(onboardedUsers(t.fake)).toEqual(['ULATE']));
  });
});
