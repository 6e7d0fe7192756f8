// Slack mrkdwn: `&`, `<` and `>` are control characters. Text from people is escaped so nobody can
// post `<!channel>` or a disguised link through the bot.
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A link in mrkdwn; the label is escaped, `|` in it would end the label early. */
export function mrkdwnLink(url: string, label: string): string {
  return `<${url}|${escapeMrkdwn(label).replaceAll('|', '¦')}>`;
}

export function plain(text: string, max: number): { type: 'plain_text'; text: string; emoji: true } {
  const chars = [...text];
  const cut = chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
  return { type: 'plain_text', text: cut || ' ', emoji: true };
}
