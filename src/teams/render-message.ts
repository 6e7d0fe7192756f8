import { ACTIONS, type Block, type Button, type Mention, type Message } from '../core/message.js';
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardAction,
  type CardElement,
  type MentionEntity,
  type TextBlock,
} from './card-types.js';

/**
 * What Teams makes of card text (Microsoft, "Text formatting in cards": `**bold**`, `_italic_`, lists
 * and `[text](url)` links). There is no code style and no backslash escape: Teams shows both as typed.
 * So what to type is shown in bold, and a link written in plain text stays text.
 */
export function teamsText(text: string): string {
  return withoutSlashCommand(text)
    .replace(/\]\(/g, '] (')
    .replace(/`([^`\n]+)`/g, '**$1**');
}

/**
 * Teams has no slash command: people write the command word to the bot. The shared texts put
 * `/kulturpuls` before every command (what Slack needs), so Teams shows the command without it.
 */
export function withoutSlashCommand(text: string): string {
  return text.replace(/`\/kulturpuls /g, '`');
}

/** Card markdown joins single line breaks (seen in the Agents Playground); a blank line keeps them. */
export function textBlock(text: string, extra: Partial<TextBlock> = {}): TextBlock {
  const shown = teamsText(text).replace(/\n+/g, '\n\n');
  return { type: 'TextBlock', text: shown, wrap: true, ...extra };
}

function buttonAction(button: Button): CardAction {
  const style =
    button.style === 'primary' ? 'positive' : button.style === 'danger' ? 'destructive' : undefined;
  if (button.url) return { type: 'Action.OpenUrl', title: button.label, url: button.url };
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: button.actionId,
    data: { value: button.value },
    ...(style ? { style } : {}),
  };
}

/** "Delvis enig – Jeg får tid til å prøve ut nye ideer" at most: tells the buttons apart for screen readers. */
function shortStatement(statement: string, max = 60): string {
  if (statement.length <= max) return statement;
  const cut = statement.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')} …`;
}

function scaleElements(block: Extract<Block, { type: 'scale' }>): CardElement[] {
  const about = shortStatement(block.statement);
  return [
    textBlock(block.statement, { weight: 'Bolder', spacing: 'Medium' }),
    {
      // One ActionSet: a row on desktop, stacked in the same order on mobile (no overflow menu up to 6).
      type: 'ActionSet',
      actions: block.options.map((option) => {
        const chosen = block.selected === option.value;
        return {
          type: 'Action.Execute',
          title: chosen ? `✓ ${option.label}` : option.label,
          tooltip: `${option.label} – ${about}`,
          verb: ACTIONS.pulseVote,
          data: { pulseId: block.pulseId, questionId: block.questionId, value: option.value },
          ...(chosen ? { style: 'positive' } : {}),
        };
      }),
    },
  ];
}

function blockElements(block: Block): CardElement[] {
  switch (block.type) {
    case 'heading':
      return [textBlock(block.text, { size: 'Large', weight: 'Bolder', style: 'heading' })];
    case 'text':
      return [textBlock(block.text)];
    case 'context':
      return [textBlock(block.text, { size: 'Small', isSubtle: true })];
    case 'divider':
      return [];
    case 'fields':
      return [
        {
          type: 'FactSet',
          facts: block.fields.map((field) => ({ title: field.label, value: teamsText(field.value) })),
        },
      ];
    case 'scale':
      return scaleElements(block);
    case 'actions':
      return [{ type: 'ActionSet', actions: block.buttons.map(buttonAction) }];
  }
}

/** A person to @mention where their name appears in the card's text (`teams:<Entra object id>`). */
export type MentionRef = Mention;

/** Mentions the core attaches to a message (a recognition names the person recognised). */
const mentionsOf = (message: Message): MentionRef[] => message.mentions ?? [];

/** The first place each Teams person's name is written becomes `<at>name</at>` plus its entity. */
function addMentions(body: CardElement[], mentions: MentionRef[]): MentionEntity[] {
  const entities: MentionEntity[] = [];
  for (const mention of mentions) {
    if (!mention.key.startsWith('teams:') || !mention.name) continue;
    const escaped = teamsText(mention.name);
    const block = body.find(
      (el): el is TextBlock => el.type === 'TextBlock' && String(el.text).includes(escaped),
    );
    if (!block) continue;
    const text = `<at>${mention.name}</at>`;
    block.text = String(block.text).replace(escaped, text);
    entities.push({
      type: 'mention',
      text,
      mentioned: { id: mention.key.slice('teams:'.length), name: mention.name },
    });
  }
  return entities;
}

export interface RenderOptions {
  /**
   * Teams asks the bot for a fresh, per-user card when one of these users opens the message
   * (at most 60 ids), so a voter keeps seeing their own answer after a reload.
   */
  refresh?: { verb: string; data: Record<string, unknown>; userIds?: string[] };
  /** People to @mention, besides those the message itself names in `mentions`. */
  mentions?: MentionRef[];
}

/** The neutral message as an Adaptive Card 1.5. */
export function renderMessage(message: Message, options: RenderOptions = {}): AdaptiveCard {
  const body: CardElement[] = [];
  let separate = false;
  for (const block of message.blocks) {
    if (block.type === 'divider') {
      separate = true;
      continue;
    }
    const elements = blockElements(block);
    if (separate && elements[0]) elements[0] = { ...elements[0], separator: true, spacing: 'Medium' };
    separate = false;
    body.push(...elements);
  }
  const refresh = options.refresh;
  const entities = addMentions(body, [...mentionsOf(message), ...(options.mentions ?? [])]);
  return adaptiveCard(body, {
    fallbackText: message.fallbackText,
    ...(entities.length > 0 ? { msteams: { width: 'full', entities } } : {}),
    ...(refresh
      ? {
          refresh: {
            action: { type: 'Action.Execute', verb: refresh.verb, data: refresh.data },
            ...(refresh.userIds ? { userIds: refresh.userIds.slice(0, 60) } : {}),
          },
        }
      : {}),
  });
}
