// What start-up time and idle RSS are made of: imports the big dependencies one after another (as
// `kulturpuls start` does, through the tsx loader) and prints the time and RSS each one adds.
import { readFileSync } from 'node:fs';

const STEPS: [string, string][] = [
  ['express', 'express'],
  ['better-sqlite3 + drizzle-orm', 'drizzle-orm/better-sqlite3'],
  ['zod + yaml', 'zod'],
  ['date-holidays', 'date-holidays'],
  ['node-cron', 'node-cron'],
  ['@slack/bolt', '@slack/bolt'],
  ['@microsoft/teams.apps', '@microsoft/teams.apps'],
  ['src/ (app, Slack and Teams plugins)', '../../src/cli/index.js'],
];

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const out: { step: string; ms: number; rssMb: number }[] = [{ step: 'node + tsx', ms: 0, rssMb: rss() }];
for (const [step, specifier] of STEPS) {
  const started = performance.now();
  await import(specifier);
  if (specifier === 'zod') await import('yaml');
  if (specifier.includes('cli/index')) {
    await import('../../src/slack/slack-plugin.js');
    await import('../../src/teams/teams-plugin.js');
  }
  out.push({ step, ms: performance.now() - started, rssMb: rss() });
}
process.stdout.write(`${JSON.stringify(out)}\n`);
