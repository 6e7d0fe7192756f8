import { type Dispatcher, request } from 'undici';
import type { SlackMessage } from './render-message.js';

const METHOD = 'chat.postEphemeral';
/** The WebClient's own limit for a call (slack-plugin.ts). */
const TIMEOUT_MS = 10_000;

export type EphemeralMessage = SlackMessage & { channel: string; user: string };

/**
 * chat.postEphemeral for a pulse vote's answer, the busiest call Kulturpuls makes: one JSON POST
 * (which the Web API takes with a bearer token) through undici's request API. The WebClient's fetch,
 * queue, retry wrapper and form encoding cost several times the call itself, and a vote's answer is
 * never retried anyway. It fails as the WebClient does, with the method and code its errors carry
 * (`method-names.ts`, `errors.ts`), and goes through the same proxy.
 */
export function ephemeralPoster(apiUrl: string, token: string, dispatcher?: Dispatcher) {
  const url = new URL(METHOD, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`);
  const failure = (message: string, more: Record<string, unknown>) =>
    Object.assign(new Error(message), { method: METHOD, ...more });
  return async (message: EphemeralMessage): Promise<void> => {
    const answer = await request(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message),
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
      ...(dispatcher ? { dispatcher } : {}),
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
    const data = JSON.parse(text) as { ok?: boolean; error?: string };
    if (data.ok !== true) {
      throw failure(`An API error occurred: ${data.error ?? 'unknown'}`, {
        code: 'slack_webapi_platform_error',
        data,
      });
    }
  };
}
