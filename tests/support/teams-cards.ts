import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The official renderer's object model; it parses and validates without a DOM.
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new (
    targetVersion?: unknown,
  ) => { eventCount: number; getEventAt(i: number): { message: string } };
  Version: { parse(text: string, context: unknown): unknown };
};

/**
 * Teams' people picker and typeahead (`choices.data`) work in 1.2 and 1.5 cards (Teams platform
 * docs: people picker, typeahead search); the renderer files the property under 1.6. Teams renders
 * at most 1.5, so a 1.5 card keeps it and this one property is the only thing let through.
 */
const TEAMS_EXTENSIONS = [
  /^Property "choices\.data" is supported in version 1\.6, but you are using version 1\.5\.$/,
];

/** Every problem the `adaptivecards` package finds in a card, parsed at the card's declared version. */
export function cardProblems(card: unknown): string[] {
  const declared = String((card as { version?: unknown }).version ?? '');
  const context = new AC.SerializationContext(AC.Version.parse(declared, undefined));
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const message = context.getEventAt(i).message;
    if (!TEAMS_EXTENSIONS.some((allowed) => allowed.test(message))) problems.push(`parse: ${message}`);
  }
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`validate: ${event.message}`);
  return problems;
}

/** All cards in a recorded activity or invoke answer. */
export function cardsIn(payload: unknown): Record<string, unknown>[] {
  const body = payload as {
    attachments?: { contentType: string; content: Record<string, unknown> }[];
    type?: string;
    value?: Record<string, unknown>;
  };
  if (body?.type === 'application/vnd.microsoft.card.adaptive' && body.value) return [body.value];
  return (body?.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content);
}

/** Flattened visible text of a card, for assertions. */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'label', 'value']) {
        if (typeof record[key] === 'string') texts.push(record[key] as string);
      }
      for (const value of Object.values(record)) if (typeof value === 'object') walk(value);
    }
  };
  walk(card);
  // As Teams shows it: no unescaping here, what the card says is what people read.
  return texts.join('\n');
}

/** Every Action.Execute in a card. */
export function executeActions(
  card: unknown,
): { title: string; verb: string; data: Record<string, unknown> }[] {
  const found: { title: string; verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') {
        found.push({
          title: String(record.title ?? ''),
          verb: String(record.verb),
          data: (record.data ?? {}) as Record<string, unknown>,
        });
      }
      for (const value of Object.values(record)) if (typeof value === 'object') walk(value);
    }
  };
  walk(card);
  return found;
}
