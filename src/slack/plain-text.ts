/**
 * Slack message markup as a person would read it: `<@U1|ola>` → `@ola`, `<#C1|kanal>` → `#kanal`,
 * `<https://x|tekst>` → `tekst (https://x)`, `<!here>` → `@here`, and `&amp;` `&lt;` `&gt;` back to
 * characters. A mention without a label gets the name from `nameOf` (else the id).
 */
export function plainFromSlack(
  text: string,
  nameOf: (userId: string) => string | undefined = () => undefined,
) {
  const resolved = text.replace(/<([^<>]*)>/g, (_whole, inner: string) => {
    const [target = '', label] = splitLabel(inner);
    if (target.startsWith('@')) return `@${label ?? nameOf(target.slice(1)) ?? target.slice(1)}`;
    if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
    if (target.startsWith('!subteam^')) return label ?? '@team';
    if (target.startsWith('!date^')) return label ?? '';
    if (target.startsWith('!')) return `@${target.slice(1)}`;
    if (target.startsWith('mailto:')) return label ?? target.slice('mailto:'.length);
    return label && label !== target ? `${label} (${target})` : target;
  });
  return resolved.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The user ids of mentions without a label (`<@U1>`): those `plainFromSlack` asks `nameOf` for. */
export function unlabelledMentions(text: string): string[] {
  const ids = new Set<string>();
  for (const [, inner = ''] of text.matchAll(/<([^<>]*)>/g)) {
    const [target = '', label] = splitLabel(inner);
    if (target.startsWith('@') && label === undefined) ids.add(target.slice(1));
  }
  return [...ids];
}

function splitLabel(inner: string): [string, string | undefined] {
  const bar = inner.indexOf('|');
  return bar === -1 ? [inner, undefined] : [inner.slice(0, bar), inner.slice(bar + 1)];
}
