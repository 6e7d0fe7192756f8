// Bolt details: replayed timestamps, payloads no listener handles, error logs, shortcut text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainFromSlack } from '../../src/slack/plain-text.js';
import { eventually, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import {
  buttonClick,
  fixture,
  sendCommand,
  sendInteraction,
  viewSubmission,
} from '../support/slack-requests.js';

let t: SlackTestApp;
beforeAll(async () => {
  t = await startSlackTestApp();
});
afterAll(async () => {
  await t.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('request timestamps', () => {
  it('refuses a correctly signed request from more than five minutes in the future', async () => {
    const ahead = await sendCommand(t.baseUrl, { text: 'help' }, { timestamp: nowSeconds() + 5 * 60 + 30 });
    expect(ahead.status).toBe(401);
    const slightlyAhead = await sendCommand(t.baseUrl, { text: 'help' }, { timestamp: nowSeconds() + 60 });
    expect(slightlyAhead.status).toBe(200);
  });
});

describe('payloads no listener handles are acknowledged at once', () => {
  it('an unknown action_id', async () => {
    const res = await sendInteraction(t.baseUrl, buttonClick('UEMPLOYEE', 'CREFL', 'kp_retired_button', 'x'));
    expect(res.status).toBe(200);
  });

  it('view_closed', async () => {
    const closed = { ...viewSubmission('UEMPLOYEE', 'kp_story', {}), type: 'view_closed', is_cleared: false };
    expect((await sendInteraction(t.baseUrl, closed)).status).toBe(200);
  });

  it('a global shortcut', async () => {
    const shortcut = {
      type: 'shortcut',
      token: 'deprecated-verification-token',
      action_ts: '1700000005.000500',
      team: { id: 'T0001', domain: 'testkommune' },
      user: { id: 'UEMPLOYEE', username: 'kari', team_id: 'T0001' },
      callback_id: 'kp_some_global_shortcut',
      trigger_id: '2222.3333.abcd',
    };
    expect((await sendInteraction(t.baseUrl, shortcut)).status).toBe(200);
  });
});

describe('the message shortcut', () => {
  it('opens the story form with the message as plain text, mentions and links resolved', async () => {
    const base = fixture<Record<string, unknown>>('slack-message-shortcut');
    const message = {
      ...(base.message as object),
      text: 'Takk <@U123|ola> og <@UADMIN>! Se <https://x.kommune.no/a?b=1&amp;c=2|tekst> i <#C1|kanal> &amp; <!here>',
    };
    await t.app.runtime.store.people.upsert(
      { key: 'slack:UADMIN', displayName: 'Ada Admin' },
      new Date().toISOString(),
    );
    const before = t.fake.callsTo('views.open').length;
    expect((await sendInteraction(t.baseUrl, { ...base, message })).status).toBe(200);
    await eventually(() => expect(t.fake.callsTo('views.open')).toHaveLength(before + 1));
    const view = JSON.stringify(t.fake.callsTo('views.open').at(-1)?.args.view);
    expect(view).toContain(
      'Takk @ola og @Ada Admin! Se tekst (https://x.kommune.no/a?b=1&c=2) i #kanal & @here',
    );
    expect(view).not.toContain('<@');
  });

  it('a failed Web API call is logged with the method that failed', async () => {
    t.fake.failNext('views.open', { error: 'expired_trigger_id' });
    await sendInteraction(t.baseUrl, fixture('slack-message-shortcut'));
    const failure = await eventually(() => {
      const entry = t.logs.find((l) => l.msg === 'slack listener failed');
      expect(entry).toBeDefined();
      return entry;
    });
    expect(failure?.fields).toMatchObject({ method: 'views.open' });
    expect(String(failure?.fields?.error)).toContain('expired_trigger_id');
  });
});

describe('plainFromSlack', () => {
  it.each([
    ['<@U123|ola> sa hei', '@ola sa hei'],
    ['<@U123> sa hei', '@U123 sa hei'],
    ['<https://x|tekst>', 'tekst (https://x)'],
    ['<https://x>', 'https://x'],
    ['<#C1|kanal>', '#kanal'],
    ['<#C1>', '#C1'],
    ['<mailto:a@b.no|a@b.no>', 'a@b.no'],
    ['<!channel> og <!subteam^S1|@ledere>', '@channel og @ledere'],
    ['<!date^1700000000^{date}|14. nov>', '14. nov'],
    ['a &amp; b &lt;3 &gt;', 'a & b <3 >'],
    ['&amp;lt; er ikke <', '&lt; er ikke <'],
  ])('%s → %s', (markup, plain) => {
    expect(plainFromSlack(markup)).toBe(plain);
  });

  it('names an unlabelled mention from the lookup', () => {
    expect(plainFromSlack('<@U9>', (id) => (id === 'U9' ? 'Kari' : undefined))).toBe('@Kari');
  });
});
