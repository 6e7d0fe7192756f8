import type { CliIo, ExitCode } from './io.js';

export async function importCommand(io: CliIo, _args: string[]): Promise<ExitCode> {
  io.err('benchmark import: not available yet');
  return 1;
}
