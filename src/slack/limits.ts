// Slack's documented Block Kit and Web API limits, enforced here and nowhere else. Content that is
// longer is cut with a link to the dashboard, never sent as is: Slack rejects the whole call.
export const SLACK_LIMITS = {
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  value: 2000,
  actionsElements: 25,
  optionText: 75,
  optionValue: 150,
  optionsPerSelect: 100,
  blocksPerMessage: 50,
  blocksPerView: 100,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  callbackId: 255,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputHint: 2000,
  plainTextInputMax: 3000,
  fallbackText: 40000,
  errorText: 150,
} as const;

export type SlackLimit = keyof typeof SLACK_LIMITS;

/** Cuts `text` to `max` characters (by code points, so an emoji is never split) with an ellipsis. */
export function clip(text: string, max: number): string {
  // A string has at least as many UTF-16 units as code points: short enough by units is short enough.
  if (text.length <= max) return text;
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Length as Slack counts it closely enough (code points). */
export function length(text: string): number {
  // Without surrogate pairs, units are code points: no array of characters needed.
  return /[\uD800-\uDBFF]/.test(text) ? [...text].length : text.length;
}

/**
 * Cuts mrkdwn text to `max` and appends a link to where the whole text can be read. `link` gives
 * already-escaped mrkdwn, asked only when the text is cut; the cut never splits an escape such as `&amp;`.
 */
export function clipWithLink(text: string, max: number, link: () => string): string {
  if (length(text) <= max) return text;
  const suffix = link();
  const room = Math.max(0, max - length(suffix) - 2);
  let cut = [...text].slice(0, room).join('');
  cut = cut.replace(/&[a-z]{0,4}$/, '').replace(/<[^>]*$/, '');
  return `${cut}…\n${suffix}`;
}
