import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningApp, startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Clock, Logger } from '../../src/core/ports.js';
import { createTeamsPlugin } from '../../src/teams/teams-plugin.js';
import { createAppDatabase } from './app-database.js';

export interface PlaygroundApp {
  app: RunningApp;
  /** `http://127.0.0.1:<port>/api/messages`, for the Playground's `--app-endpoint`. */
  endpoint: string;
  /** What the app logged at warn and error level. */
  problems: string[];
  /** Fires a schedule now (as `post <id>` does) and delivers what it queued. */
  fire(scheduleId: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The whole app with Teams on, unauthenticated (the Playground does not sign its requests), on a free
 * port of 127.0.0.1 with a temporary database and config.
 */
export async function startPlaygroundApp(input: { yaml: string; clock?: Clock }): Promise<PlaygroundApp> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-playground-app-'));
  const file = join(dir, 'kulturpuls.yaml');
  writeFileSync(file, input.yaml);
  const database = await createAppDatabase(dir);
  const loaded = loadConfig({
    file,
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_SECRET: 'playground-test-secret-0123456789',
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    },
  });
  if (!loaded.ok) throw new Error(`config: ${JSON.stringify(loaded.problems)}`);
  const problems: string[] = [];
  const logger: Logger = {
    debug() {},
    info() {},
    warn: (msg, fields) => problems.push(`warn ${msg} ${JSON.stringify(fields ?? {})}`),
    error: (msg, fields) => problems.push(`error ${msg} ${JSON.stringify(fields ?? {})}`),
  };
  // PORT=0 is not a valid setting; the OS picks a free port here.
  const config = { ...loaded.config, env: { ...loaded.config.env, port: 0 } };
  const app = await startApp(config, {
    factories: { teams: createTeamsPlugin },
    manualSchedule: true,
    host: '127.0.0.1',
    logger,
    ...(input.clock ? { clock: input.clock } : {}),
  });
  return {
    app,
    endpoint: `http://127.0.0.1:${app.port}/api/messages`,
    problems,
    async fire(scheduleId) {
      const schedule = app.runtime.settings.schedules.find((s) => s.id === scheduleId);
      if (!schedule) throw new Error(`no schedule ${scheduleId}`);
      await app.runtime.core.occurrences.fire(schedule, app.runtime.clock.now(), { force: true });
      await app.drain();
    },
    async stop() {
      await app.stop();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
