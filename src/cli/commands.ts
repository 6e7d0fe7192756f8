import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeDatabase } from '../config/database-url.js';
import {
  type AppConfig,
  describeSecretSource,
  formatProblems,
  inspectSecret,
  loadConfig,
  SecretSetupError,
} from '../config.js';
import { createAuditTrail } from '../core/audit/audit-trail.js';
import { DIGEST_SCHEMA_ID, type Digest } from '../core/digest/digest.js';
import { DigestMonthError } from '../core/digest/digest-service.js';
import { CSV_DIALECTS, renderDigestCsv } from '../core/digest/render-csv.js';
import { renderDigestMarkdown } from '../core/digest/render-markdown.js';
import { parsePersonKey } from '../core/records.js';
import { MONTH_PATTERN } from '../core/time.js';
import { LOCALES } from '../core/vocabulary.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { RARELY_PER_YEAR, rareSchedules } from '../scheduler/rare-schedules.js';
import { createScheduler } from '../scheduler/scheduler.js';
import { renderDigestHtml } from '../web/dashboard/render-html.js';
import { sectorNamer } from '../web/dashboard-routes.js';
import { DIGEST_USAGE } from './help.js';
import { type CliIo, configOrExit, type ExitCode, positionalAndFlag, UsageError } from './io.js';

export async function withRuntime(
  io: CliIo,
  run: (runtime: Runtime) => Promise<ExitCode> | ExitCode,
): Promise<ExitCode> {
  const config = configOrExit(io);
  if (!config) return 1;
  const runtime = await openRuntime(config);
  try {
    return await run(runtime);
  } finally {
    await runtime.close();
  }
}

export function migrateCommand(io: CliIo): Promise<ExitCode> {
  return withRuntime(io, (runtime) => {
    const { applied, fresh } = runtime.migrations;
    const done =
      applied === 0
        ? 'Database is up to date (no migrations to apply).'
        : `${fresh ? 'Created the database tables' : 'Updated the database'} (${applied} migration${applied === 1 ? '' : 's'} applied).`;
    io.out(`${done}\nDatabase: ${describeDatabase(runtime.config.env.dbPath)}`);
    return 0;
  });
}

export function configCheckCommand(io: CliIo, args: string[]): ExitCode {
  const file = args[0];
  const result = loadConfig({ ...(io.env ? { env: io.env } : {}), ...(file ? { file } : {}) });
  if (!result.ok) {
    io.err(`${result.problems.length} problem(s) found:\n${formatProblems(result.problems)}`);
    return 1;
  }
  const { settings, env } = result.config;
  if (!checkKey(io, result.config)) return 1;
  io.out(`Config OK: ${env.configFound ? env.configPath : 'built-in defaults'}`);
  io.out(`Schedules: ${settings.schedules.map((s) => `${s.id} (${s.kind}, ${s.cron})`).join(', ')}`);
  const { municipality } = settings;
  if (municipality?.kostraGroup === null)
    io.err(
      `Warning: municipality ${municipality.number} is not in the shipped KOSTRA table; set organisation.kostraGroup (ssb.no lists every group) before "kulturpuls benchmark export"`,
    );
  else if (municipality)
    io.out(`Benchmark: municipality ${municipality.number}, KOSTRA group ${municipality.kostraGroup}`);
  // Warnings, not problems: the file is valid and the exit code stays 0.
  for (const { schedule, fires } of rareSchedules(settings, new Date())) {
    const rule =
      schedule.workingDayOfMonth === null ? '' : `, workingDayOfMonth: ${schedule.workingDayOfMonth}`;
    io.err(
      `Warning: schedule "${schedule.id}" (cron "${schedule.cron}"${rule}) posts ${fires} time(s) in the next 12 months, fewer than ${RARELY_PER_YEAR}; check the cron and its filters`,
    );
  }
  return 0;
}

/** Where the key will come from, and what to fix about it; writes nothing. */
function checkKey(io: CliIo, config: AppConfig): boolean {
  try {
    const key = inspectSecret(config.env, { production: !config.platforms.local });
    const where = describeSecretSource(key.source);
    io.out(`Pseudonym key: ${key.secret === undefined ? `generated at first start in ${where}` : where}`);
    for (const warning of key.warnings) io.err(`Warning: ${warning}`);
    return true;
  } catch (error) {
    if (!(error instanceof SecretSetupError)) throw error;
    io.err(error.message);
    return false;
  }
}

export function postCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const usage = 'usage: kulturpuls post SCHEDULE_ID --now';
  const { value: scheduleId, on: now } = positionalAndFlag(args, 'now', usage);
  if (!now) throw new UsageError(usage);
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    const schedule = runtime.settings.schedules.find((s) => s.id === scheduleId);
    if (!schedule) {
      io.err(`No schedule "${scheduleId}". Known: ${runtime.settings.schedules.map((s) => s.id).join(', ')}`);
      return 1;
    }
    const outcome = await runtime.core.occurrences.fire(schedule, runtime.clock.now(), { force: true });
    await createAuditTrail(runtime).record('post.now', null, {
      schedule: schedule.id,
      via: 'cli',
      status: outcome.status,
    });
    io.out(
      `${outcome.key}: ${outcome.status}, ${outcome.queued} message(s) queued; the running bot delivers them.`,
    );
    return 0;
  });
}

const DIGEST_FORMATS = ['md', 'json', 'csv', 'html'] as const;
export function digestCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      month: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
      lang: { type: 'string' },
      audience: { type: 'string', default: 'leads' },
      'csv-dialect': { type: 'string', default: 'excel' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(DIGEST_USAGE);
    return Promise.resolve(0);
  }
  const month = values.month ?? '';
  if (!MONTH_PATTERN.test(month)) throw new UsageError(DIGEST_USAGE);
  const format = DIGEST_FORMATS.find((f) => f === values.format);
  if (!format) throw new UsageError(`unknown format "${values.format}" (md, json, csv or html)`);
  if (values.lang !== undefined && !(LOCALES as readonly string[]).includes(values.lang))
    throw new UsageError(`unknown language "${values.lang}" (nb, nn or en)`);
  const audience =
    values.audience === 'politicians' ? 'politicians' : values.audience === 'leads' ? 'leads' : undefined;
  if (!audience) throw new UsageError(`unknown audience "${values.audience}" (leads or politicians)`);
  const dialect = CSV_DIALECTS.find((d) => d === values['csv-dialect']);
  if (!dialect) throw new UsageError(`unknown CSV dialect "${values['csv-dialect']}" (excel or rfc4180)`);
  if (audience === 'politicians' && (format === 'json' || format === 'csv'))
    throw new UsageError('--audience politicians is a reading version: use --format md or html');
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    const { core, settings } = runtime;
    const locale = LOCALES.find((l) => l === values.lang) ?? settings.defaultLocale;
    let digest: Digest;
    try {
      digest = await core.digests.forMonth(month);
    } catch (error) {
      if (!(error instanceof DigestMonthError)) throw error;
      io.err(`No digest for ${month}: choose a month from ${error.range.first} to ${error.range.last}.`);
      return 2;
    }
    await createAuditTrail(runtime).record('digest.requested', null, { month, format, audience, via: 'cli' });
    const options = {
      locale,
      bank: core.bank,
      sectorName: sectorNamer(runtime, locale),
      audience,
      timeZone: settings.timezone,
    } as const;
    const text =
      format === 'json'
        ? `${JSON.stringify({ $schema: DIGEST_SCHEMA_ID, ...digest }, null, 2)}\n`
        : format === 'csv'
          ? renderDigestCsv(digest, { ...options, dialect })
          : format === 'html'
            ? renderDigestHtml(digest, options)
            : renderDigestMarkdown(digest, options);
    if (values.out) {
      writeFileSync(values.out, text);
      io.out(`Wrote ${values.out}`);
    } else io.out(text);
    return 0;
  });
}

function userArg(args: string[]): string {
  const { values } = parseArgs({ args, options: { user: { type: 'string' } } });
  if (!values.user || !parsePersonKey(values.user))
    throw new UsageError('usage: --user PLATFORM:ID (e.g. slack:U012AB3CD)');
  return values.user;
}

export function exportCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const user = userArg(args);
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    io.out(JSON.stringify(await runtime.core.personalData.export(user), null, 2));
    await createAuditTrail(runtime).record('data.exported', null, { user, via: 'cli' });
    return 0;
  });
}

export function forgetCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const user = userArg(args);
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    const { removed } = await runtime.core.personalData.forget(user);
    // The erased person's key stays out of the log: only that an erasure happened and how much.
    await createAuditTrail(runtime).record('data.forgotten', null, { rows: removed, via: 'cli' });
    io.out(
      `Erased ${user}: ${removed} row(s) removed. Pseudonymous pulse answers remain only in aggregates.`,
    );
    return 0;
  });
}

export function scheduleCommand(io: CliIo): Promise<ExitCode> {
  return withRuntime(io, (runtime) => {
    for (const { schedule, next } of createScheduler(runtime.core, runtime.logger).upcoming()) {
      io.out(
        `${schedule.id} (${schedule.kind}): ${next.map((d) => d.toISOString()).join(', ') || 'nothing in the next two months'}`,
      );
    }
    return 0;
  });
}
