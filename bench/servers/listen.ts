import { createServer } from 'node:http';
import type { Express } from 'express';

/** Listens on 127.0.0.1:$PORT (or a free port) and prints `listening <port>` for the bench runner. */
export async function listenAndAnnounce(app: Express): Promise<void> {
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
