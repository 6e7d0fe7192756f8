import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseQuery } from 'node:querystring';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Slack's own payloads are a few kilobytes; a modal with every field filled stays far below this. */
export const SLACK_BODY_LIMIT = '1mb';

const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded'];

/** Slack's guidance: refuse a request whose timestamp is more than five minutes off, either way. */
const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Slack's request signature (api.slack.com/authentication/verifying-requests-from-slack): `v0=` and the
 * hex HMAC-SHA256 of `v0:{timestamp}:{raw body}` under the signing secret, compared in constant time.
 * Bolt's `isValidSlackRequest` does the same through tsscmp, which draws a random key and computes two
 * more HMACs per request: the busiest request (a vote) paid for it every time.
 */
function signedBySlack(secret: string, signature: string, timestamp: number, body: string): boolean {
  const expected = Buffer.from(
    `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const hasUser = (body: Record<string, unknown>) => isRecord(body.user) && isText(body.user.id);

/**
 * Why a verified body is not a payload Kulturpuls handles, or undefined when it is one. Bolt answers
 * bodies it cannot place with a 500 (a TypeError inside `processEvent`) or a 404 after three seconds,
 * so the shape is checked before Bolt sees it.
 */
export function payloadProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'not_an_object';
  if (body.ssl_check !== undefined) return undefined;
  if (isText(body.command)) {
    return isText(body.user_id) && isText(body.channel_id) ? undefined : 'command_without_user';
  }
  switch (body.type) {
    case 'url_verification':
      return isText(body.challenge) ? undefined : 'no_challenge';
    case 'event_callback': {
      const event = body.event;
      if (!isRecord(event) || !isText(event.type)) return 'no_event';
      if (event.type === 'app_home_opened' && !isText(event.user)) return 'event_without_user';
      return undefined;
    }
    case 'block_actions': {
      const actions = body.actions;
      const ok =
        hasUser(body) &&
        Array.isArray(actions) &&
        actions.length > 0 &&
        actions.every((a) => isRecord(a) && isText(a.action_id));
      return ok ? undefined : 'bad_block_actions';
    }
    case 'view_submission':
    case 'view_closed': {
      const view = body.view;
      const ok =
        hasUser(body) &&
        isRecord(view) &&
        isText(view.id) &&
        isText(view.callback_id) &&
        (view.state === undefined || (isRecord(view.state) && isRecord(view.state.values)));
      return ok ? undefined : 'bad_view';
    }
    case 'shortcut':
      return hasUser(body) && isText(body.callback_id) ? undefined : 'bad_shortcut';
    case 'message_action':
      return hasUser(body) &&
        isText(body.callback_id) &&
        isRecord(body.channel) &&
        isText(body.channel.id) &&
        isRecord(body.message)
        ? undefined
        : 'bad_message_action';
    default:
      return 'unknown_type';
  }
}

function parseBody(text: string, contentType: string): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseQuery(text);
    return typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(text);
}

/**
 * In front of Bolt's request handler on `POST /slack/events`: reads the body once (with a limit),
 * verifies the signature, parses it once, and answers 401/400/413/415 itself, so Bolt only ever sees
 * signed, well-formed payloads. The parsed body goes on as `req.body` to `receiver.requestHandler`
 * directly, never through Bolt's router: that router would read and parse the body again, and Bolt's
 * own signature check is off, so mount Bolt only behind this gate (in the same route).
 */
export function slackRequestGate(signingSecret: string, nowMs: () => number = Date.now): RequestHandler[] {
  const reject = (res: Response, status: number) => {
    res.status(status).json({ error: status === 401 ? 'unauthorized' : 'bad_request' });
  };
  return [
    express.raw({ type: () => true, limit: SLACK_BODY_LIMIT }),
    (req: Request, res: Response, next: NextFunction) => {
      const raw: unknown = req.body;
      const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
      const signature = req.headers['x-slack-signature'];
      const timestamp = Number(req.headers['x-slack-request-timestamp']);
      const signed =
        signingSecret !== '' &&
        typeof signature === 'string' &&
        Number.isInteger(timestamp) &&
        // Too old, or from the future (a replay prepared ahead).
        Math.abs(timestamp - nowMs() / 1000) <= MAX_SKEW_SECONDS &&
        signedBySlack(signingSecret, signature, timestamp, text);
      if (!signed) return reject(res, 401);
      const [type = '', ...params] = (req.headers['content-type'] ?? '').toLowerCase().split(';');
      const contentType = type.trim();
      const charset = params.map((p) => p.trim()).find((p) => p.startsWith('charset='));
      if (!CONTENT_TYPES.includes(contentType) || (charset && charset !== 'charset=utf-8')) {
        return reject(res, 415);
      }
      let body: unknown;
      try {
        body = parseBody(text, contentType);
      } catch {
        return reject(res, 400);
      }
      if (payloadProblem(body) !== undefined) return reject(res, 400);
      const payload = body as Record<string, unknown>;
      // Bolt's router answers these two before its handler; they skip that router, so the same here.
      if (payload.ssl_check) return void res.send();
      if (payload.type === 'url_verification') return void res.json({ challenge: payload.challenge });
      req.body = payload;
      next();
    },
  ];
}
