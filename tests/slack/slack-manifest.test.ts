// The manifest and the README's Slack section say the same thing, and the usage hint is complete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const manifest = parse(readFileSync(join(root, 'manifests/slack/manifest.yaml'), 'utf8')) as {
  features: { slash_commands: { usage_hint: string; description: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] } };
};
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const slackSection = readme.slice(readme.indexOf('\n## Slack'), readme.indexOf('\n## Microsoft Teams'));

// Every /kulturpuls subcommand, as the help text lists them.
const SUBCOMMANDS = [
  'story',
  'nominate',
  'pulse',
  'lang',
  'sector',
  'pause',
  'resume',
  'mydata',
  'help',
  'post',
  'digest',
];

it('the README scope table lists exactly the manifest scopes', () => {
  const table = slackSection.slice(slackSection.indexOf('### Scopes'), slackSection.indexOf('### HTTP mode'));
  const documented = [...table.matchAll(/^\| (.+?) \|/gm)]
    .flatMap((m) => [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map((x) => x[1]))
    .sort();
  expect(documented).toEqual([...manifest.oauth_config.scopes.bot].sort());
  expect(manifest.oauth_config.scopes.bot).toContain('im:history');
});

it('the usage hint and the README name every subcommand', () => {
  const [command] = manifest.features.slash_commands;
  for (const sub of SUBCOMMANDS) {
    expect(command?.usage_hint).toMatch(new RegExp(`\\b${sub}\\b`));
    expect(slackSection).toContain(`\`${sub}`);
  }
});

it('the README names every event the manifest subscribes to', () => {
  for (const event of manifest.settings.event_subscriptions.bot_events)
    expect(slackSection).toContain(`\`${event}\``);
});
