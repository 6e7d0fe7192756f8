// The neutral answer to anything a person says or clicks: Slack, Teams and the local page each render it.
import { t } from '../i18n/translate.js';
import type { Form, Message } from '../message.js';
import { textMessage } from '../messages/content-messages.js';
import type { Locale, ScaleValue } from '../vocabulary.js';

/** Stable outcome codes: adapters map them (the local API to HTTP statuses); people read the message. */
export type Outcome =
  | 'ok'
  | 'closed'
  | 'unknown_pulse'
  | 'invalid_value'
  | 'not_found'
  | 'not_allowed'
  /** Typed in a channel, but the answer is for the person alone: ask in the personal chat. */
  | 'private_only'
  | 'not_yours'
  | 'already_decided'
  | 'not_accepted'
  | 'unknown_schedule'
  | 'duplicate'
  | 'pulse_open'
  | 'bad_month'
  | 'usage'
  | 'unknown_command'
  | 'try_again';

export type Reply =
  | {
      kind: 'message';
      outcome: Outcome;
      locale: Locale;
      message: Message;
      /** After a vote: the voter's own view of the pulse, their answers marked, the outcome below. */
      pulse?: Message;
      /** After a counted vote: whether it was new or a change, and the value stored. */
      vote?: { status: 'recorded' | 'changed'; value: ScaleValue };
      /** After a counted vote: whether nobody of that name was stored before it (the platform greets them). */
      newVoter?: boolean;
    }
  | { kind: 'form'; locale: Locale; form: Form }
  | { kind: 'form_errors'; locale: Locale; form: Form; errors: Record<string, string> };

export type MessageReply = Extract<Reply, { kind: 'message' }>;

export function messageReply(locale: Locale, message: Message, outcome: Outcome = 'ok'): MessageReply {
  return { kind: 'message', outcome, locale, message };
}

export function textReply(locale: Locale, text: string, outcome: Outcome = 'ok'): MessageReply {
  return messageReply(locale, textMessage(text), outcome);
}

export function tryAgainReply(locale: Locale): MessageReply {
  return textReply(locale, t(locale, 'error.tryAgain'), 'try_again');
}
