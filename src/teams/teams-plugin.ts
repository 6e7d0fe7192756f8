import type { CloudEnvironment } from '@microsoft/teams.api';
import type { PluginFactory } from '../platform-plugin.js';
import { createTeamsGateway } from './gateway.js';
import { createActivityHandler } from './listeners/handle-activity.js';
import { tabRoutes } from './tab.js';
import { createTeamsApp } from './teams-app.js';

export interface TeamsPluginOptions {
  /** Another cloud (GCC, China) or, in tests, a local OpenID metadata / JWKS endpoint. */
  cloud?: CloudEnvironment;
}

/** Teams with explicit options (tests pass a local cloud to exercise real JWT validation). */
export function teamsPluginWith(options: TeamsPluginOptions = {}): PluginFactory {
  return ({ config, core, settings, clock, logger }) => {
    const conversations = core.platformState.teamsConversations;
    const onActivity = createActivityHandler({
      conversation: core.conversation,
      conversations,
      clock,
      logger,
    });
    const teams = createTeamsApp({
      credentials: config.env.teams,
      logger,
      onActivity,
      ...(options.cloud ? { cloud: options.cloud } : {}),
    });
    return {
      gateway: createTeamsGateway({ conversations, connector: teams.connector, clock, logger }),
      mount(app) {
        teams.mount(app);
        tabRoutes({ settings })(app);
      },
    };
  };
}

/** Microsoft Teams on the shared server: `POST /api/messages`, proactive posts, the `/teams/tab` page. */
export const createTeamsPlugin: PluginFactory = teamsPluginWith();
