// The whole app in this process (port 0, manual schedule, a movable clock) against the fakes, for the
// fault tests that need to reach into the live database connection.
import { type RunningApp, startApp } from '../../src/app.js';
import { formatProblems, loadConfig } from '../../src/config.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { createSlackPlugin } from '../../src/slack/slack-plugin.js';
import { createTeamsPlugin } from '../../src/teams/teams-plugin.js';
import type { FakeSlackApi } from './fake-slack-api.js';
import type { FakeTeamsConnector } from './fake-teams-connector.js';
import { mutableClock } from './slack-app.js';

/** `env` has the workspace's and the fakes' variables; a platform runs when its fake is given. */
export async function startInProcess(
  env: Record<string, string>,
  fakes: { slack?: FakeSlackApi; teams?: FakeTeamsConnector },
  start = new Date(),
) {
  const result = loadConfig({ env });
  if (!result.ok) throw new Error(formatProblems(result.problems));
  const clock = mutableClock(start);
  const app: RunningApp = await startApp(
    { ...result.config, env: { ...result.config.env, port: 0 } },
    {
      factories: {
        ...(fakes.slack ? { slack: createSlackPlugin } : {}),
        ...(fakes.teams ? { teams: createTeamsPlugin } : {}),
      },
      manualSchedule: true,
      host: '127.0.0.1',
      logger: process.env.KP_DEBUG_LOG ? createLogger('debug') : silentLogger,
      clock,
    },
  );
  return { app, clock, base: `http://127.0.0.1:${app.port}` };
}
