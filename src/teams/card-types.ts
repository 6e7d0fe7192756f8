// Adaptive Card JSON as plain data: the renderers are pure functions from the neutral model to this.

export type CardElement = Record<string, unknown> & { type: string };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  fallbackText?: string;
  refresh?: { action: CardElement; userIds?: string[] };
  msteams?: { width: 'Full'; entities?: MentionEntity[] };
}

/** A Teams card mention: `text` appears verbatim in a TextBlock; `id` is the Entra object id. */
export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function adaptiveCard(
  body: CardElement[],
  extra: Partial<Omit<AdaptiveCard, 'type' | 'body'>> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    msteams: { width: 'Full' },
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
