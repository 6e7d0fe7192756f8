// Shared set-up of the fault tests: a fan-out config, the fakes' environment, stored Teams
// conversation references, and the CLI run in-process against a workspace.
import { runCli } from '../../src/cli/index.js';
import type { Store } from '../../src/core/ports.js';
import { openDatabase, runMigrations } from '../../src/storage/database.js';
import { createSqliteStore } from '../../src/storage/sqlite-store.js';
import type { FakeSlackApi } from './fake-slack-api.js';
import type { FakeTeamsConnector } from './fake-teams-connector.js';
import { PROCESS_SECRET, type Workspace } from './process-harness.js';
import { SIGNING_SECRET } from './slack-requests.js';

export const REL_BOT_TOKEN = 'xoxb-reliability-0000';

export const slackChannel = (i: number) => `CFAN${String(i).padStart(4, '0')}`;
export const teamsChannel = (i: number) => `19:fan${String(i).padStart(4, '0')}@thread.tacv2`;

export interface FanoutOptions {
  slack?: number;
  teams?: number;
  cron?: string;
  graceMinutes?: number;
  kind?: 'pulse' | 'reflection';
  id?: string;
}

/** A config with one schedule posting to `slack` Slack channels and `teams` Teams channels. */
export function fanoutConfig(options: FanoutOptions = {}): string {
  // Interleaved, so a kill lands while both platforms have posts in flight.
  const targets: string[] = [];
  for (let i = 0; i < Math.max(options.slack ?? 0, options.teams ?? 0); i += 1) {
    if (i < (options.slack ?? 0)) targets.push(`slack:channel:${slackChannel(i)}`);
    if (i < (options.teams ?? 0)) targets.push(`teams:channel:${teamsChannel(i)}`);
  }
  return [
    'organisation: Testvik kommune',
    'privacy: { minGroupSize: 3 }',
    'quietPeriods: []',
    'schedules:',
    `  - id: ${options.id ?? 'fanout'}`,
    `    kind: ${options.kind ?? 'pulse'}`,
    `    cron: "${options.cron ?? '0 9 * * 1'}"`,
    '    skipHolidays: false',
    ...(options.graceMinutes !== undefined ? [`    graceMinutes: ${options.graceMinutes}`] : []),
    '    openHours: 48',
    '    statements: 2',
    '    targets:',
    ...targets.map((t) => `      - "${t}"`),
    '',
  ].join('\n');
}

/** Environment that points the bot at the fakes (Slack over HTTP, Teams without a Bot Framework token). */
export function platformEnv(fakes: {
  slack?: FakeSlackApi;
  teams?: FakeTeamsConnector;
}): Record<string, string> {
  return {
    ...(fakes.slack
      ? {
          SLACK_BOT_TOKEN: REL_BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: fakes.slack.url,
        }
      : {}),
    ...(fakes.teams ? { TEAMS_ALLOW_UNAUTHENTICATED: 'true' } : {}),
  };
}

/** A store on the workspace's database, and how to close it. */
export type StoreOpener = (ws: Workspace) => { store: Store; close(): void | Promise<void> };

const openSqliteStore: StoreOpener = (ws) => {
  const db = openDatabase(ws.dbPath);
  runMigrations(db);
  return {
    store: createSqliteStore(db, PROCESS_SECRET),
    close: () => {
      db.close();
    },
  };
};

/** Stores `n` Teams channel references at the fake connector (SQLite unless given another store). */
export async function seedTeamsConversations(
  ws: Workspace,
  n: number,
  serviceUrl: string,
  open: StoreOpener = openSqliteStore,
): Promise<void> {
  const { store, close } = open(ws);
  try {
    const now = new Date().toISOString();
    await store.transaction(async (tx) => {
      for (let i = 0; i < n; i += 1) {
        await tx.teamsConversations.save(
          {
            conversationId: teamsChannel(i),
            conversationType: 'channel',
            tenantId: 'tenant-reliability',
            serviceUrl,
            botId: '28:kulturpuls-bot',
            userAadObjectId: null,
            userId: null,
          },
          now,
        );
      }
    });
  } finally {
    await close();
  }
}

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** `kulturpuls ARGS` in this process with the workspace's environment. */
export async function cli(env: Record<string, string>, args: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    env,
    out: (text) => {
      out += `${text}\n`;
    },
    err: (text) => {
      err += `${text}\n`;
    },
  });
  return { code, out, err };
}
