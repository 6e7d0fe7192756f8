// Starts the whole app with the Slack plugin against the fake Web API, on 127.0.0.1, port 0.
import { type RunningApp, startApp } from '../../src/app.js';
import type { Clock, Logger } from '../../src/core/ports.js';
import { createSlackPlugin } from '../../src/slack/slack-plugin.js';
import { appCount, appRows } from './app-database.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { configFor } from './slack-connect.js';
import { SIGNING_SECRET, sendCommand } from './slack-requests.js';

export const BOT_TOKEN = 'xoxb-test-0000-kulturpuls';
export const APP_TOKEN = 'xapp-test-0000-kulturpuls';

export const SLACK_TEST_CONFIG = `
organisation: Testkommune
publicUrl: http://127.0.0.1:9/kp
privacy: { minGroupSize: 3 }
channelSectors:
  "slack:channel:CREFL": oppvekst
# Roles by e-mail (looked up with users.info). Person keys such as slack:UADMIN do not match
# today: people.roles() lower-cases the configured entry but not the key (reported to the lead).
roles:
  admins: [admin@kommune.example]
  leads: [leder@kommune.example]
  managers: [manager@kommune.example]
quietPeriods: []
schedules:
  - id: reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: [slack:channel:CREFL]
  - id: pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 3
    openHours: 48
    targets: [slack:channel:CPULSE]
  - id: learning
    kind: learning
    cron: "0 13 * * 1-5"
    skipHolidays: false
    targets: [slack:channel:CREFL]
  - id: digest
    kind: digest
    cron: "0 9 * * 1-5"
    skipHolidays: false
    targets: [slack:channel:CLEADS]
`;

export interface SlackTestApp {
  app: RunningApp;
  fake: FakeSlackApi;
  baseUrl: string;
  logs: { level: string; msg: string; fields?: Record<string, unknown> }[];
  /** Counts rows of a table in the app's database. */
  count(table: string): Promise<number>;
  /** Rows of a query on the app's database, `?` placeholders (SQLite or PostgreSQL). */
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export function mutableClock(start = new Date()): Clock & { set(d: Date): void; advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    set: (d) => {
      now = d;
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

export async function startSlackTestApp(
  options: {
    socket?: boolean;
    clock?: Clock;
    configureFake?: (fake: FakeSlackApi) => void;
    /** The config file, instead of SLACK_TEST_CONFIG. */
    yaml?: string;
    /** More environment (HTTPS_PROXY …), given the fake Slack API it is for. */
    env?: (fake: FakeSlackApi) => Record<string, string>;
  } = {},
): Promise<SlackTestApp> {
  const fake = await startFakeSlackApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  fake.users.UADMIN = { name: 'Ada Admin', email: 'admin@kommune.example' };
  fake.users.UMANAGER = { name: 'Mona Manager', email: 'manager@kommune.example' };
  options.configureFake?.(fake);
  const { config, cleanup } = await configFor(options.yaml ?? SLACK_TEST_CONFIG, {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.url,
    ...(options.socket ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ...options.env?.(fake),
  });
  const logs: SlackTestApp['logs'] = [];
  const record = (level: string) => (msg: string, fields?: Record<string, unknown>) =>
    logs.push({ level, msg, ...(fields ? { fields } : {}) });
  const logger: Logger = {
    debug: () => {},
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
  const app = await startApp(config, {
    factories: { slack: createSlackPlugin },
    manualSchedule: true,
    host: '127.0.0.1',
    logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    app,
    fake,
    baseUrl: `http://127.0.0.1:${app.port}`,
    logs,
    count: (table) => appCount(app.runtime, table),
    rows: (sql, ...params) => appRows(app.runtime, sql, ...params),
    async close() {
      await app.stop();
      await fake.close();
      await cleanup();
    },
  };
}

/** `YYYY-MM` in Oslo now, or `offset` months from now. */
export function osloMonth(offset = 0): string {
  const month = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .slice(0, 7);
  const [year, m] = month.split('-').map(Number) as [number, number];
  const shifted = new Date(Date.UTC(year, m - 1 + offset, 1));
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Waits until `check` passes (listeners run after the HTTP ack); `check` may be asynchronous. The
 * budget is generous, for a busy machine: a passing check never waits it out.
 */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * An admin's `post pulse` (the test config posts it to #CPULSE): once Slack has the post, the open
 * pulse, its post and its first statement.
 */
export async function postPulse(app: SlackTestApp) {
  await sendCommand(app.baseUrl, { user_id: 'UADMIN', text: 'post pulse' });
  const post = await eventually(() => {
    const posted = app.fake.messages.find((m) => m.channel === 'CPULSE');
    if (!posted) throw new Error('no pulse post yet');
    return posted;
  });
  const pulse = (await app.app.runtime.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('no open pulse');
  return { pulse, post, q: pulse.questionIds[0] as string };
}

/** chat.postMessage calls other than the onboarding DM everyone gets the first time they meet the bot. */
export function postsBesidesOnboarding(fake: FakeSlackApi) {
  return fake.callsTo('chat.postMessage').filter((c) => {
    const meta = c.args.metadata as { event_payload?: { key?: string } } | undefined;
    return !meta?.event_payload?.key?.startsWith('onboarding|');
  });
}

/** The onboarding DMs sent, by user id. */
export function onboardedUsers(fake: FakeSlackApi): string[] {
  return fake
    .callsTo('chat.postMessage')
    .map(
      (c) => (c.args.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key ?? '',
    )
    .filter((key) => key.startsWith('onboarding|'))
    .map((key) => key.split(':').at(-1) ?? '');
}
