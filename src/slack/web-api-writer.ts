import { type Dispatcher, request } from 'undici';

/** The WebClient's own limit for a call (slack-plugin.ts). */
const TIMEOUT_MS = 10_000;

/** The Web API methods Kulturpuls calls most: they take a JSON body (with a bearer token). */
export type WriteMethod = 'chat.postEphemeral' | 'chat.postMessage' | 'chat.update' | 'conversations.open';

/** One call: resolves with Slack's answer (`ok: true`), or fails as the WebClient does. */
export type SlackWrite = <R extends Record<string, unknown> = Record<string, unknown>>(
  method: WriteMethod,
  args: object,
) => Promise<R>;

/**
 * The busiest Web API calls (a vote's answer, the outbox's posts and DMs) as one JSON POST each
 * through undici's request API: the WebClient's fetch, queue, retry wrapper and form encoding cost
 * several times the call itself, and the outbox does its own retries. Errors carry what the
 * WebClient's do (`method` as method-names.ts adds it, `code`, `retryAfter`, `statusCode`, `data`),
 * so errors.ts reads them alike; the calls go through the same proxy.
 */
export function slackWriter(apiUrl: string, token: string, dispatcher?: Dispatcher): SlackWrite {
  const base = apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' };
  return async <R extends Record<string, unknown>>(method: WriteMethod, args: object): Promise<R> => {
    const failure = (message: string, more: Record<string, unknown>) =>
      Object.assign(new Error(`${message} (${method})`), { method, ...more });
    const answer = await request(`${base}${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(args),
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
      ...(dispatcher ? { dispatcher } : {}),
    }).catch((error: unknown) => {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { method });
    });
    const text = await answer.body.text();
    if (answer.statusCode === 429) {
      const retryAfter = Number(answer.headers['retry-after'] ?? 1);
      throw failure(`A rate limit was exceeded (retry after ${retryAfter} s)`, {
        code: 'slack_webapi_rate_limited_error',
        retryAfter,
      });
    }
    if (answer.statusCode !== 200) {
      throw failure(`An HTTP protocol error occurred: statusCode = ${answer.statusCode}`, {
        code: 'slack_webapi_http_error',
        statusCode: answer.statusCode,
      });
    }
    const data = JSON.parse(text) as R & { ok?: boolean; error?: string };
    if (data.ok !== true) {
      throw failure(`An API error occurred: ${data.error ?? 'unknown'}`, {
        code: 'slack_webapi_platform_error',
        data,
      });
    }
    return data;
  };
}
