import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app.js';
import { formatProblems, loadConfig, secretFilePath } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { openRuntime } from '../../src/runtime.js';
import { onPostgres } from '../support/database.js';
import { useCli } from './cli-harness.js';

// Issue 21: in production the key lives outside the folder that copies and backups take.

const cli = useCli();
const SLACK = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'signing-secret' };
const KEY = 'b7e15163a1d2c3b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c';

/** A CLI harness with Slack credentials and no KULTURPULS_SECRET: what a production install has. */
async function production() {
  const h = await cli();
  const env = h.env as Record<string, string | undefined>;
  delete env.KULTURPULS_SECRET;
  Object.assign(h.env, SLACK);
  return h;
}

/** A key file as the set-up line makes it: owner-only. */
function ownerOnly(h: Awaited<ReturnType<typeof cli>>, name: string, text: string): string {
  const file = join(h.dir, name);
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}

describe.skipIf(onPostgres)('the key of a production install', () => {
  it('without one, commands and start refuse with the set-up, and nothing is created', async () => {
    const h = await production();
    const migrate = await h.run(['migrate']);
    expect(migrate.code).toBe(1);
    expect(migrate.err).toContain('does not generate one in the data folder');
    expect(migrate.err).toContain('LoadCredential=kulturpuls-secret:/etc/kulturpuls/secret');
    expect(existsSync(dirname(h.dbPath))).toBe(false);

    const check = await h.run(['config', 'check']);
    expect(check.code).toBe(1);
    expect(check.err).toContain('KULTURPULS_SECRET_FILE=/etc/kulturpuls/secret');

    const loaded = loadConfig({ env: h.env });
    if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
    await expect(startApp(loaded.config, { port: 0, host: '127.0.0.1' })).rejects.toMatchObject({
      code: 'secret_setup',
    });
    expect(existsSync(dirname(h.dbPath))).toBe(false);
  });

  it('config check names the source, and warns about a key left in the data folder', async () => {
    const h = await production();
    h.env.KULTURPULS_SECRET_FILE = ownerOnly(h, 'secret', `${KEY}\n`);
    const check = await h.run(['config', 'check']);
    expect(check.code).toBe(0);
    expect(check.out).toContain(`Pseudonym key: KULTURPULS_SECRET_FILE (${h.env.KULTURPULS_SECRET_FILE})`);
    expect(check.err).toBe('');

    delete (h.env as Record<string, string | undefined>).KULTURPULS_SECRET_FILE;
    expect((await h.run(['migrate'])).code).toBe(1);
    mkdirSync(dirname(h.dbPath), { recursive: true, mode: 0o700 });
    writeFileSync(secretFilePath(h.dbPath), `${KEY}\n`, { mode: 0o600 });
    const legacy = await h.run(['config', 'check']);
    expect(legacy.code).toBe(0);
    expect(legacy.out).toContain(`Pseudonym key: ${secretFilePath(h.dbPath)}, beside the database`);
    expect(legacy.err).toContain(`Warning: The key is read from ${secretFilePath(h.dbPath)}`);
    expect(legacy.err).toContain(`mv ${secretFilePath(h.dbPath)} /etc/kulturpuls/secret`);
  });

  it("a start on an earlier version's key in the data folder logs how to move it out", async () => {
    const h = await production();
    mkdirSync(dirname(h.dbPath), { recursive: true, mode: 0o700 });
    writeFileSync(secretFilePath(h.dbPath), `${KEY}\n`, { mode: 0o600 });
    const loaded = loadConfig({ env: h.env });
    if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => warnings.push(message) };
    const runtime = await openRuntime(loaded.config, { logger });
    await runtime.close();
    expect(runtime.secret).toBe(KEY);
    expect(warnings).toEqual([
      expect.stringContaining(`mv ${secretFilePath(h.dbPath)} /etc/kulturpuls/secret`),
    ]);
  });

  it('backup --with-secret writes the key in use beside the backup; restore uses it without copying it into the data folder', async () => {
    const h = await production();
    h.env.KULTURPULS_SECRET_FILE = ownerOnly(h, 'secret', `${KEY}\n`);
    const runtime = await h.runtime();
    expect(runtime.secret).toBe(KEY);
    await runtime.close();

    const plain = await h.run(['backup', join(h.dir, 'plain', 'kp.db')]);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain(`Keep KULTURPULS_SECRET_FILE (${h.env.KULTURPULS_SECRET_FILE}) backed up`);
    expect(existsSync(secretFilePath(join(h.dir, 'plain', 'kp.db')))).toBe(false);

    const backup = join(h.dir, 'keyed', 'kp.db');
    const keyed = await h.run(['backup', backup, '--with-secret']);
    expect(keyed.code).toBe(0);
    expect(readFileSync(secretFilePath(backup), 'utf8')).toBe(`${KEY}\n`);
    expect(statSync(secretFilePath(backup)).mode & 0o777).toBe(0o600);

    // A fresh install without a key: refused before anything is written, with the backup's key named.
    h.env.KULTURPULS_DB = join(h.dir, 'fresh', 'kulturpuls.db');
    delete (h.env as Record<string, string | undefined>).KULTURPULS_SECRET_FILE;
    const refused = await h.run(['restore', backup]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`The backup's key is ${secretFilePath(backup)}`);
    expect(existsSync(join(h.dir, 'fresh'))).toBe(false);

    // A different key: restored, with a warning.
    h.env.KULTURPULS_SECRET_FILE = ownerOnly(h, 'other', 'e'.repeat(64));
    const differs = await h.run(['restore', backup]);
    expect(differs.code).toBe(0);
    expect(differs.err).toContain('differs from the key in use');

    // Pointed at the backup's key: restored, and no key lands in the data folder.
    h.env.KULTURPULS_SECRET_FILE = secretFilePath(backup);
    const restored = await h.run(['restore', backup, '--force']);
    expect(restored.code).toBe(0);
    expect(restored.err).toBe('');
    expect(existsSync(secretFilePath(h.env.KULTURPULS_DB))).toBe(false);
  });
});
