import { type CloudEnvironment, PUBLIC } from '@microsoft/teams.api';
import { App, type HttpRouteHandler, type IHttpServerAdapter } from '@microsoft/teams.apps';
import express, { type IRouter } from 'express';
import type { Logger } from '../core/ports.js';
import { activityProblem } from './activity-shape.js';
import type { CardActivity } from './card-types.js';
import type { TeamsConnector } from './gateway.js';
import type { InvokeAnswer } from './listeners/handle-activity.js';
import { type InboundActivity, isCardAction } from './parse.js';
import { sdkLogger } from './sdk-logger.js';

export const MESSAGING_ENDPOINT = '/api/messages';

export interface TeamsCredentials {
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  allowUnauthenticated: boolean;
}

export interface TeamsAppOptions {
  credentials: TeamsCredentials;
  logger: Logger;
  /** Sovereign clouds, or a test's local OpenID metadata/JWKS; the public cloud by default. */
  cloud?: CloudEnvironment;
  onActivity(
    activity: InboundActivity,
    reply: (activity: CardActivity) => Promise<unknown>,
  ): Promise<InvokeAnswer | undefined>;
}

/**
 * The SDK registers its route while `App.initialize()` runs, after our server's routes (and its 404
 * handler) are fixed. This adapter only captures the SDK's handler — JWT validation included — and
 * `mount` puts it on our one express app in order.
 */
class CapturingAdapter implements IHttpServerAdapter {
  handler?: HttpRouteHandler;
  registerRoute(_method: 'POST', path: string, handler: HttpRouteHandler): void {
    if (path === MESSAGING_ENDPOINT) this.handler = handler;
  }
}

/**
 * A card action (a vote, most often) is answered in its invoke response and never posts into the
 * conversation, so it needs none of what the SDK builds for each activity it routes: API and Graph
 * clients (four axios clones), a context and a stream, about a sixth of a vote's CPU. The SDK's
 * server has checked the Bot Framework token before `onRequest` runs; everything else still goes
 * through the SDK's router.
 */
function answerCardActionsDirectly(app: App, options: TeamsAppOptions) {
  const routed = app.server.onRequest;
  if (!routed) throw new Error('Teams SDK did not set its activity callback');
  const noReply = () => Promise.reject(new Error('A card action answers in its invoke response'));
  app.server.onRequest = async (event) => {
    const activity = event.body as InboundActivity;
    if (!isCardAction(activity)) return routed(event);
    try {
      return (await options.onActivity(activity, noReply)) ?? { status: 200 };
    } catch (error) {
      options.logger.error('teams card action failed', { error: String(error) });
      return { status: 500 };
    }
  };
}

export interface TeamsApp {
  mount(app: IRouter): void;
  connector: TeamsConnector;
}

export function createTeamsApp(options: TeamsAppOptions): TeamsApp {
  const { credentials, logger } = options;
  const adapter = new CapturingAdapter();
  const hasCredentials = Boolean(credentials.clientId && credentials.clientSecret);
  if (credentials.allowUnauthenticated) {
    logger.warn(
      'TEAMS_ALLOW_UNAUTHENTICATED is on: /api/messages accepts requests without a Bot Framework token. Use it only for local tests.',
    );
  }
  const app = new App({
    // Empty strings (not undefined) keep the SDK from reading CLIENT_ID & co. from the environment itself.
    clientId: credentials.clientId ?? '',
    clientSecret: credentials.clientSecret ?? '',
    tenantId: credentials.tenantId ?? '',
    managedIdentityClientId: '',
    httpServerAdapter: adapter,
    dangerouslyAllowUnauthenticatedRequests: credentials.allowUnauthenticated,
    logger: sdkLogger(logger),
    cloud: options.cloud ?? PUBLIC,
    serviceUrl: 'https://smba.trafficmanager.net/teams',
    messagingEndpoint: MESSAGING_ENDPOINT,
  });
  app.on('activity', async (ctx) => {
    const answer = await options.onActivity(ctx.activity as InboundActivity, (activity) =>
      ctx.send(activity),
    );
    return answer as never;
  });
  answerCardActionsDirectly(app, options);
  const ready = app.initialize();

  // Without credentials the SDK would send "Bearer null"; the plain client sends no token at all.
  const http = hasCredentials ? app.api.http : app.client;
  const connector: TeamsConnector = {
    async sendActivity(serviceUrl, conversationId, activity) {
      const res = await http.post(`${serviceUrl}/v3/conversations/${conversationId}/activities`, activity);
      return (res.data ?? {}) as { id?: string };
    },
    async createPersonalConversation(serviceUrl, input) {
      const res = await http.post(`${serviceUrl}/v3/conversations`, {
        isGroup: false,
        bot: { id: input.botId },
        members: [{ id: input.memberId }],
        ...(input.tenantId
          ? { tenantId: input.tenantId, channelData: { tenant: { id: input.tenantId } } }
          : {}),
      });
      return res.data as { id: string };
    },
    async getMember(serviceUrl, conversationId, memberId) {
      const path = `${encodeURIComponent(conversationId)}/members/${encodeURIComponent(memberId)}`;
      const res = await http.get(`${serviceUrl}/v3/conversations/${path}`);
      return (res.data ?? {}) as Record<string, unknown>;
    },
    async getPagedMembers(serviceUrl, conversationId, continuationToken) {
      const query = new URLSearchParams({ pageSize: '500' });
      if (continuationToken) query.set('continuationToken', continuationToken);
      const path = `${encodeURIComponent(conversationId)}/pagedmembers?${query}`;
      const res = await http.get(`${serviceUrl}/v3/conversations/${path}`);
      return (res.data ?? {}) as { continuationToken?: string; members?: { id?: string }[] };
    },
    async updateActivity(serviceUrl, conversationId, activityId, activity) {
      await http.put(`${serviceUrl}/v3/conversations/${conversationId}/activities/${activityId}`, activity);
    },
  };

  return {
    connector,
    mount(web) {
      web.post(MESSAGING_ENDPOINT, express.json({ limit: '1mb' }), async (req, res, next) => {
        // The SDK throws (a 500) on bodies that are not activities; those are the sender's fault.
        const problem = activityProblem(req.body);
        if (problem) {
          logger.info('teams activity refused', { problem });
          res.status(400).json({ error: 'bad_activity' });
          return;
        }
        try {
          await ready;
          if (!adapter.handler) throw new Error('Teams SDK did not register its messaging route');
          const answer = await adapter.handler({
            body: req.body,
            headers: req.headers as Record<string, string | string[]>,
          });
          if (answer.body === undefined || answer.body === null) res.status(answer.status).end();
          else res.status(answer.status).json(answer.body);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
