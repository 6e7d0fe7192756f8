// The whole Slack journey against the fake Web API, with signed requests shaped like Slack's own: a
// lead known only by e-mail posts a pulse, people vote and change their minds, the pulse closes, a
// nomination is consented to and recognised, and App Home settings change.
import { afterEach, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import type { RecordedCall } from '../support/fake-slack-api.js';
import { eventually, mutableClock, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { homeAction, homeText, nominate, openHome } from '../support/slack-home-actions.js';
import { buttonClick, sendCommand, sendInteraction } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
});

type Blocks = { type: string; elements?: { type: string; url?: string; value?: string }[] }[];
const blocksOf = (call: RecordedCall | undefined) => (call?.args.blocks ?? []) as Blocks;
const buttons = (blocks: Blocks) => blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });

it('a lead by e-mail, votes, a closed pulse, a recognition and App Home settings, end to end', async () => {
  const clock = mutableClock(new Date());
  t = await startSlackTestApp({
    clock,
    configureFake: (fake) => {
      // Display names differ from the legacy `name` handles Slack still sends in payloads.
      fake.users.ULEAD = { name: 'Lise Leder', email: 'leder@kommune.example' };
      fake.users.UKARI = { name: 'Kari Nordmann' };
      fake.users.UOLA = { name: 'Ola Hansen' };
      fake.users.UNILS = { name: 'Nils Berg' };
    },
  });
  const app = t;
  const { fake } = app;
  const channelPosts = (channel: string) =>
    fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

  // 1. The lead is given by e-mail only: the very first command already has the role.
  const posted = await sendCommand(app.baseUrl, {
    user_id: 'ULEAD',
    user_name: 'lise.l',
    channel_id: 'CPULSE',
    text: 'post pulse',
  });
  expect(posted.status).toBe(200);
  expect(posted.text).not.toContain('ikke tilgang');
  await eventually(() => expect(channelPosts('CPULSE')).toHaveLength(1));
  expect((await app.app.runtime.store.people.get('slack:ULEAD'))?.displayName).toBe('Lise Leder');
  const pulse = (await app.app.runtime.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('no pulse');
  const pulseTs = fake.messages.find((m) => m.channel === 'CPULSE')?.ts as string;
  expect(buttons(blocksOf(channelPosts('CPULSE')[0])).length).toBeGreaterThan(0);

  // 2. Three people vote on the channel message; Kari then changes her answer in her own ephemeral.
  const q = pulse.questionIds[0] as string;
  const vote = (userId: string, value: number, inEphemeral = false) => {
    const click = buttonClick(
      userId,
      'CPULSE',
      `${ACTIONS.pulseVote}:${q}:${value}`,
      `${pulse.id}|${q}|${value}`,
      pulseTs,
    );
    return sendInteraction(app.baseUrl, {
      ...click,
      response_url: `${fake.url}respond/${userId}`,
      ...(inEphemeral
        ? {
            container: { ...click.container, is_ephemeral: true },
            message: { ...click.message, ts: '1700000099.000100' },
          }
        : {}),
    });
  };
  for (const [userId, value] of [
    ['UKARI', 4],
    ['UOLA', 5],
    ['UNILS', 3],
  ] as const) {
    expect((await vote(userId, value)).status).toBe(200);
  }
  await eventually(() => expect(fake.callsTo('chat.postEphemeral')).toHaveLength(3));
  expect((await vote('UKARI', 2, true)).status).toBe(200);
  await eventually(() => expect(fake.responses('UKARI')).toHaveLength(1));

  // Each person saw one ephemeral; Kari's was replaced in place, showing her new answer.
  const ephemerals = fake.callsTo('chat.postEphemeral');
  expect(ephemerals.map((c) => c.args.user).sort()).toEqual(['UKARI', 'UNILS', 'UOLA']);
  const replaced = fake.responses('UKARI')[0] as { replace_original?: unknown; blocks?: Blocks };
  expect(replaced.replace_original).toBe(true);
  expect(JSON.stringify(replaced.blocks)).toContain(`"value":"${pulse.id}|${q}|2"`);
  expect(fake.responses('UOLA')).toHaveLength(0);
  expect(await app.count('pulse_answers')).toBe(3);

  // 3. The pulse closes: its channel message is updated in place, buttons gone, a link to the results.
  clock.advance(49 * 3_600_000);
  await app.app.scheduler.tick(clock.now());
  await app.app.drain();
  await eventually(() =>
    expect(fake.callsTo('chat.update').filter((c) => c.args.ts === pulseTs)).toHaveLength(1),
  );
  const closed = fake.callsTo('chat.update').find((c) => c.args.ts === pulseTs);
  expect(closed?.args.channel).toBe('CPULSE');
  expect(buttons(blocksOf(closed)).filter((b) => b.type === 'button' && !b.url)).toEqual([]);
  expect(JSON.stringify(closed?.args.blocks)).toContain('Resultatene deles her i kanalen');
  // A click on the old message now changes nothing.
  await vote('UOLA', 1);
  await eventually(() => expect(fake.callsTo('chat.postEphemeral')).toHaveLength(4));
  expect(await app.count('pulse_answers')).toBe(3);

  // A day later the results go to the channel, and the closed message says they are there.
  clock.advance(25 * 3_600_000);
  await app.app.scheduler.tick(clock.now());
  await app.app.drain();
  // The update that links to the results waits (a retry) until the results post is out.
  clock.advance(10 * 60_000);
  await app.app.drain();
  await eventually(() =>
    expect(fake.callsTo('chat.update').filter((c) => c.args.ts === pulseTs)).toHaveLength(2),
  );
  expect(JSON.stringify(channelPosts('CPULSE').at(-1)?.args.blocks)).toContain('Resultater fra pulsmålingen');
  const shared = fake.callsTo('chat.update').filter((c) => c.args.ts === pulseTs)[1];
  expect(JSON.stringify(shared?.args.blocks)).toContain('Resultatene er delt her i kanalen');
  // No answer buttons; one link, to the results post in the same channel (Slack's permalink).
  const resultsTs = fake.messages.filter((m) => m.channel === 'CPULSE').at(-1)?.ts ?? '';
  expect(buttons(blocksOf(shared))).toEqual([
    expect.objectContaining({
      type: 'button',
      url: `https://testkommune.slack.com/archives/CPULSE/p${resultsTs.replace('.', '')}`,
    }),
  ]);
  expect(fake.callsTo('chat.getPermalink').at(-1)?.args).toMatchObject({
    channel: 'CPULSE',
    message_ts: resultsTs,
  });

  // 4. Kari nominates Nora; Nora consents in the DM; Kari is told; a manager recognises from App Home.
  fake.users.UNORA = { name: 'Nora Ny' };
  expect((await nominate(app, 'UKARI', 'UNORA')).status).toBe(200);
  await app.app.drain();
  const consentDm = await eventually(async () => {
    const dm = fake.messages.find(
      (m) => m.channel === 'DUNORA' && JSON.stringify(m.blocks).includes(ACTIONS.consentAccept),
    );
    if (!dm)
      throw new Error(
        `no consent DM: ${JSON.stringify((await app.app.runtime.store.outbox.list({})).map((d) => [d.payload.type, d.status, d.lastError]))}`,
      );
    return dm;
  });
  const nomination = (await app.app.runtime.store.content.nominationsIn({ from: '0000', to: '9999' }))[0];
  if (!nomination) throw new Error('no nomination');
  const accept = buttonClick('UNORA', 'DUNORA', ACTIONS.consentAccept, nomination.id, consentDm.ts);
  expect((await sendInteraction(app.baseUrl, accept)).status).toBe(200);
  // The DM's buttons are replaced by the answer: nothing left to press twice.
  await eventually(() =>
    expect(fake.callsTo('chat.update').filter((c) => c.args.ts === consentDm.ts)).toHaveLength(1),
  );
  expect(buttons(blocksOf(fake.callsTo('chat.update').find((c) => c.args.ts === consentDm.ts)))).toEqual([]);
  await app.app.drain();
  await eventually(() =>
    expect(JSON.stringify(channelPosts('DUKARI').map((c) => c.args.text))).toContain('Nora Ny'),
  );

  expect(await openHome(app, 'UMANAGER')).toBe(200);
  await eventually(() => expect(homeText(app, 'UMANAGER')).toContain(ACTIONS.recognise));
  expect(homeText(app, 'UMANAGER')).toContain('Nora Ny');
  const recognise = homeAction('UMANAGER', {
    type: 'button',
    action_id: ACTIONS.recognise,
    value: nomination.id,
  });
  expect((await sendInteraction(app.baseUrl, recognise)).status).toBe(200);
  await eventually(async () =>
    expect((await app.app.runtime.store.content.getNomination(nomination.id))?.status).toBe('recognised'),
  );
  await app.app.drain();
  const recognition = await eventually(() => {
    const post = channelPosts('CREFL').find((c) => JSON.stringify(c.args.blocks).includes('anerkjennelse'));
    expect(post).toBeDefined();
    return post;
  });
  expect(JSON.stringify(recognition?.args.blocks)).toContain('<@UNORA>');
  expect(JSON.stringify(recognition?.args.blocks)).not.toContain('unora');

  // 5. App Home settings, changed from the home tab and shown in the next views.publish.
  expect(await openHome(app, 'UOLA')).toBe(200);
  await eventually(() => expect(homeText(app, 'UOLA')).toContain('Språk'));
  const change = async (action: Record<string, unknown>) => {
    const before = fake.callsTo('views.publish').filter((c) => c.args.user_id === 'UOLA').length;
    expect((await sendInteraction(app.baseUrl, homeAction('UOLA', action))).status).toBe(200);
    await eventually(() =>
      expect(fake.callsTo('views.publish').filter((c) => c.args.user_id === 'UOLA')).toHaveLength(before + 1),
    );
  };
  await change({ type: 'static_select', action_id: 'kp_home_locale', selected_option: option('en') });
  expect(homeText(app, 'UOLA')).toContain('Language');
  await change({ type: 'checkboxes', action_id: 'kp_home_pause', selected_options: [option('paused')] });
  expect(homeText(app, 'UOLA')).toContain('"initial_options"');
  await change({
    type: 'static_select',
    action_id: 'kp_home_sector',
    selected_option: option('helse-og-omsorg'),
  });
  expect(homeText(app, 'UOLA')).toContain(
    '"text":"Health and care","emoji":true},"value":"helse-og-omsorg"}}}',
  );
  const ola = await app.app.runtime.store.people.get('slack:UOLA');
  expect(ola).toMatchObject({
    locale: 'en',
    paused: true,
    sector: 'helse-og-omsorg',
    displayName: 'Ola Hansen',
  });
});
