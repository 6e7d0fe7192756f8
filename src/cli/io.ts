import { parseArgs } from 'node:util';
import { type AppConfig, formatProblems, loadConfig } from '../config.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env?: Record<string, string | undefined>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Exit code: 0 ok, 1 a problem the person must fix, 2 wrong usage. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}

export function configOrExit(io: CliIo, options: { teamsPackageOnly?: boolean } = {}): AppConfig | undefined {
  const result = loadConfig({ ...(io.env ? { env: io.env } : {}), ...options });
  if (result.ok) return result.config;
  io.err(`Kulturpuls cannot start: the configuration has problems.\n${formatProblems(result.problems)}`);
  return undefined;
}

/** One positional argument and one on/off flag, as `post ID --now` and `backup FILE --with-secret` take. */
export function positionalAndFlag(
  args: string[],
  flag: string,
  usage: string,
): { value: string; on: boolean } {
  const { values, positionals } = parseArgs({
    args,
    options: { [flag]: { type: 'boolean' } },
    allowPositionals: true,
  });
  const value = positionals[0];
  if (!value) throw new UsageError(usage);
  return { value, on: values[flag] === true };
}
