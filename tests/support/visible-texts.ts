// Every text a person sees in what a platform was sent, and nothing they do not see (values handed back
// on a click, metadata, ids that address a message). Used to look for raw ids on people's screens.
import type { Form, Message } from '../../src/core/message.js';

type Json = Record<string, unknown>;
const isObject = (node: unknown): node is Json => Boolean(node) && typeof node === 'object';

/**
 * Slack: `text` (notification text, block and element texts, option labels), a prefilled input's
 * `initial_value`, an image's `alt_text`, a modal's field `errors`. Mention markup is read as Slack
 * shows it: `<@U…>` as the person's name, `<#C…>` as the channel's name, `<url|label>` as the label.
 */
export function slackVisibleTexts(payload: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node))
      for (const [key, value] of Object.entries(node)) {
        if (['metadata', 'private_metadata'].includes(key)) continue;
        if (['text', 'initial_value', 'alt_text'].includes(key) && typeof value === 'string')
          texts.push(value);
        else if (key === 'errors' && isObject(value)) texts.push(...Object.values(value).map(String));
        else walk(value);
      }
  };
  walk(payload);
  return texts.map(asSlackShowsIt);
}

function asSlackShowsIt(mrkdwn: string): string {
  return mrkdwn
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, '@someone')
    .replace(/<#C[A-Z0-9]+(?:\|([^>]*))?>/g, (_whole, label: string | undefined) => `#${label ?? 'channel'}`)
    .replace(/<!(\w+)[^>]*>/g, '@$1')
    .replace(/<[^<>|]+\|([^<>]*)>/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/**
 * Teams: an activity's `text`, an invoke answer's message, and in each Adaptive Card what the host
 * draws: TextBlock and TextRun texts, facts, action titles, input labels, placeholders and prefilled
 * values, choice titles, image alt texts. `<at>Name</at>` is shown as the name.
 */
export function teamsVisibleTexts(payload: unknown): string[] {
  const texts: string[] = [];
  const add = (...values: unknown[]) => {
    for (const value of values) if (typeof value === 'string') texts.push(value.replace(/<\/?at>/g, ''));
  };
  const card = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(card);
      return;
    }
    if (!isObject(node)) return;
    const type = String(node.type ?? '');
    if (type === 'TextBlock' || type === 'TextRun') add(node.text);
    if (type === 'FactSet') for (const fact of (node.facts ?? []) as Json[]) add(fact.title, fact.value);
    if (type.startsWith('Action.')) add(node.title, node.tooltip);
    if (type.startsWith('Input.')) {
      add(node.label, node.placeholder, node.title, node.errorMessage);
      if (type === 'Input.Text') add(node.value);
      for (const choice of (Array.isArray(node.choices) ? node.choices : []) as Json[]) add(choice.title);
    }
    if (type === 'Image') add(node.altText);
    if (type === 'AdaptiveCard') add(node.fallbackText);
    for (const [key, value] of Object.entries(node)) {
      // Handed back on a click, or asked of the host: never drawn.
      if (['data', 'refresh', 'msteams', 'choices', 'facts'].includes(key)) continue;
      if (isObject(value) || Array.isArray(value)) card(value);
    }
  };
  const body = payload as Json | undefined;
  if (!isObject(body)) return texts;
  // An invoke's answer: a card, or a message Teams shows in place of one.
  if (body.type === 'application/vnd.microsoft.card.adaptive') card(body.value);
  else if (body.type === 'application/vnd.microsoft.activity.message') add(body.value);
  add(body.text, body.summary);
  for (const attachment of (body.attachments ?? []) as Json[]) card(attachment.content);
  return texts;
}

/** The local page's neutral replies: every text of a message, or of a form a person fills in. */
export function neutralVisibleTexts(reply: { message?: Message; form?: Form } | undefined): string[] {
  const texts: string[] = [];
  for (const block of reply?.message?.blocks ?? []) {
    if (block.type === 'heading' || block.type === 'text' || block.type === 'context') texts.push(block.text);
    if (block.type === 'fields') for (const f of block.fields) texts.push(f.label, f.value);
    if (block.type === 'scale') texts.push(block.statement, ...block.options.map((o) => o.label));
    if (block.type === 'actions') texts.push(...block.buttons.map((b) => b.label));
  }
  const form = reply?.form;
  if (form) {
    texts.push(form.title, form.submitLabel, form.intro ?? '');
    for (const field of form.fields) {
      texts.push(field.label, field.hint ?? '', ...(field.options ?? []).map((o) => o.label));
      if (typeof field.initial === 'string') texts.push(field.initial);
    }
  }
  return texts;
}
