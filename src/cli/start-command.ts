import { startApp } from '../app.js';
import { describePlatforms } from '../config.js';
import { type CliIo, configOrExit, type ExitCode } from './io.js';

/** `kulturpuls start`: runs until SIGINT or SIGTERM, then stops within bounds. */
export async function startCommand(io: CliIo): Promise<ExitCode> {
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
