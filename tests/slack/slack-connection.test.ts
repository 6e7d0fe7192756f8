// Slack connects in the background: an unreachable Slack never holds up the scheduler, the outbox or
// another platform, and /healthz says what Slack's connection is doing.
import { afterEach, describe, expect, it } from 'vitest';
import { pluginContext, type RunningApp, startApp } from '../../src/app.js';
import { parseEnv } from '../../src/config/env.js';
import type { Logger } from '../../src/core/ports.js';
import { createLocalPlugin } from '../../src/local/local-plugin.js';
import { openRuntime } from '../../src/runtime.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { bypassesProxy } from '../../src/slack/proxy.js';
import { createSlackPlugin, type SlackPlugin } from '../../src/slack/slack-plugin.js';
import { healthRoutes } from '../../src/web/health.js';
import { createWebServer } from '../../src/web/server.js';
import { startFakeSlackApi } from '../support/fake-slack-api.js';
import { eventually } from '../support/slack-app.js';
import { configFor, refusingPort, startConnectProxy } from '../support/slack-connect.js';
import { startFakeSocketMode } from '../support/slack-socket-server.js';

const BOT = 'xoxb-test-0000-kulturpuls';
const APP = 'xapp-test-0000-kulturpuls';
const YAML = `
organisation: Testkommune
quietPeriods: []
schedules:
  - id: reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: [slack:channel:CREFL, local:channel:innovasjon]
`;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function recordingLogger() {
  const lines: { level: string; msg: string }[] = [];
  const at = (level: string) => (msg: string) => void lines.push({ level, msg });
  const logger: Logger = { debug: () => {}, info: at('info'), warn: at('warn'), error: at('error') };
  return { logger, lines };
}

async function start(env: Record<string, string>, logger?: Logger): Promise<RunningApp> {
  const { config, cleanup } = await configFor(YAML, env);
  cleanups.push(cleanup);
  const app = await startApp(config, {
    factories: {
      slack: (context) => createSlackPlugin(context, { backoffMs: () => 100 }),
      local: createLocalPlugin,
    },
    manualSchedule: true,
    host: '127.0.0.1',
    ...(logger ? { logger } : {}),
  });
  cleanups.push(() => app.stop());
  return app;
}

const slackOf = (app: RunningApp) => app.plugins.slack as SlackPlugin;

/** The fake Web API handing out the fake Socket Mode server's address, both closed after the test. */
async function fakeSlackWithSocket() {
  const fake = await startFakeSlackApi({ botToken: BOT, appToken: APP });
  cleanups.push(() => fake.close());
  const socket = await startFakeSocketMode();
  cleanups.push(() => socket.close());
  fake.socketUrl = socket.url;
  return { fake, socket };
}

/** The health routes as the app wires them, with each plugin's `status()`. */
async function healthOf(app: RunningApp) {
  const web = createWebServer(
    [
      healthRoutes({
        store: app.runtime.store,
        core: app.runtime.core,
        platforms: { ...app.runtime.config.platforms },
        deliveryStats: () => ({
          sent: 0,
          retried: 0,
          failed: 0,
          recovered: 0,
          assumedSent: 0,
          fenced: 0,
          retriedByCode: {},
          backoffMs: 0,
          rateLimitedMs: 0,
          platforms: {},
        }),
        startedAt: new Date(),
        platformStatus: () => ({ slack: slackOf(app).status() }),
      }),
    ],
    app.runtime.logger,
  );
  const port = await web.listen(0, '127.0.0.1');
  cleanups.push(() => web.close());
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  return (await res.json()) as {
    status: string;
    platforms: Record<string, { state?: string; detail?: string }>;
  };
}

describe('Slack not reachable', () => {
  it('Socket Mode: the app starts, the scheduler and the outbox keep working, /healthz says connecting', async () => {
    const port = await refusingPort();
    // Slack never answers here: an app that waited for it would not start at all.
    const app = await start({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
    });
    const schedule = app.runtime.settings.schedules[0];
    if (!schedule) throw new Error('no schedule');
    await app.runtime.core.occurrences.fire(schedule, new Date(), { force: true });
    await app.drain();
    expect(await app.runtime.store.feed.list({ channel: 'innovasjon' })).toHaveLength(1);

    const health = await healthOf(app);
    expect(health.platforms.slack?.state).toBe('connecting');
    expect(health.platforms.slack?.detail).toMatch(/^auth\.test: ECONNREFUSED; retry \d+ in/);
    expect(health.status).toBe('degraded');
  });

  it('keeps retrying with backoff and connects once Slack answers', async () => {
    const { fake } = await fakeSlackWithSocket();
    fake.failNext('auth.test', { status: 500 }, { reset: 'before' });
    fake.failNext('apps.connections.open', { status: 500 });
    const app = await start({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.url });
    expect(slackOf(app).status().state).toBe('connecting');
    await eventually(() => expect(slackOf(app).status()).toEqual({ state: 'connected' }));
    expect(fake.callsTo('auth.test')).toHaveLength(3);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2);
    expect((await healthOf(app)).platforms.slack?.state).toBe('connected');
  });

  it('Socket Mode: a dropped connection is reported and connected again', async () => {
    const { fake, socket } = await fakeSlackWithSocket();
    const app = await start({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.url });
    await eventually(() => expect(slackOf(app).status().state).toBe('connected'));
    socket.drop();
    await eventually(() => expect(socket.connections()).toBe(2));
    await eventually(() => expect(slackOf(app).status()).toEqual({ state: 'connected' }));
    expect(fake.callsTo('apps.connections.open')).toHaveLength(2);
  });

  it('Socket Mode: a WebSocket that cannot connect is retried, never an uncaught error', async () => {
    const fake = await startFakeSlackApi({ botToken: BOT, appToken: APP });
    cleanups.push(() => fake.close());
    fake.socketUrl = `ws://127.0.0.1:${await refusingPort()}/link`;
    const app = await start({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.url });
    await eventually(() => expect(fake.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(2));
    expect(slackOf(app).status().state).toBe('connecting');
    // apps.connections.open answered with the URL; only the WebSocket to it failed, and that is said.
    const { detail } = (await healthOf(app)).platforms.slack ?? {};
    expect(detail).toMatch(/^Socket Mode WebSocket: \S+; retry \d+ in \d+ s$/);
    expect(detail).not.toContain('apps.connections.open');
  });

  it('Socket Mode: apps.connections.open failing is named as that step', async () => {
    const { fake } = await fakeSlackWithSocket();
    // Answered, but refused for now (Socket Mode's own client would retry an HTTP 500 by itself).
    fake.failNext('apps.connections.open', { error: 'internal_error' });
    const retries: unknown[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      error: () => {},
      warn: (msg, fields) => {
        if (msg === 'slack: not reachable, retrying') retries.push(fields?.error);
      },
    };
    const app = await start({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: fake.url }, logger);
    await eventually(() => expect(slackOf(app).status()).toEqual({ state: 'connected' }));
    expect(retries).toEqual(['apps.connections.open: internal_error']);
  });
});

describe('a refused token', () => {
  it.each([
    ['SLACK_BOT_TOKEN', { SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_APP_TOKEN: APP }, /auth\.test: invalid_auth/],
    [
      'SLACK_APP_TOKEN',
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xapp-wrong' },
      /apps\.connections\.open: invalid_auth/,
    ],
  ])('%s: start fails with one line naming the token, no stack', async (name, env, pattern) => {
    const fake = await startFakeSlackApi({ botToken: BOT, appToken: APP });
    cleanups.push(() => fake.close());
    const { config, cleanup } = await configFor(YAML, { ...env, SLACK_API_URL: fake.url });
    cleanups.push(cleanup);
    const { logger, lines } = recordingLogger();
    const runtime = await openRuntime(config, { logger });
    cleanups.push(() => runtime.close());
    const plugin = createSlackPlugin(pluginContext(runtime, createScheduler(runtime.core, logger)), {
      backoffMs: () => 100,
    });
    cleanups.push(() => plugin.stop?.());
    const error = await plugin.start?.().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(pattern);
    expect(error?.message).toContain(name);
    expect(error?.stack).not.toContain('\n');
    expect(plugin.status().state).toBe('error');
    expect(lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual([
      expect.stringMatching(pattern),
    ]);
  });
});

describe('an outbound proxy', () => {
  it('HTTPS_PROXY carries the Web API calls; NO_PROXY lets a host go direct', async () => {
    const fake = await startFakeSlackApi({ botToken: BOT });
    cleanups.push(() => fake.close());
    const proxy = await startConnectProxy();
    cleanups.push(() => proxy.close());
    const base = { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: fake.url };
    const host = new URL(fake.url).host;

    const proxied = await start({ ...base, HTTPS_PROXY: proxy.url, NO_PROXY: 'intranet.kommune.no' });
    expect(slackOf(proxied).status().state).toBe('connected');
    expect(proxy.tunnels).toEqual([host]);

    const direct = await start({ ...base, https_proxy: proxy.url, no_proxy: '127.0.0.1' });
    expect(slackOf(direct).status().state).toBe('connected');
    expect(proxy.tunnels).toEqual([host]);
    expect(fake.callsTo('auth.test')).toHaveLength(2);
  });
});

describe('proxy settings', () => {
  it.each([
    ['https://slack.com/api/', ['*'], true],
    ['https://slack.com/api/', ['slack.com'], true],
    ['https://wss-primary.slack.com/link', ['.slack.com'], true],
    ['https://slack.com/api/', ['notslack.com'], false],
    ['https://slack.com/api/', ['slack.com:8443'], false],
    ['https://slack.com:8443/api/', ['slack.com:8443'], true],
    ['http://127.0.0.1:9000/api/', ['127.0.0.1'], true],
    ['https://slack.com/api/', [], false],
  ])('%s with NO_PROXY %j goes direct: %s', (url, noProxy, direct) => {
    expect(bypassesProxy(url, noProxy)).toBe(direct);
  });

  it('reads HTTPS_PROXY and NO_PROXY, and refuses a proxy that is not a URL', () => {
    const ok = parseEnv({ HTTPS_PROXY: 'http://proxy.kommune.no:3128', NO_PROXY: 'intern.no, .kommune.no' });
    expect(ok.ok && ok.env.proxy).toEqual({
      url: 'http://proxy.kommune.no:3128',
      noProxy: ['intern.no', '.kommune.no'],
    });
    const bad = parseEnv({ HTTPS_PROXY: 'proxy.kommune.no' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['env.HTTPS_PROXY']);
  });
});
