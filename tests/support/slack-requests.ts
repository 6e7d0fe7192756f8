// Correctly signed Slack requests (v0 HMAC of `v0:timestamp:body`), built from recorded fixtures.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export function fixture<T = Record<string, unknown>>(scenario: string): T {
  const file = join(import.meta.dirname, '..', 'fixtures', scenario, 'slack.json');
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function signature(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

export async function postSlack(
  baseUrl: string,
  body: string,
  contentType: string,
  options: SendOptions = {},
): Promise<{ status: number; text: string; json: () => unknown }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signature(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

export const FORM = 'application/x-www-form-urlencoded';

export function commandBody(overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    ...fixture<Record<string, string>>('slack-command'),
    ...overrides,
  }).toString();
}

export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function sendCommand(baseUrl: string, overrides: Record<string, string>, options?: SendOptions) {
  return postSlack(baseUrl, commandBody(overrides), FORM, options);
}

export function sendInteraction(baseUrl: string, payload: unknown, options?: SendOptions) {
  return postSlack(baseUrl, interactionBody(payload), FORM, options);
}

export function sendEvent(baseUrl: string, payload: unknown, options?: SendOptions) {
  return postSlack(baseUrl, JSON.stringify(payload), 'application/json', options);
}

/** A block_actions payload for one button click. */
export function buttonClick(
  user: string,
  channel: string,
  actionId: string,
  value: string,
  messageTs = '1700000001.000100',
) {
  const base = fixture<Record<string, unknown>>('slack-block-action');
  const action = (base.actions as Record<string, unknown>[])[0];
  return {
    ...base,
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0001' },
    channel: { id: channel, name: 'kanal' },
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    message: { type: 'message', user: 'UBOT', ts: messageTs, text: '' },
    actions: [{ ...action, action_id: actionId, value }],
  };
}

type ElementState = Record<string, unknown> & { type: string };

/** A view_submission payload; `values` maps block id → element state. */
export function viewSubmission(
  user: string,
  callbackId: string,
  values: Record<string, ElementState>,
  options: { viewId?: string; privateMetadata?: string } = {},
) {
  const base = fixture<{ view: Record<string, unknown> } & Record<string, unknown>>('slack-view-submission');
  return {
    ...base,
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0001' },
    view: {
      ...base.view,
      id: options.viewId ?? `V${Math.random().toString(36).slice(2, 10)}`,
      callback_id: callbackId,
      private_metadata: options.privateMetadata ?? '{}',
      state: {
        values: Object.fromEntries(
          Object.entries(values).map(([block, state]) => [block, { [block]: state }]),
        ),
      },
    },
  };
}

export const text = (value: string): ElementState => ({ type: 'plain_text_input', value });
export const select = (value: string): ElementState => ({
  type: 'static_select',
  selected_option: { value },
});
export const multi = (...values: string[]): ElementState => ({
  type: 'multi_static_select',
  selected_options: values.map((value) => ({ value })),
});
export const user = (id: string): ElementState => ({ type: 'users_select', selected_user: id });
export const checkbox = (on: boolean): ElementState => ({
  type: 'checkboxes',
  selected_options: on ? [{ value: 'true' }] : [],
});
