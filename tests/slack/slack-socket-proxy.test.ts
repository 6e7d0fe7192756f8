// Socket Mode behind a municipal proxy: the WebSocket to Slack is tunnelled through HTTPS_PROXY like
// the Web API calls, and goes direct when NO_PROXY names its host.
import { afterEach, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { createSlackPlugin, type SlackPlugin } from '../../src/slack/slack-plugin.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { eventually } from '../support/slack-app.js';
import { type ConnectProxy, configFor, startConnectProxy } from '../support/slack-connect.js';
import { fixture } from '../support/slack-requests.js';
import { type FakeSocketMode, startFakeSocketMode } from '../support/slack-socket-server.js';

const BOT = 'xoxb-test-0000-kulturpuls';
const APP = 'xapp-test-0000-kulturpuls';
const YAML = 'organisation: Testkommune\nquietPeriods: []\nschedules: []\n';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(): Promise<{ fake: FakeSlackApi; socket: FakeSocketMode; proxy: ConnectProxy }> {
  const fake = await startFakeSlackApi({ botToken: BOT, appToken: APP });
  cleanups.push(() => fake.close());
  const socket = await startFakeSocketMode();
  cleanups.push(() => socket.close());
  fake.socketUrl = socket.url;
  const proxy = await startConnectProxy();
  cleanups.push(() => proxy.close());
  return { fake, socket, proxy };
}

async function start(env: Record<string, string>): Promise<RunningApp> {
  const { config, cleanup } = await configFor(YAML, env);
  cleanups.push(cleanup);
  const app = await startApp(config, {
    factories: { slack: (context) => createSlackPlugin(context, { backoffMs: () => 100 }) },
    manualSchedule: true,
    host: '127.0.0.1',
  });
  cleanups.push(() => app.stop());
  return app;
}

async function commandAnswered(socket: FakeSocketMode, envelopeId: string) {
  const command = { ...fixture<Record<string, string>>('slack-command'), text: 'lang en' };
  const ack = await socket.send('slash_commands', command, envelopeId);
  expect(ack.payload).toMatchObject({ text: 'The language is now English.' });
}

it('HTTPS_PROXY carries the Socket Mode WebSocket as well as the Web API calls', async () => {
  const { fake, socket, proxy } = await setUp();
  const app = await start({
    SLACK_BOT_TOKEN: BOT,
    SLACK_APP_TOKEN: APP,
    SLACK_API_URL: fake.url,
    HTTPS_PROXY: proxy.url,
  });
  await eventually(() => expect((app.plugins.slack as SlackPlugin).status().state).toBe('connected'));
  expect(socket.connections()).toBe(1);
  const api = new URL(fake.url).host;
  const ws = new URL(socket.url).host;
  expect(new Set(proxy.tunnels)).toEqual(new Set([api, ws]));
  await commandAnswered(socket, 'env-proxied');
});

it('NO_PROXY naming the WebSocket host lets only the WebSocket go direct', async () => {
  const { fake, socket, proxy } = await setUp();
  const ws = new URL(socket.url).host;
  const app = await start({
    SLACK_BOT_TOKEN: BOT,
    SLACK_APP_TOKEN: APP,
    SLACK_API_URL: fake.url,
    https_proxy: proxy.url,
    no_proxy: `intranet.kommune.no, ${ws}`,
  });
  await eventually(() => expect((app.plugins.slack as SlackPlugin).status().state).toBe('connected'));
  expect(socket.connections()).toBe(1);
  expect(proxy.tunnels.length).toBeGreaterThan(0);
  expect(proxy.tunnels).not.toContain(ws);
  expect(new Set(proxy.tunnels)).toEqual(new Set([new URL(fake.url).host]));
  await commandAnswered(socket, 'env-direct');
});
