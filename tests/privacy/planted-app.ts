// One Kulturpuls started the production way, with Slack and Teams on one data folder: platform
// credentials set, KULTURPULS_SECRET in the environment (never a file), requests signed as the
// platforms sign them, against the local fake Slack Web API and Bot Framework connector.
import { dirname } from 'node:path';
import { PUBLIC } from '@microsoft/teams.api';
import { App } from '@microsoft/teams.apps';
import { vi } from 'vitest';
import { type RunningApp, startApp } from '../../src/app.js';
import { createSlackPlugin } from '../../src/slack/slack-plugin.js';
import { teamsPluginWith } from '../../src/teams/teams-plugin.js';
import { appRows } from '../support/app-database.js';
import { onPostgres } from '../support/database.js';
import { type FakeSlackApi, startFakeSlackApi } from '../support/fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../support/fake-teams-connector.js';
import { BOT_TOKEN, mutableClock } from '../support/slack-app.js';
import { configFor } from '../support/slack-connect.js';
import { SIGNING_SECRET } from '../support/slack-requests.js';
import { signServiceToken, TEAMS_TENANT } from '../support/teams-activities.js';
import { SLACK_PEOPLE } from './planted-people.js';

export const PLANTED_SECRET = 'planted-attack-secret-4f1c2a9e7b3d5f60';
const CLIENT_ID = '0b5e55ed-1234-4abc-9def-00000000c1d0';
export const TEAMS_PULSE_CHANNEL = '19:plnt-general@thread.tacv2';

const YAML = `
organisation: Plantevik kommune
publicUrl: https://kulturpuls.plantevik.example
defaultLocale: nb
privacy: { minGroupSize: 3 }
quietPeriods: []
schedules:
  - id: pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 3
    openHours: 48
    targets: [slack:channel:CPULSE, "teams:channel:${TEAMS_PULSE_CHANNEL}"]
`;

export interface PlantedApp {
  app: RunningApp;
  slack: FakeSlackApi;
  teams: FakeTeamsConnector;
  clock: ReturnType<typeof mutableClock>;
  /** The data folder on SQLite (the database file's folder); the database URL on PostgreSQL. */
  dataFolder: string;
  databaseUrl: string;
  /** The bearer header of a Bot Framework service token for an inbound activity. */
  teamsAuth(): Record<string, string>;
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Stops the app as a shutdown does (SQLite checkpoints its WAL into the database file). */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export async function startPlantedApp(start: Date): Promise<PlantedApp> {
  const slack = await startFakeSlackApi({ botToken: BOT_TOKEN });
  for (const p of SLACK_PEOPLE)
    slack.users[p.id] = { name: p.name, realName: p.realName, handle: p.handle, email: p.email };
  const teams = await startFakeTeamsConnector();
  const sign = (audience: string) =>
    signServiceToken({
      privateKey: teams.privateKey,
      keyId: teams.keyId,
      audience,
      serviceUrl: teams.url,
    });
  // Platform quirk: the bot's own token comes from Entra ID (login.microsoftonline.com), which a test
  // on 127.0.0.1 cannot reach; the connector here takes any bearer token.
  const sdk = App.prototype as unknown as { getBotToken(): Promise<unknown> };
  const botToken = vi.spyOn(sdk, 'getBotToken').mockImplementation(async () => sign('bot'));
  const { config, cleanup } = await configFor(YAML, {
    KULTURPULS_SECRET: PLANTED_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    CLIENT_ID,
    CLIENT_SECRET: 'planted-client-secret-not-used-offline',
    TENANT_ID: TEAMS_TENANT,
  });
  const clock = mutableClock(start);
  const silent = { debug() {}, info() {}, warn() {}, error() {} };
  const app = await startApp(config, {
    factories: {
      slack: createSlackPlugin,
      // The SDK validates service tokens against the cloud's OpenID keys; here the connector's.
      teams: teamsPluginWith({ cloud: { ...PUBLIC, openIdMetadataUrl: teams.openIdMetadataUrl } }),
    },
    manualSchedule: true,
    host: '127.0.0.1',
    logger: silent,
    clock,
  });
  const databaseUrl = config.env.dbPath;
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    stopped ??= app.stop();
    return stopped;
  };
  return {
    app,
    slack,
    teams,
    clock,
    dataFolder: onPostgres ? databaseUrl : dirname(databaseUrl),
    databaseUrl,
    teamsAuth: () => ({ authorization: `Bearer ${sign(CLIENT_ID)}` }),
    rows: (sql, ...params) => appRows(app.runtime, sql, ...params),
    stop,
    async close() {
      await stop();
      await slack.close();
      await teams.close();
      botToken.mockRestore();
      await cleanup();
    },
  };
}
