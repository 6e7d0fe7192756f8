import { afterEach, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { buttonClick, fixture } from '../support/slack-requests.js';
import { type FakeSocketMode, startFakeSocketMode } from '../support/slack-socket-server.js';

let t: SlackTestApp | undefined;
let socket: FakeSocketMode | undefined;
afterEach(async () => {
  await t?.close();
  await socket?.close();
});

async function startSocketApp(): Promise<{ t: SlackTestApp; server: FakeSocketMode }> {
  const server = await startFakeSocketMode();
  socket = server;
  t = await startSlackTestApp({
    socket: true,
    configureFake: (fake) => {
      fake.socketUrl = server.url;
    },
  });
  return { t, server };
}

it('Socket Mode: connects with the app token, acks a slash command envelope with the reply', async () => {
  const { t, server } = await startSocketApp();
  const open = t.fake.callsTo('apps.connections.open');
  expect(open).toHaveLength(1);
  expect(open[0]?.token).toMatch(/^xapp-/);
  // No HTTP endpoint in Socket Mode.
  expect((await fetch(`${t.baseUrl}/slack/events`, { method: 'POST' })).status).toBe(404);

  const command = { ...fixture<Record<string, string>>('slack-command'), text: 'lang en' };
  const ack = await server.send('slash_commands', command, 'env-0001');
  expect(ack.envelope_id).toBe('env-0001');
  expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: 'The language is now English.' });
  expect((await t.app.runtime.store.people.get('slack:UEMPLOYEE'))?.locale).toBe('en');
});

it('Socket Mode: every envelope is acknowledged once, with no "ack() has already been called"', async () => {
  const { t, server } = await startSocketApp();
  const command = { ...fixture<Record<string, string>>('slack-command'), text: 'help' };
  // A known button, an unknown one (from an older version: acknowledged all the same), an event.
  const known = fixture('slack-block-action');
  const unknown = {
    ...known,
    actions: [{ type: 'button', action_id: 'kp_retired_button', value: 'x', action_ts: '1.2' }],
  };
  const acks = [
    await server.send('slash_commands', command, 'env-cmd'),
    await server.send('interactive', known, 'env-known'),
    await server.send('interactive', unknown, 'env-unknown'),
    await server.send('events_api', fixture('slack-app-home-opened'), 'env-event'),
  ];
  expect(acks.map((a) => a.envelope_id)).toEqual(['env-cmd', 'env-known', 'env-unknown', 'env-event']);
  // The home view is published once the event's listener has run: then every listener is done.
  await expect.poll(() => t.fake.callsTo('views.publish').length).toBeGreaterThan(0);
  const doubled = t.logs.filter((l) => /already been called|ack_multiple/i.test(l.msg));
  expect(doubled).toEqual([]);
});

it('Socket Mode: a pulse vote goes through Bolt, is stored and answered like one over HTTP', async () => {
  const { t, server } = await startSocketApp();
  const pulse = await t.app.runtime.core.pulses.open({ occurrenceKey: null, statements: 4, openHours: 48 });
  const q = pulse.questionIds[0] as string;
  const click = buttonClick('UVOTER', 'CPULSE', `${ACTIONS.pulseVote}:${q}:4`, `${pulse.id}|${q}|4`);
  const ack = await server.send('interactive', click, 'env-vote');
  expect(ack.envelope_id).toBe('env-vote');
  expect(await t.count('pulse_answers')).toBe(1);
  await expect.poll(() => t.fake.callsTo('chat.postEphemeral').length).toBe(1);
  expect(t.fake.callsTo('chat.postEphemeral')[0]?.args).toMatchObject({ channel: 'CPULSE', user: 'UVOTER' });
});
