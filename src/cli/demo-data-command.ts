import type { CliIo, ExitCode } from './io.js';

export async function demoDataCommand(io: CliIo, _args: string[]): Promise<ExitCode> {
  io.err('demo-data is not available yet');
  return 1;
}
