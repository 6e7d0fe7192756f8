import type { CloudEnvironment } from '@microsoft/teams.api';
import type { PluginFactory } from '../platform-plugin.js';
import { createTeamsGateway } from './gateway.js';
import { infoPageRoutes } from './info-pages.js';
import { createActivityHandler } from './listeners/handle-activity.js';
import { createSsoVerifier } from './sso.js';
import { tabRoutes } from './tab.js';
import { createTeamsApp } from './teams-app.js';
import { createTeamsIdentity, type TeamsIdentity } from './teams-identity.js';
import { welcomeOnce } from './welcome.js';

export interface TeamsPluginOptions {
  /** Another cloud (GCC, China) or, in tests, a local OpenID metadata / JWKS endpoint. */
  cloud?: CloudEnvironment;
}

/** Teams with explicit options (tests pass a local cloud to exercise real JWT validation). */
export function teamsPluginWith(options: TeamsPluginOptions = {}): PluginFactory {
  return ({ config, core, settings, clock, logger }) => {
    const conversations = core.teamsConversations;
    // The handler needs the connector (roster look-ups), the connector the handler: tied here.
    let identity: TeamsIdentity | undefined;
    const onActivity = createActivityHandler({
      conversation: core.conversation,
      conversations,
      inbound: core.inbound,
      clock,
      logger,
      identity: { met: (activity) => identity?.met(activity) ?? Promise.resolve() },
      welcome: welcomeOnce(core, settings),
    });
    const teams = createTeamsApp({
      credentials: config.env.teams,
      logger,
      onActivity,
      ...(options.cloud ? { cloud: options.cloud } : {}),
    });
    identity = createTeamsIdentity({ people: core.people, logger }, teams.connector);
    const { clientId, tenantId, ssoJwksUrl, ssoIssuer } = config.env.teams;
    const verify =
      clientId && tenantId
        ? createSsoVerifier({
            clientId,
            tenantId,
            host: new URL(settings.publicUrl).host,
            ...(ssoJwksUrl ? { jwksUrl: ssoJwksUrl } : {}),
            ...(ssoIssuer ? { issuer: ssoIssuer } : {}),
            now: () => clock.now(),
          })
        : undefined;
    return {
      gateway: createTeamsGateway({ conversations, connector: teams.connector, clock, logger }),
      mount(app) {
        teams.mount(app);
        tabRoutes({ settings, signLink: core.signDashboardLink, clock, logger, people: core.people, verify })(
          app,
        );
        infoPageRoutes({ settings })(app);
      },
    };
  };
}

/** Microsoft Teams on the shared server: `POST /api/messages`, proactive posts, the `/teams/tab` page. */
export const createTeamsPlugin: PluginFactory = teamsPluginWith();
