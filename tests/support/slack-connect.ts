// Helpers for the connection tests: a port that refuses, a CONNECT proxy, a config on disk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, formatProblems, loadConfig } from '../../src/config.js';
import { createAppDatabase } from './app-database.js';

/** A 127.0.0.1 port nothing listens on (bound, then closed). */
export async function refusingPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface ConnectProxy {
  url: string;
  /** `host:port` of every CONNECT it tunnelled. */
  tunnels: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy that only tunnels (CONNECT), as municipal proxies in front of HTTPS do. `hosts`: names
 * only the proxy can resolve (a `.invalid` name never resolves elsewhere), so a call that reaches
 * such a host went through the proxy.
 */
export async function startConnectProxy(hosts: Record<string, string> = {}): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const server: Server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const [host = '', port = '0'] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), hosts[host] ?? host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Loads `yaml` with `env` (a fresh database: SQLite in a temp directory or PostgreSQL); `cleanup` removes it. */
export async function configFor(
  yaml: string,
  env: Record<string, string>,
): Promise<{ config: AppConfig; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-connect-'));
  const file = join(dir, 'kulturpuls.yaml');
  writeFileSync(file, yaml);
  const database = await createAppDatabase(dir);
  const result = loadConfig({
    file,
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_SECRET: 'test-secret-0123456789abcdef',
      LOG_LEVEL: 'error',
      ...env,
    },
  });
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return {
    config: { ...result.config, env: { ...result.config.env, port: 0 } },
    cleanup: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
