import { commandHelp, HELP } from './help.js';
import { type CliIo, type ExitCode, processIo, UsageError } from './io.js';

const STOPS_WITH_MESSAGE = ['slack_start_refused', 'secret_setup', 'database_unavailable'];

type Command = (io: CliIo, args: string[]) => ExitCode | Promise<ExitCode>;

const commands = () => import('./commands.js');
const backups = () => import('./backup-commands.js');

/** Every command by name; each loads its module when it runs, so none pays for the others' imports. */
const COMMANDS: Record<string, Command> = {
  start: async (io) => (await import('./start-command.js')).startCommand(io),
  migrate: async (io) => (await commands()).migrateCommand(io),
  config: async (io, args) => {
    if (args[0] !== 'check') throw new UsageError('usage: kulturpuls config check [FILE]');
    return (await commands()).configCheckCommand(io, args.slice(1));
  },
  post: async (io, args) => (await commands()).postCommand(io, args),
  schedule: async (io) => (await commands()).scheduleCommand(io),
  digest: async (io, args) => (await commands()).digestCommand(io, args),
  'demo-data': async (io, args) => (await import('./demo-data-command.js')).demoDataCommand(io, args),
  export: async (io, args) => (await commands()).exportCommand(io, args),
  forget: async (io, args) => (await commands()).forgetCommand(io, args),
  'teams-package': async (io, args) =>
    (await import('./teams-package-command.js')).teamsPackageCommand(io, args),
  backup: async (io, args) => (await backups()).backupCommand(io, args),
  restore: async (io, args) => (await backups()).restoreCommand(io, args),
  audit: async (io, args) => (await import('./audit-command.js')).auditCommand(io, args),
  results: async (io, args) => (await import('./results-command.js')).resultsCommand(io, args),
  benchmark: async (io, args) => (await import('./benchmark-command.js')).benchmarkCommand(io, args),
  links: async (io, args) => (await import('./links-command.js')).linksCommand(io, args),
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
