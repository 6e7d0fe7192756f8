import { App, ExpressReceiver, webApi } from '@slack/bolt';
import { t } from '../core/i18n/translate.js';
import type { PluginFactory } from '../platform-plugin.js';
import { boltLogger } from './bolt-logger.js';
import { createDurableIds } from './dedupe.js';
import { createSlackDeps, dashboardUrl } from './deps.js';
import { createSlackGateway } from './gateway.js';
import { createSlackIdentity } from './identity.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerShortcuts } from './listeners/shortcuts.js';
import { registerViews } from './listeners/views.js';
import { SLACK_IDS } from './parse.js';
import { slackRequestGate } from './request-gate.js';

/**
 * Slack on Bolt. HTTP mode mounts Bolt's ExpressReceiver on the shared server at `POST /slack/events`
 * (signatures always verified, by the request gate); Socket Mode connects out with the app token (no
 * public URL needed).
 */
export const createSlackPlugin: PluginFactory = (context) => {
  const { config, logger, settings, clock, core } = context;
  const { botToken, signingSecret, appToken, apiUrl } = config.env.slack;
  if (!botToken) throw new Error('Slack needs SLACK_BOT_TOKEN');
  const socketMode = config.platforms.slack === 'socket';
  const log = boltLogger(logger);

  // The outbox owns retries (and honours Retry-After), so the WebClient must not retry or wait itself.
  const clientOptions: webApi.WebClientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger: log,
  };
  const client = new webApi.WebClient(botToken, clientOptions);

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

  const receiver = socketMode
    ? undefined
    : new ExpressReceiver({
        signingSecret: signingSecret ?? '',
        // Our request gate verifies every request first (see `mount`: Bolt's router is reachable only
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
    ...(receiver ? { receiver } : { socketMode: true, appToken }),
    // Socket Mode reconnects with its own retrying client; only the base URL is shared.
    installerOptions: { clientOptions: { ...(apiUrl ? { slackApiUrl: apiUrl } : {}) } },
  });
  app.error(async (error) => {
    logger.error('slack listener failed', { code: (error as { code?: string }).code, error: String(error) });
  });

  // Durable (SQLite) so a retry reaching a second process on the same database is still caught.
  const { inbound } = core.platformState;
  const now = () => clock.now();
  const deps = createSlackDeps(context, {
    identity: createSlackIdentity(core),
    seen: { events: createDurableIds(inbound, 'event', now), views: createDurableIds(inbound, 'view', now) },
  });
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
  registerShortcuts(app, deps);

  const gateway = createSlackGateway({
    client,
    logger,
    renderOptions: {
      moreUrl: dashboardUrl(settings.publicUrl),
      moreLabel: t(settings.defaultLocale, 'chat.truncated'),
    },
  });

  return {
    gateway,
    ...(receiver
      ? {
          mount: (express) => {
            // One route: the gate (signature, size, shape) and then Bolt's router, never Bolt alone.
            express.post(SLACK_IDS.eventsPath, ...slackRequestGate(signingSecret ?? ''), receiver.router);
          },
        }
      : {}),
    ...(socketMode
      ? {
          start: async () => {
            await app.start();
          },
          stop: async () => {
            await app.stop();
          },
        }
      : {}),
  };
};
