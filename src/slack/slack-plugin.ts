import { App, ExpressReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import { personKey } from '../core/records.js';
import type { PlatformPlugin, PluginContext } from '../platform-plugin.js';
import { ackingUnanswered } from './ack-unanswered.js';
import { boltLogger } from './bolt-logger.js';
import { createSlackConnection, type PlatformStatus, WebSocketFailure } from './connection.js';
import { createDurableIds } from './dedupe.js';
import { createSlackDeps } from './deps.js';
import { createSlackGateway } from './gateway.js';
import { createSlackIdentity } from './identity.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerHomeSettings } from './listeners/home-settings.js';
import { createOnboarding, registerOnboarding } from './listeners/onboarding.js';
import { registerShortcuts } from './listeners/shortcuts.js';
import { registerViews } from './listeners/views.js';
import { directVotes } from './listeners/vote.js';
import { failedMethod, namingMethods } from './method-names.js';
import { SLACK_IDS } from './parse.js';
import { fetchThrough, proxyDispatcher, socketDispatcher } from './proxy.js';
import { slackRequestGate } from './request-gate.js';
import { slackWriter } from './web-api-writer.js';

export type SlackPlugin = PlatformPlugin & {
  /** connecting (retrying with backoff), connected, or error (a refused token), for `/healthz`. */
  status(): PlatformStatus;
};

export interface SlackPluginOptions {
  /** Waits before reconnect attempt n (tests shorten it). */
  backoffMs?: (attempt: number) => number;
}

const SLACK_API = 'https://slack.com/api/';

/**
 * Slack on Bolt. HTTP mode mounts Bolt's ExpressReceiver on the shared server at `POST /slack/events`
 * (signatures always verified, by the request gate); Socket Mode connects out with the app token (no
 * public URL needed). Either way `start()` checks the token with `auth.test` and connects in the
 * background: the rest of the app never waits for Slack.
 */
export function createSlackPlugin(context: PluginContext, options: SlackPluginOptions = {}): SlackPlugin {
  const { config, logger, settings, core } = context;
  const { botToken, signingSecret, appToken, apiUrl } = config.env.slack;
  if (!botToken) throw new Error('Slack needs SLACK_BOT_TOKEN');
  const socketMode = config.platforms.slack === 'socket';
  const log = boltLogger(logger);
  const proxy = proxyDispatcher(apiUrl ?? SLACK_API, config.env.proxy);
  const transport = { fetch: namingMethods(proxy ? fetchThrough(proxy) : undefined) };

  // The outbox owns retries (and honours Retry-After), so the WebClient must not retry or wait itself.
  const clientOptions: webApi.WebClientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    ...transport,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger: log,
  };
  const client = new webApi.WebClient(botToken, clientOptions);
  const write = slackWriter(apiUrl ?? SLACK_API, botToken, proxy);

  // Our own authorize instead of a token: Bolt would call auth.test in its constructor, and a
  // failure there is an unhandled rejection. This caches the bot's ids and retries after a failure.
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  const authorize = async () => {
    identity ??= client.auth.test().then(
      (r) => ({ ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}) }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return { botToken, ...(await identity) };
  };

  const socket = socketMode
    ? new SocketModeReceiver({
        appToken: appToken ?? '',
        logger: boltLogger(logger, { errorsAsWarnings: true }),
        // Its own reconnect loop leaves start() pending forever and rejects unhandled; ours retries.
        autoReconnectEnabled: false,
        // The WebSocket goes through HTTPS_PROXY too (unless NO_PROXY names its host).
        ...(config.env.proxy ? { dispatcher: socketDispatcher(config.env.proxy) } : {}),
        // Socket Mode's own client opens the connection; it shares the base URL and the proxy agent.
        installerOptions: {
          clientOptions: { ...(apiUrl ? { slackApiUrl: apiUrl } : {}), ...transport },
        },
      })
    : undefined;
  const receiver = socketMode
    ? undefined
    : new ExpressReceiver({
        signingSecret: signingSecret ?? '',
        // Our request gate verifies every request first (see `mount`: Bolt's handler is reachable only
        // through it), so Bolt does not compute the same HMAC a second time.
        signatureVerification: false,
        endpoints: SLACK_IDS.eventsPath,
        processBeforeResponse: false,
        logger: log,
      });
  const app = new App({
    authorize,
    logger: log,
    clientOptions,
    // Exactly one of them is set (socketMode decides).
    receiver: ackingUnanswered((receiver ?? socket) as ExpressReceiver | SocketModeReceiver),
  });
  app.error(async (error) => {
    logger.error('slack listener failed', {
      method: failedMethod(error),
      code: (error as { code?: string }).code,
      error: String(error),
    });
  });

  // Durable (SQLite) so a retry reaching a second process on the same database is still caught.
  const deps = createSlackDeps(context, {
    identity: createSlackIdentity(core.people, logger),
    seen: { events: createDurableIds(core.inbound, 'event'), views: createDurableIds(core.inbound, 'view') },
  });
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
  registerShortcuts(app, deps);
  registerHomeSettings(app, deps);
  const meeting = createOnboarding(deps);
  registerOnboarding(app, meeting);

  const gateway = createSlackGateway({
    client,
    write,
    logger,
    botUserId: async () => (await authorize()).botUserId,
    renderOptions: () => deps.renderOptions(settings.defaultLocale),
  });

  const connection = createSlackConnection(
    {
      checkAuth: async () => {
        const { botUserId } = await authorize();
        // Slack's user picker offers bots too: neither Kulturpuls nor Slackbot can be nominated.
        for (const id of [botUserId, 'USLACKBOT']) {
          if (id) core.nominations.registerBot(personKey('slack', id));
        }
      },
      ...(socket
        ? {
            connectSocket: async () => {
              // Emitted once apps.connections.open gave the URL: a failure after it is the WebSocket's.
              let opened = false;
              const gotUrl = () => {
                opened = true;
              };
              socket.client.once('authenticated', gotUrl);
              try {
                await app.start();
              } catch (error) {
                // Stops the client's own reconnect loop: ours retries, with one connection at a time.
                await app.stop().catch(() => {});
                throw opened ? new WebSocketFailure(error) : error;
              } finally {
                socket.client.off('authenticated', gotUrl);
              }
            },
            disconnectSocket: async () => {
              await app.stop();
            },
          }
        : {}),
    },
    { logger, ...(options.backoffMs ? { backoffMs: options.backoffMs } : {}) },
  );
  if (socket) {
    // Without a listener, a WebSocket 'error' event would be an uncaught exception.
    socket.client.on('error', (error: unknown) => {
      logger.warn('slack: socket mode error', { error: String(error) });
    });
    socket.client.on('disconnected', () => connection.lost());
  }

  return {
    gateway,
    status: connection.status,
    start: connection.start,
    stop: connection.stop,
    stopWaiting: gateway.stopWaiting,
    ...(receiver
      ? {
          mount: (express) => {
            // One route: the gate (signature, size, shape, the one parse) and then Bolt's handler,
            // never Bolt alone. Its router is not mounted: it would parse the body a second time.
            express.post(
              SLACK_IDS.eventsPath,
              ...slackRequestGate(signingSecret ?? ''),
              directVotes(
                deps,
                meeting,
                {
                  fetch: transport.fetch,
                  postEphemeral: (message) => write('chat.postEphemeral', message),
                },
                (req, res) => receiver.requestHandler(req, res),
              ),
            );
          },
        }
      : {}),
  };
}
