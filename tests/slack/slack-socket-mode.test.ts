import { afterEach, expect, it } from 'vitest';
import { type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { fixture } from '../support/slack-requests.js';
import { type FakeSocketMode, startFakeSocketMode } from '../support/slack-socket-server.js';

let t: SlackTestApp | undefined;
let socket: FakeSocketMode | undefined;
afterEach(async () => {
  await t?.close();
  await socket?.close();
});

it('Socket Mode: connects with the app token, acks a slash command envelope with the reply', async () => {
  const server = await startFakeSocketMode();
  socket = server;
  t = await startSlackTestApp({
    socket: true,
    configureFake: (fake) => {
      fake.socketUrl = server.url;
    },
  });
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
