// The reliability tests' one set-up (`reliabilityRig`): the fakes, a workspace on the run's store with a
// fan-out config, the environment pointing at both, and all of it ended after each test. Also stored
// Teams conversation references, and the CLI run in-process against the workspace.
import { runCli } from '../../src/cli/index.js';
import { openDatabase } from '../../src/storage/database.js';
import { createPgStore } from '../../src/storage/pg/index.js';
import { createSqliteStore } from '../../src/storage/sqlite-store.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from './fake-teams-connector.js';
import {
  type BotProcess,
  createWorkspace,
  endAfterEach,
  PATIENCE_MS,
  PROCESS_SECRET,
  startBot,
  type Workspace,
  type WorkspaceOptions,
  waitFor,
} from './process-harness.js';
import { startInProcess } from './reliability-app.js';
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

/** A store on the workspace's (migrated) database, for writing what a test needs before the bot runs. */
function openStore(ws: Workspace) {
  if (ws.kind === 'postgres') return createPgStore(ws.dbPath, PROCESS_SECRET);
  const db = openDatabase(ws.dbPath);
  return Object.assign(createSqliteStore(db, PROCESS_SECRET), { close: async () => db.close() });
}

/** Stores `n` Teams channel references at the fake connector. */
export async function seedTeamsConversations(ws: Workspace, n: number, serviceUrl: string): Promise<void> {
  const store = openStore(ws);
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
    await store.close();
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

export interface RigOptions extends WorkspaceOptions {
  /** The bot's kulturpuls.yaml, e.g. `fanoutConfig(…)`. */
  config: string;
  /** Also a fake Teams connector (the bot takes Teams activities without a Bot Framework token). */
  teams?: boolean;
}

export interface Rig<Teams extends FakeTeamsConnector | undefined = FakeTeamsConnector | undefined> {
  ws: Workspace;
  slack: FakeSlackApi;
  teams: Teams;
  /** The workspace's environment (as it is now) with the fakes'; add `ws.clockEnv` for a movable clock. */
  readonly env: Record<string, string>;
  /** `kulturpuls ARGS` in this process with `env`. */
  cli(args: string[]): Promise<CliResult>;
  /** `kulturpuls start` as a child process with `env` (and `more`), killed with kill -9 after the test. */
  startBot(more?: Record<string, string>): Promise<BotProcess>;
  /** `n` bots on the workspace, each with its own port and `KULTURPULS_REPLICA_ID` (replica-0 …). */
  startReplicas(n: number): Promise<BotProcess[]>;
  /** The whole app in this process (port 0, manual schedule, a clock from `start`), stopped after the test. */
  startApp(start?: Date): ReturnType<typeof startInProcess>;
  /** Waits until nothing in the outbox is pending or sending. */
  drained(what?: string, timeoutMs?: number): Promise<void>;
  /** The one pulse in the database and its statements. */
  readPulse(): Promise<{ id: string; questions: string[] }>;
}

/**
 * The reliability tests' set-up, in one place: `setUp` starts a fake Slack API (and Teams connector),
 * makes a migrated workspace on the run's store with `config`, and gives the environment that points
 * the bot at them. After each test the bots are killed first (kill -9), then everything else is ended
 * in reverse order, `track`ed values included.
 */
export function reliabilityRig() {
  const { bots, track } = endAfterEach();
  async function setUp<O extends RigOptions>(
    options: O,
  ): Promise<Rig<O['teams'] extends true ? FakeTeamsConnector : undefined>> {
    const slack = track(await startFakeSlackApi({ botToken: REL_BOT_TOKEN }), (fake) => fake.close());
    const teams = (
      options.teams ? track(await startFakeTeamsConnector(), (fake) => fake.close()) : undefined
    ) as O['teams'] extends true ? FakeTeamsConnector : undefined;
    const ws = track(await createWorkspace(options), (workspace) => workspace.remove());
    ws.writeConfig(options.config);
    const rig: Rig<typeof teams> = {
      ws,
      slack,
      teams,
      get env() {
        return { ...ws.env, ...platformEnv({ slack, teams }) };
      },
      cli: (args) => cli(rig.env, args),
      async startBot(more = {}) {
        const bot = await startBot({ ...rig.env, ...more });
        bots.push(bot);
        return bot;
      },
      startReplicas: (n) =>
        Promise.all(
          Array.from({ length: n }, (_, i) => rig.startBot({ KULTURPULS_REPLICA_ID: `replica-${i}` })),
        ),
      startApp: async (start) =>
        track(await startInProcess(rig.env, { slack, ...(teams ? { teams } : {}) }, start), (running) =>
          running.app.stop(),
        ),
      async drained(what = 'the outbox to drain', timeoutMs = PATIENCE_MS) {
        await waitFor(
          async () => {
            const counts = await ws.outboxCounts();
            return (counts.pending ?? 0) + (counts.sending ?? 0) === 0;
          },
          what,
          timeoutMs,
        );
      },
      async readPulse() {
        const [row] = await ws.rows<{ id: string; q: string | string[] }>(
          'SELECT id, question_ids AS q FROM pulses',
        );
        if (!row) throw new Error('no pulse');
        return { id: row.id, questions: typeof row.q === 'string' ? (JSON.parse(row.q) as string[]) : row.q };
      },
    };
    return rig;
  }
  return { setUp, bots, track };
}
