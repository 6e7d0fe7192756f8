import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';

let dir: string;
let blocker: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kulturpuls-port-'));
  writeFileSync(join(dir, 'kulturpuls.yaml'), 'organisation: Testvik kommune\n');
  blocker = createServer();
  port = await new Promise<number>((resolve) =>
    blocker.listen(0, () => resolve((blocker.address() as { port: number }).port)),
  );
});
afterAll(() => {
  blocker.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a port already taken is a one-line error naming PORT, not a stack trace', async () => {
  const err: string[] = [];
  const code = await runCli(['start'], {
    out: () => {},
    err: (t) => err.push(t),
    env: {
      PORT: String(port),
      KULTURPULS_DB: join(dir, 'k.db'),
      KULTURPULS_CONFIG: join(dir, 'kulturpuls.yaml'),
      KULTURPULS_SECRET: 'port-test-secret-0123456789',
      LOG_LEVEL: 'error',
    },
  });
  expect(code).toBe(1);
  expect(err).toEqual([
    `Port ${port} is already in use. Stop the other program, or set PORT to a free port.`,
  ]);
});
