import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The official renderer's object model; it parses and validates without a DOM.
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
    /** The newest card version the host renders (the package's own, 1.6, unless set). */
    maxVersion: unknown;
    hostConfig: { hostCapabilities: { addCapability(name: string, version: unknown): void } };
    /** True when the card's version is above `maxVersion` (or an element asked for it). */
    shouldFallback(): boolean;
    /** The card a host renders instead, built from the card's own `fallback`. */
    _fallbackCard?: ParsedCard;
    toJSON(context: unknown): Record<string, unknown>;
    getAllActions(): { parent?: { getRootElement(): unknown } }[];
  };
  HostConfig: new (json: unknown) => ParsedCard['hostConfig'];
  SerializationContext: new (
    targetVersion?: unknown,
  ) => { eventCount: number; getEventAt(i: number): { message: string } };
  Version: { parse(text: string, context: unknown): unknown };
};
type ParsedCard = InstanceType<typeof AC.AdaptiveCard>;

/**
 * Every problem the `adaptivecards` package finds in a card, parsed at the card's declared version:
 * once by a host of exactly that version, and once by a host that meets no element's `requires`, so
 * that both an element and its fallback are checked.
 */
export function cardProblems(card: unknown): string[] {
  const declared = String((card as { version?: unknown }).version ?? '');
  const problems = new Set<string>();
  for (const capable of [true, false]) {
    const version = AC.Version.parse(declared, undefined);
    const context = new AC.SerializationContext(version);
    const parsed = new AC.AdaptiveCard();
    parsed.hostConfig = new AC.HostConfig({});
    if (capable && version) parsed.hostConfig.hostCapabilities.addCapability('adaptiveCards', version);
    parsed.parse(card, context);
    for (let i = 0; i < context.eventCount; i++) problems.add(`parse: ${context.getEventAt(i).message}`);
    for (const event of parsed.validateProperties().validationEvents)
      problems.add(`validate: ${event.message}`);
  }
  return [...problems];
}

/**
 * What a host that renders Adaptive Cards up to `hostVersion` shows, as the official renderer decides
 * it: element fallbacks (`requires: { adaptiveCards }` above the host's version) already in place, and
 * a card-level `fallback` instead of the card when the card's version is above the host's.
 * `actionsReachHost` is false when the shown actions belong to a card other than the one the host
 * parsed: the renderer gives their clicks to that card's `onExecuteAction`, which no host has set.
 */
export function hostView(
  card: unknown,
  hostVersion: string,
): { shown: Record<string, unknown>; actionsReachHost: boolean } {
  const version = AC.Version.parse(hostVersion, undefined);
  const parsed = new AC.AdaptiveCard();
  parsed.maxVersion = version;
  parsed.hostConfig = new AC.HostConfig({});
  parsed.hostConfig.hostCapabilities.addCapability('adaptiveCards', version);
  parsed.parse(card, new AC.SerializationContext());
  const shown = parsed.shouldFallback() && parsed._fallbackCard ? parsed._fallbackCard : parsed;
  return {
    shown: shown.toJSON(new AC.SerializationContext(version)),
    actionsReachHost: shown.getAllActions().every((action) => action.parent?.getRootElement() === parsed),
  };
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
