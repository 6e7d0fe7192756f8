import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { PluginFactory } from '../../src/platform-plugin.js';
import { createTeamsPlugin } from '../../src/teams/teams-plugin.js';
import { createAppDatabase } from './app-database.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from './fake-teams-connector.js';
import { TEAMS_CHANNEL } from './teams-activities.js';

export interface TeamsTestApp {
  app: RunningApp;
  connector: FakeTeamsConnector;
  clock: { now(): Date; advance(ms: number): void };
  /** POSTs an activity to /api/messages; the parsed JSON answer (or null) with the status. */
  post(activity: object, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  base: string;
  /** Delivers what is due and waits for deliveries started by `kickOutbox` to finish. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startTeamsTestApp(input: {
  yaml: string;
  env?: Record<string, string>;
  plugin?: (connector: FakeTeamsConnector) => PluginFactory;
}): Promise<TeamsTestApp> {
  const connector = await startFakeTeamsConnector();
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-teams-'));
  const file = join(dir, 'kulturpuls.yaml');
  writeFileSync(file, input.yaml);
  const database = await createAppDatabase(dir);
  const loaded = loadConfig({
    file,
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_SECRET: 'teams-test-secret-0123456789',
      LOG_LEVEL: 'error',
      ...(input.env ?? { TEAMS_ALLOW_UNAUTHENTICATED: 'true' }),
    },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  let now = Date.now();
  const clock = {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
  const silent = { debug() {}, info() {}, warn() {}, error() {} };
  const app = await startApp(loaded.config, {
    factories: { teams: input.plugin ? input.plugin(connector) : createTeamsPlugin },
    manualSchedule: true,
    host: '127.0.0.1',
    port: 0,
    clock,
    logger: silent,
  });
  const base = `http://127.0.0.1:${app.port}`;
  const settle = async () => {
    for (let round = 0; round < 100; round++) {
      await app.drain();
      if ((await app.runtime.store.outbox.counts()).sending === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return {
    settle,
    app,
    connector,
    clock,
    base,
    async post(activity, headers = {}) {
      // No keep-alive: port 0 can hand the next test's server the same port, and a pooled socket to
      // the closed server would fail the first request.
      const res = await postJson(`${base}/api/messages`, activity, headers);
      return { status: res.status, body: res.text ? JSON.parse(res.text) : null };
    },
    async close() {
      await settle();
      await app.stop();
      await connector.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postJson(
  url: string,
  body: object,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** A config with one weekly pulse to the test team's channel; `roles` and `extra` are YAML lines. */
export function teamsPulseYaml(input: { roles: string; extra?: string }): string {
  return `
defaultLocale: nb
privacy: { minGroupSize: 3 }
${input.extra ?? ''}
quietPeriods: []
roles:
${input.roles}
schedules:
  - id: weekly-pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 3
    openHours: 48
    targets: ["teams:channel:${TEAMS_CHANNEL}"]
`;
}
