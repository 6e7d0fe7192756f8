// Pure: a Bot Framework activity in, what it means for the core out. No SDK, no I/O.
import { ACTIONS, type ActionId, FORMS, type Form, type FormId, type FormValues } from '../core/message.js';
import type { Actor } from '../core/people.js';
import type { TeamsConversationRef } from '../core/ports.js';
import type { Target } from '../core/records.js';
import { TEAMS_CONVERSATION_TYPES, type TeamsConversationType } from '../core/vocabulary.js';
import { PULSE_REFRESH_VERB } from './card-types.js';
import { FORM_CONTEXT_KEY, NO_PERSON } from './render-form.js';

/** The subset of a Bot Framework activity Kulturpuls reads. */
export interface InboundActivity {
  type: string;
  id?: string;
  name?: string;
  action?: string;
  text?: string;
  value?: unknown;
  serviceUrl?: string;
  locale?: string;
  from?: { id: string; name?: string; aadObjectId?: string };
  recipient?: { id: string; name?: string };
  conversation?: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  channelData?: { tenant?: { id?: string }; eventType?: string; team?: { id?: string } };
  membersAdded?: { id: string }[];
  membersRemoved?: { id: string }[];
}

export type TeamsIntent =
  /** A message to the bot: a command for the core to read; `inThread` when it replies to a post. */
  | { kind: 'message'; text: string; inThread: boolean; actor: Actor }
  | { kind: 'vote'; actor: Actor; pulseId: string; questionId: string; value: number }
  | { kind: 'refresh'; actor: Actor; pulseId: string }
  | { kind: 'button'; actor: Actor; actionId: ActionId; value: string }
  | {
      kind: 'form';
      actor: Actor;
      formId: FormId;
      context: Record<string, string>;
      data: Record<string, unknown>;
    }
  | { kind: 'installed'; ref: TeamsConversationRef }
  | { kind: 'removed'; conversationId: string }
  | { kind: 'ignored'; reason: string };

const ACTION_IDS = new Set<string>(Object.values(ACTIONS));
const FORM_IDS = new Set<string>(Object.values(FORMS));

/** A channel thread's id carries `;messageid=…`; proactive posts go to the channel itself. */
export function baseConversationId(id: string): string {
  return id.split(';')[0] ?? id;
}

export function conversationType(activity: InboundActivity): TeamsConversationType {
  const type = activity.conversation?.conversationType as TeamsConversationType | undefined;
  if (type && TEAMS_CONVERSATION_TYPES.includes(type)) return type;
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}

/** Person keys for Teams are `teams:<AAD object id>`; the connector id is the fallback. */
export function actorOf(activity: InboundActivity): Actor | undefined {
  const from = activity.from;
  const conversation = activity.conversation;
  if (!from?.id || !conversation?.id) return undefined;
  const type = conversationType(activity);
  const userId = from.aadObjectId ?? from.id;
  const channel: Target =
    type === 'personal'
      ? { platform: 'teams', kind: 'dm', id: userId }
      : { platform: 'teams', kind: 'channel', id: baseConversationId(conversation.id) };
  // In a channel or group chat the bot's reply is seen by everyone there.
  const replyPlace = type === 'personal' ? 'private' : 'shared';
  return { platform: 'teams', userId, ...(from.name ? { displayName: from.name } : {}), channel, replyPlace };
}

export function conversationRefOf(activity: InboundActivity): TeamsConversationRef | undefined {
  const { conversation, serviceUrl, recipient } = activity;
  if (!conversation?.id || !serviceUrl || !recipient?.id) return undefined;
  const type = conversationType(activity);
  return {
    conversationId: baseConversationId(conversation.id),
    conversationType: type,
    tenantId: conversation.tenantId ?? activity.channelData?.tenant?.id ?? null,
    serviceUrl: serviceUrl.replace(/\/+$/, ''),
    botId: recipient.id,
    userAadObjectId: type === 'personal' ? (activity.from?.aadObjectId ?? null) : null,
    userId: type === 'personal' ? (activity.from?.id ?? null) : null,
  };
}

/** Message text without the bot's `<at>…</at>` mention and other markup. */
export function commandText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function parseMessage(activity: InboundActivity, actor: Actor): TeamsIntent {
  const text = commandText(activity.text).replace(/^\/+/, '');
  if (!text) return { kind: 'ignored', reason: 'empty_message' };
  const inThread = (activity.conversation?.id ?? '').includes(';messageid=');
  return { kind: 'message', text, inThread, actor };
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function parseCardAction(activity: InboundActivity, actor: Actor): TeamsIntent {
  const action = record(record(activity.value).action);
  const verb = typeof action.verb === 'string' ? action.verb : '';
  const data = record(action.data);
  if (verb === ACTIONS.pulseVote) {
    const { pulseId, questionId } = data;
    if (typeof pulseId !== 'string' || typeof questionId !== 'string') {
      return { kind: 'ignored', reason: 'bad_vote' };
    }
    // Only the number the card carried (1–5); anything else is refused by the core as "choose 1 to 5".
    const value = Number.isInteger(data.value) ? (data.value as number) : Number.NaN;
    return { kind: 'vote', actor, pulseId, questionId, value };
  }
  if (verb === PULSE_REFRESH_VERB) {
    return typeof data.pulseId === 'string'
      ? { kind: 'refresh', actor, pulseId: data.pulseId }
      : { kind: 'ignored', reason: 'bad_refresh' };
  }
  if (FORM_IDS.has(verb)) {
    const context = Object.fromEntries(
      Object.entries(record(data[FORM_CONTEXT_KEY])).filter(
        (e): e is [string, string] => typeof e[1] === 'string',
      ),
    );
    const { [FORM_CONTEXT_KEY]: _context, ...inputs } = data;
    return { kind: 'form', actor, formId: verb as FormId, context, data: inputs };
  }
  if (ACTION_IDS.has(verb)) {
    return { kind: 'button', actor, actionId: verb as ActionId, value: String(data.value ?? '') };
  }
  return { kind: 'ignored', reason: `unknown_verb:${verb}` };
}

function botIn(members: { id: string }[] | undefined, botId: string | undefined): boolean {
  return Boolean(botId && members?.some((member) => member.id === botId));
}

/** A click on an Adaptive Card (`Action.Execute`): answered in the invoke's response. */
export const isCardAction = (activity: { type?: unknown; name?: unknown }): boolean =>
  activity.type === 'invoke' && activity.name === 'adaptiveCard/action';

/** What an inbound activity asks of Kulturpuls. */
export function parseActivity(activity: InboundActivity): TeamsIntent {
  const botId = activity.recipient?.id;
  switch (activity.type) {
    case 'installationUpdate': {
      if (activity.action?.startsWith('remove')) {
        const id = activity.conversation?.id;
        return id
          ? { kind: 'removed', conversationId: baseConversationId(id) }
          : { kind: 'ignored', reason: 'no_conversation' };
      }
      const ref = conversationRefOf(activity);
      return ref ? { kind: 'installed', ref } : { kind: 'ignored', reason: 'no_reference' };
    }
    case 'conversationUpdate': {
      const id = activity.conversation?.id;
      if (id && botIn(activity.membersRemoved, botId))
        return { kind: 'removed', conversationId: baseConversationId(id) };
      const ref = conversationRefOf(activity);
      if (ref && botIn(activity.membersAdded, botId)) return { kind: 'installed', ref };
      return { kind: 'ignored', reason: 'conversation_update' };
    }
    case 'message': {
      const actor = actorOf(activity);
      return actor ? parseMessage(activity, actor) : { kind: 'ignored', reason: 'no_sender' };
    }
    case 'invoke': {
      if (!isCardAction(activity)) return { kind: 'ignored', reason: `invoke:${activity.name}` };
      const actor = actorOf(activity);
      return actor ? parseCardAction(activity, actor) : { kind: 'ignored', reason: 'no_sender' };
    }
    default:
      return { kind: 'ignored', reason: `type:${activity.type}` };
  }
}

/** Card inputs arrive as strings (a multi-select as "a,b", a toggle as "true"/"false"). */
export function toFormValues(form: Form, data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    const raw = data[field.id];
    // Nobody chosen: an empty picker, or the placeholder choice of a card sent before it was dropped.
    const nobody = field.kind === 'person' && (raw === NO_PERSON || String(raw).trim() === '');
    if (raw === undefined || raw === null || nobody) continue;
    const text = Array.isArray(raw) ? raw.map(String).join(',') : String(raw);
    if (field.kind === 'multiselect')
      values[field.id] = text
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    else if (field.kind === 'checkbox') values[field.id] = text === 'true';
    else values[field.id] = text;
  }
  return values;
}
