// A fresh database (real migrations, WAL) with one open pulse for the votes to land on.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { WORK } from '../lib/proc.js';
import { knownVoters, SIGNING_SECRET, type VoteTarget } from './requests.js';

export const BENCH_SECRET = 'bench-kulturpuls-secret-0123456789';
export const BOT_TOKEN = 'xoxb-bench-0000-kulturpuls';

const CONFIG = `organisation: Benchkommune
privacy: { minGroupSize: 3 }
quietPeriods: []
schedules:
  - id: pulse
    kind: pulse
    cron: "0 9 29 2 *"
    skipHolidays: false
    statements: 4
    openHours: 48
    targets: [slack:channel:CPULSE]
`;

export interface PreparedDb {
  dir: string;
  dbPath: string;
  configPath: string;
  target: VoteTarget;
}

export interface PrepareOptions {
  /** When the pulse opened (default now); it stays open 48 hours. */
  openedAt?: Date;
  /** More data in the same runtime, after the pulse is open. */
  seed?: (runtime: Runtime) => void | Promise<void>;
  /** The voters stored as people who have met the bot before (requests.ts, `knownVoters`). */
  knownVoters?: boolean;
}

/** `name` gets its own directory under bench/work with a migrated database and one open pulse. */
export async function prepareVoteDb(name: string, options: PrepareOptions = {}): Promise<PreparedDb> {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const configPath = join(dir, 'kulturpuls.yaml');
  const dbPath = join(dir, 'kulturpuls.db');
  writeFileSync(configPath, CONFIG);
  const loaded = loadConfig({
    file: configPath,
    env: { KULTURPULS_DB: dbPath, KULTURPULS_SECRET: BENCH_SECRET, LOG_LEVEL: 'error' },
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const runtime = await openRuntime(loaded.config, { logger: silentLogger });
  try {
    const schedule = runtime.settings.schedules.find((s) => s.id === 'pulse');
    if (!schedule) throw new Error('no pulse schedule');
    const at = options.openedAt ?? new Date();
    await runtime.core.occurrences.fire(schedule, at, { force: true, now: at });
    const pulse = (await runtime.core.pulses.openPulses())[0];
    if (!pulse) throw new Error('no open pulse after firing the schedule');
    if (options.knownVoters) {
      const now = at.toISOString();
      await runtime.store.transaction(async (tx) => {
        for (const person of knownVoters()) await tx.people.upsert(person, now);
      });
    }
    await options.seed?.(runtime);
    return { dir, dbPath, configPath, target: { pulseId: pulse.id, questionIds: pulse.questionIds } };
  } finally {
    await runtime.close();
  }
}

/** Environment for `kulturpuls start` on this database, Slack over HTTP and Teams unauthenticated. */
export function serverEnv(db: PreparedDb, port: number, slackApiUrl: string): Record<string, string> {
  return {
    PORT: String(port),
    KULTURPULS_DB: db.dbPath,
    KULTURPULS_CONFIG: db.configPath,
    KULTURPULS_SECRET: BENCH_SECRET,
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApiUrl,
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
  };
}
