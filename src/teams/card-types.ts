// Adaptive Card JSON as plain data, typed by Microsoft's card schema (@microsoft/teams.cards, types
// only): the renderers are pure functions from the neutral model to this.
import type {
  Action,
  CardElement as AnyElement,
  IAdaptiveCard,
  IChoiceSetInput,
  IExecuteAction,
  IMention,
  ITextBlock,
} from '@microsoft/teams.cards';

export type CardElement = AnyElement;
export type CardAction = Action;
export type TextBlock = ITextBlock;
export type ExecuteAction = IExecuteAction;
export type ChoiceSetInput = IChoiceSetInput;
/** A Teams card mention: `text` appears verbatim in a TextBlock; `mentioned.id` is the Entra object id. */
export type MentionEntity = IMention;

/**
 * Teams renders Adaptive Cards up to 1.5; a card that needs a later feature declares that version, and
 * the element using it carries a `fallback` for a host without it (the nomination card's people search).
 */
export type CardVersion = '1.5' | '1.6';
export type AdaptiveCard = IAdaptiveCard & { $schema: string; version: CardVersion };

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Refresh verb: Teams asks for the per-user pulse card when a listed user opens it. */
export const PULSE_REFRESH_VERB = 'kp_pulse_refresh';

export function adaptiveCard(
  body: CardElement[],
  extra: Partial<Omit<AdaptiveCard, 'type' | 'body'>> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    msteams: { width: 'full' },
    ...extra,
  };
}

export interface CardAttachment {
  contentType: typeof CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

/** A Bot Framework message activity carrying one card; `summary` is the notification text. */
export interface CardActivity {
  type: 'message';
  summary: string;
  attachments: CardAttachment[];
}

export function cardActivity(card: AdaptiveCard, summary: string): CardActivity {
  return { type: 'message', summary, attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }] };
}

/** The answer to an `adaptiveCard/action` invoke: a card that replaces the clicked one for that user. */
export function cardInvokeResponse(card: AdaptiveCard) {
  return {
    status: 200,
    body: { statusCode: 200, type: CARD_CONTENT_TYPE, value: card },
  } as const;
}

export function messageInvokeResponse(text: string) {
  return {
    status: 200,
    body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
  } as const;
}
