// Pure functions from Slack payloads to what the core's use cases take. No I/O here.
import type { FormValues } from '../core/message.js';
import type { Actor } from '../core/people.js';

/** Ids this app registers in the manifest. */
export const SLACK_IDS = {
  command: '/kulturpuls',
  shareStoryShortcut: 'kp_share_story',
  /** Events endpoint on the shared HTTP server. */
  eventsPath: '/slack/events',
} as const;

/**
 * Who acted; the channel lets the core map a configured channel to a sector. Payloads carry the
 * legacy `user.name` handle, which is not the person's display name: names come from `users.info`.
 */
export function actorOf(user: { id: string }, channelId?: string): Actor {
  return {
    platform: 'slack',
    userId: user.id,
    ...(channelId?.startsWith('C') ? { channel: { platform: 'slack', kind: 'channel', id: channelId } } : {}),
  };
}

/**
 * `pulseId|questionId|value` from a pulse button. The value is exactly what the button carried: one
 * digit 1–5 ("1e0", "0x4" or " 4" are not votes). Any other value is passed on as NaN, so the person
 * is told to choose from 1 to 5 instead of that the pulse is unknown.
 */
export function parseVote(
  value: string | undefined,
): { pulseId: string; questionId: string; value: number } | undefined {
  const parts = (value ?? '').split('|');
  if (parts.length !== 3) return undefined;
  const [pulseId = '', questionId = '', raw = ''] = parts;
  if (!pulseId || !questionId) return undefined;
  return { pulseId, questionId, value: /^[1-5]$/.test(raw) ? Number(raw) : Number.NaN };
}

/** `questionId|occurrenceKey` from a reflection or learning button (occurrence keys are `id@iso`). */
export function parseQuestionRef(
  value: string | undefined,
): { questionId: string; occurrenceKey: string } | undefined {
  const [questionId = '', occurrenceKey = ''] = (value ?? '').split('|');
  return questionId ? { questionId, occurrenceKey } : undefined;
}

interface ElementState {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_user?: string | null;
}

/** `view.state.values` → the neutral form values (block id = field id). */
export function viewValues(values: Record<string, Record<string, ElementState>> | undefined): FormValues {
  const out: FormValues = {};
  for (const [blockId, actions] of Object.entries(values ?? {})) {
    const state = Object.values(actions)[0];
    if (!state) continue;
    switch (state.type) {
      case 'plain_text_input':
        out[blockId] = state.value ?? '';
        break;
      case 'static_select':
        out[blockId] = state.selected_option?.value;
        break;
      case 'multi_static_select':
        out[blockId] = (state.selected_options ?? []).map((o) => o.value);
        break;
      case 'checkboxes':
        out[blockId] = (state.selected_options ?? []).length > 0;
        break;
      case 'users_select':
        out[blockId] = state.selected_user ?? undefined;
        break;
    }
  }
  return out;
}

/** `private_metadata` back into the form context; anything odd becomes an empty context. */
export function parseContext(metadata: string | undefined): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(metadata || '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export interface ThreadReply {
  channel: string;
  threadTs: string;
  user: string;
  text: string;
}

/** A person's reply in a thread (not a bot, not an edit, not the parent message itself). */
export function threadReply(event: Record<string, unknown>): ThreadReply | undefined {
  const { channel, thread_ts, ts, user, text, subtype, bot_id } = event as Record<string, string | undefined>;
  if (subtype || bot_id || !channel || !thread_ts || !user || thread_ts === ts) return undefined;
  const trimmed = (text ?? '').trim();
  return trimmed ? { channel, threadTs: thread_ts, user, text: trimmed } : undefined;
}

export const POST_EVENT_TYPE = 'kulturpuls_post';

/** The reflection question a bot post asks, from the metadata the gateway attached to it. */
export function questionOfPost(metadata: unknown): { questionId: string; occurrenceKey: string } | undefined {
  const meta = metadata as { event_type?: string; event_payload?: { question?: unknown } } | undefined;
  if (meta?.event_type !== POST_EVENT_TYPE || typeof meta.event_payload?.question !== 'string')
    return undefined;
  return parseQuestionRef(meta.event_payload.question);
}

/** Message text as Slack sends it (`&lt;` etc.) back into what the person wrote. */
export function unescapeMrkdwn(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}
