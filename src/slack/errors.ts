import type { SendResult } from '../core/ports.js';

// Errors that retrying cannot fix: the bot is not in the channel, the person left, the token is wrong.
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'restricted_action',
  'invalid_blocks',
  'invalid_blocks_format',
  'invalid_arguments',
  'msg_too_long',
  'too_many_attachments',
  'channel_is_archived',
  'ekm_access_denied',
  'team_access_not_granted',
]);

// Slack's own hiccups: worth another try later.
const TRANSIENT = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

interface WebApiErrorLike {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string };
}

/** Any error thrown by the WebClient → the outbox's SendResult. */
export function toSendResult(error: unknown): Extract<SendResult, { ok: false }> {
  const e = (error ?? {}) as WebApiErrorLike;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return {
        ok: false,
        permanent: false,
        code: 'rate_limited',
        retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000),
      };
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'platform_error';
      if (TRANSIENT.has(code)) return { ok: false, permanent: false, code };
      // Unknown platform errors are permanent too: Slack answered, and the same call will get the same answer.
      return { ok: false, permanent: true, code };
    }
    case 'slack_webapi_http_error': {
      const status = e.statusCode ?? 0;
      const transient = status >= 500 || status === 408 || status === 0;
      return { ok: false, permanent: !transient, code: `http_${status}` };
    }
    default:
      // Network errors and timeouts.
      return {
        ok: false,
        permanent: false,
        code: e.code ?? (error instanceof Error ? error.message : 'unknown_error'),
      };
  }
}

export function isPermanentSlackError(code: string): boolean {
  return PERMANENT.has(code);
}
