import { parseArgs } from 'node:util';
import { type DemoOptions, type DemoSummary, generateDemoData } from '../demo/generate-demo-data.js';
import type { RuntimeDatabase } from '../runtime.js';
import { countImportedRespondents } from '../storage/index.js';
import { COUNT_IMPORTED_RESPONDENTS } from '../storage/shared-rows.js';
import { withRuntime } from './commands.js';
import { type CliIo, type ExitCode, UsageError } from './io.js';

export const DEMO_LIMITS = {
  members: { min: 1, max: 50_000, default: 60 },
  months: { min: 1, max: 24, default: 6 },
  seed: { min: 0, max: 4_294_967_295, default: 1 },
} as const;

function wholeNumber(name: keyof typeof DEMO_LIMITS, raw: string | undefined): number {
  const { min, max } = DEMO_LIMITS[name];
  if (raw === undefined) return DEMO_LIMITS[name].default;
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

export function parseDemoArgs(args: string[]): DemoOptions {
  const { values } = parseArgs({
    args,
    options: {
      members: { type: 'string' },
      months: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  return {
    members: wholeNumber('members', values.members),
    months: wholeNumber('months', values.months),
    seed: wholeNumber('seed', values.seed),
  };
}

const count = (n: number) => n.toLocaleString('en-US');

export function formatDemoSummary(summary: DemoSummary): string {
  const { options, people, occurrences } = summary;
  const lines = [
    `Demo data (seed ${options.seed}, ${options.months} month(s) back, ${summary.period.from} to ${summary.period.to}):`,
    `  people        ${count(people.total)} (${count(people.added)} new, ${people.managers.length} manager(s))`,
    `  posts         ${count(occurrences.posted)} new, ${count(occurrences.skipped)} skipped (holiday or quiet period), ${count(occurrences.alreadyThere)} already in the database`,
    `  pulses        ${count(summary.pulses)}`,
    `  answers       ${count(summary.answers)} from ${count(summary.participations)} pulse participations`,
    `  reflections   ${count(summary.reflections)} (+ ${count(summary.learning)} learning-loop answers)`,
    `  stories       ${count(summary.stories)}`,
    `  nominations   ${count(summary.nominations)}`,
    `  time taken    ${(summary.durationMs / 1000).toFixed(1)} s`,
  ];
  if (people.managers.length > 0) {
    const shown = people.managers.slice(0, 5).join(', ');
    const more = people.managers.length > 5 ? ` and ${people.managers.length - 5} more` : '';
    lines.push(`Managers (add to roles.managers in kulturpuls.yaml to let them recognise): ${shown}${more}`);
  }
  if (occurrences.alreadyThere > 0 && occurrences.posted === 0) {
    lines.push('Nothing new: this period was generated before. People were refreshed, nothing was doubled.');
  }
  return lines.join('\n');
}

/** The generator writes participation directly; the per-sector counts follow from it. */
export async function countDemoRespondents(database: RuntimeDatabase): Promise<number> {
  if (database.dialect === 'sqlite') return countImportedRespondents(database.db);
  return (await database.pool.query(COUNT_IMPORTED_RESPONDENTS)).rowCount ?? 0;
}

/**
 * `kulturpuls demo-data`: a simulated municipality for demos and benchmarks. Running it again with
 * the same seed updates the same people and skips every post, story and nomination already there.
 */
export async function demoDataCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const options = parseDemoArgs(args);
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    const summary = await generateDemoData(runtime, options);
    await countDemoRespondents(runtime.database);
    io.out(formatDemoSummary(summary));
    return 0;
  });
}
