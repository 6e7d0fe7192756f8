import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { appDir } from './app-dir.js';

let folder: Awaited<ReturnType<typeof appDir>>;
let env: Record<string, string>;
let blocker: Server;
let port: number;

beforeAll(async () => {
  folder = await appDir('port');
  ({ env } = folder);
  blocker = createServer();
  port = await new Promise<number>((resolve) =>
    blocker.listen(0, () => resolve((blocker.address() as { port: number }).port)),
  );
});
afterAll(async () => {
  blocker.close();
  await folder?.close();
});

it('a port already taken is a one-line error naming PORT, not a stack trace', async () => {
  const err: string[] = [];
  const code = await runCli(['start'], {
    out: () => {},
    err: (t) => err.push(t),
    env: { ...env, PORT: String(port) },
  });
  expect(code).toBe(1);
  expect(err).toEqual([
    `Port ${port} is already in use. Stop the other program, or set PORT to a free port.`,
  ]);
});
