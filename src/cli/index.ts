import { startApp } from '../app.js';
import { describePlatforms } from '../config.js';
import { auditCommand } from './audit-command.js';
import { backupCommand, restoreCommand } from './backup-commands.js';
import {
  configCheckCommand,
  DIGEST_USAGE,
  digestCommand,
  exportCommand,
  forgetCommand,
  migrateCommand,
  postCommand,
  scheduleCommand,
} from './commands.js';
import { demoDataCommand } from './demo-data-command.js';
import { type CliIo, configOrExit, type ExitCode, processIo, UsageError } from './io.js';
import { linksCommand } from './links-command.js';

export const HELP = `kulturpuls — innovation culture, every week

Usage:
  kulturpuls start                         run the bot (migrates the database first)
  kulturpuls migrate                       apply database migrations and exit
  kulturpuls config check [FILE]           validate a config file
  kulturpuls post SCHEDULE_ID --now        post one schedule's occurrence now
  kulturpuls schedule                      show the next scheduled posts
  kulturpuls digest --month YYYY-MM [--format md|json|csv|html] [--out FILE] [--lang nb|nn|en]
                    [--audience leads|politicians] [--csv-dialect excel|rfc4180]
  kulturpuls demo-data [--members N] [--months M] [--seed S]
  kulturpuls export --user PLATFORM:ID     everything stored about a person
  kulturpuls forget --user PLATFORM:ID     erase a person's data
  kulturpuls backup FILE [--with-secret]   online, owner-only copy of the database (the key only if asked)
  kulturpuls restore FILE [--force]        restore a backup (the bot must be stopped)
  kulturpuls audit [--limit N] [--json]    admin actions, newest first
  kulturpuls results list                  recent pulses and whether their results are shared
  kulturpuls results show PULSE_ID [--lang nb|nn|en]   the results as the channel will see them
  kulturpuls results note PULSE_ID "SENTENCE"          add "what we will do about it"; shares now
  kulturpuls links revoke                  every dashboard link made until now stops working
  kulturpuls teams-package [--out FILE]    validated Teams app zip from manifests/teams/
`;

async function start(io: CliIo): Promise<ExitCode> {
  const config = configOrExit(io);
  if (!config) return 1;
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp(config);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    io.err((error as Error).message);
    return 1;
  }
  io.out(`Kulturpuls is running on port ${app.port}\n${describePlatforms(config)}`);
  const shutdown = () => {
    // The stop is bounded (the outbox waits 7 s at most); this is the backstop inside Kubernetes' 30 s.
    setTimeout(() => {
      io.err('Kulturpuls did not stop in 20 s; exiting anyway (the next start resumes the outbox)');
      process.exit(1);
    }, 20_000).unref();
    void app.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return new Promise<ExitCode>(() => {});
}

/** `kulturpuls COMMAND --help`: the command's own usage (its lines of HELP), without running it. */
export function commandHelp(command: string): string {
  if (command === 'digest') return DIGEST_USAGE;
  const lines = HELP.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  kulturpuls ${command}`));
  if (start === -1) return HELP;
  const end = lines.findIndex((l, i) => i > start && !/^\s{20,}/.test(l));
  return `usage:\n${lines.slice(start, end === -1 ? undefined : end).join('\n')}`;
}

const STOPS_WITH_MESSAGE = ['slack_start_refused', 'secret_setup', 'database_unavailable'];

type Command = (io: CliIo, args: string[]) => ExitCode | Promise<ExitCode>;

/** Every command by name; the Teams package and results commands load their modules when used. */
const COMMANDS: Record<string, Command> = {
  start: (io) => start(io),
  migrate: (io) => migrateCommand(io),
  config: (io, args) => {
    if (args[0] !== 'check') throw new UsageError('usage: kulturpuls config check [FILE]');
    return configCheckCommand(io, args.slice(1));
  },
  post: postCommand,
  schedule: (io) => scheduleCommand(io),
  digest: digestCommand,
  'demo-data': demoDataCommand,
  export: exportCommand,
  forget: forgetCommand,
  'teams-package': async (io, args) =>
    (await import('./teams-package-command.js')).teamsPackageCommand(io, args),
  backup: backupCommand,
  restore: restoreCommand,
  audit: auditCommand,
  results: async (io, args) => (await import('./results-command.js')).resultsCommand(io, args),
  links: linksCommand,
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command && command !== 'help' && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    if (command === undefined || command === 'help' || command === '--help') {
      io.out(HELP);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(io, rest);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${HELP}`);
      return 2;
    }
    // A platform that refused its credentials at start, no key, or a database that cannot be opened:
    // the message, no stack trace.
    if (STOPS_WITH_MESSAGE.includes((error as { code?: string }).code ?? '')) {
      io.err(`${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
