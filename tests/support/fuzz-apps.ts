// The whole app on 127.0.0.1:0 per platform, logging through the real logger (debug level) into an array,
// so a fuzz test can look for secrets in exactly what would reach the log.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC } from '@microsoft/teams.api';
import { type RunningApp, startApp } from '../../src/app.js';
import { formatProblems, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import type { PluginFactory } from '../../src/platform-plugin.js';
import { createSlackPlugin } from '../../src/slack/slack-plugin.js';
import { teamsPluginWith } from '../../src/teams/teams-plugin.js';
import { createAppDatabase } from './app-database.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from './fake-teams-connector.js';
import { APP_TOKEN, BOT_TOKEN, SLACK_TEST_CONFIG } from './slack-app.js';
import { SIGNING_SECRET } from './slack-requests.js';

export const FUZZ_SECRET = 'fuzz-kulturpuls-secret-0123456789';
export const TEAMS_CLIENT_ID = '11111111-2222-4333-8444-555555555555';
export const TEAMS_CLIENT_SECRET = 'teams-client-secret-never-logged-42';

export interface FuzzApp {
  app: RunningApp;
  base: string;
  /** Every log line as the real logger wrote it. */
  lines: string[];
  /** The secrets of this setup, none of which may appear in `lines`. */
  secrets: string[];
  slack?: FakeSlackApi;
  teams?: FakeTeamsConnector;
  close(): Promise<void>;
}

async function start(input: {
  yaml: string;
  env: Record<string, string>;
  factories?: Record<string, PluginFactory>;
  secrets: string[];
  cleanup?: () => Promise<void>;
}): Promise<Omit<FuzzApp, 'slack' | 'teams'>> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-fuzz-'));
  const file = join(dir, 'kulturpuls.yaml');
  writeFileSync(file, input.yaml);
  const database = await createAppDatabase(dir);
  const loaded = loadConfig({
    file,
    env: { KULTURPULS_DB: database.url, KULTURPULS_SECRET: FUZZ_SECRET, ...input.env },
  });
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  const lines: string[] = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
  const app = await startApp(config, {
    ...(input.factories ? { factories: input.factories } : {}),
    manualSchedule: true,
    host: '127.0.0.1',
    logger,
  });
  return {
    app,
    base: `http://127.0.0.1:${app.port}`,
    lines,
    secrets: [FUZZ_SECRET, ...input.secrets],
    async close() {
      await app.stop();
      await input.cleanup?.();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startSlackFuzzApp(): Promise<FuzzApp> {
  const slack = await startFakeSlackApi({ botToken: BOT_TOKEN, appToken: APP_TOKEN });
  const started = await start({
    yaml: SLACK_TEST_CONFIG,
    env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.url, SLACK_SIGNING_SECRET: SIGNING_SECRET },
    factories: { slack: createSlackPlugin },
    secrets: [BOT_TOKEN, SIGNING_SECRET],
    cleanup: () => slack.close(),
  });
  return { ...started, slack };
}

export async function startTeamsFuzzApp(options: { authenticated: boolean }): Promise<FuzzApp> {
  const teams = await startFakeTeamsConnector();
  const env: Record<string, string> = options.authenticated
    ? { CLIENT_ID: TEAMS_CLIENT_ID, CLIENT_SECRET: TEAMS_CLIENT_SECRET, TENANT_ID: 'test-tenant' }
    : { TEAMS_ALLOW_UNAUTHENTICATED: 'true' };
  const started = await start({
    yaml: 'organisation: Testkommune\nquietPeriods: []\n',
    env,
    // The SDK validates service tokens against the cloud's OpenID keys; here they are the fake connector's.
    factories: {
      teams: teamsPluginWith({ cloud: { ...PUBLIC, openIdMetadataUrl: teams.openIdMetadataUrl } }),
    },
    secrets: options.authenticated ? [TEAMS_CLIENT_SECRET] : [],
    cleanup: () => teams.close(),
  });
  return { ...started, teams };
}

/** Local mode: no platform credentials, the demo workspace and the page's API. */
export function startLocalFuzzApp(): Promise<FuzzApp> {
  return start({ yaml: 'organisation: Testkommune\n', env: {}, secrets: [] });
}
