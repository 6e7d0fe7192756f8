import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, loadConfig, resolveSecret, SECRET_FILE_NAME } from '../../src/config.js';
import { useTempDir } from './temp-dir.js';

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'signing-secret' };
const KEY = 'a5f3c1e0b2d4a6f8091b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071';

describe('the pseudonym key', () => {
  const temp = useTempDir();

  /** The key as `start` gets it: environment parsed by loadConfig, production when credentials are set. */
  function key(env: Record<string, string>) {
    const loaded = loadConfig({ env, file: temp.write('kulturpuls.yaml', '') });
    if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
    return resolveSecret(loaded.config.env, { production: !loaded.config.platforms.local });
  }

  function dataFolder() {
    const dir = temp.path('data');
    mkdirSync(dir, { recursive: true });
    return { dir, db: join(dir, 'kulturpuls.db'), beside: join(dir, SECRET_FILE_NAME) };
  }

  function keyFile(name: string, text: string | Buffer, mode = 0o600) {
    const file = temp.path(name);
    writeFileSync(file, text, { mode });
    return file;
  }

  function credentials(text: string) {
    const dir = temp.path('credentials');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'kulturpuls-secret'), text, { mode: 0o400 });
    return dir;
  }

  describe('sources, by precedence', () => {
    it('KULTURPULS_SECRET comes first, over a secret file and a systemd credential, and writes nothing', () => {
      const data = dataFolder();
      const resolved = key({
        ...SLACK,
        KULTURPULS_DB: data.db,
        KULTURPULS_SECRET: 'from-the-environment',
        KULTURPULS_SECRET_FILE: keyFile('file', `${KEY}\n`),
        CREDENTIALS_DIRECTORY: credentials('c'.repeat(40)),
      });
      expect(resolved).toEqual({
        secret: 'from-the-environment',
        source: { kind: 'environment' },
        warnings: [],
      });
      expect(readdirSync(data.dir)).toEqual([]);
    });

    it('KULTURPULS_SECRET_FILE comes next, over the systemd credential, its trailing line break trimmed', () => {
      const data = dataFolder();
      const file = keyFile('mounted', `${KEY}\r\n`);
      const resolved = key({
        ...SLACK,
        KULTURPULS_DB: data.db,
        KULTURPULS_SECRET_FILE: file,
        CREDENTIALS_DIRECTORY: credentials('c'.repeat(40)),
      });
      expect(resolved).toEqual({ secret: KEY, source: { kind: 'secret-file', path: file }, warnings: [] });
      expect(readdirSync(data.dir)).toEqual([]);
    });

    it('then the systemd credential kulturpuls-secret in CREDENTIALS_DIRECTORY', () => {
      const data = dataFolder();
      const dir = credentials(`${KEY}\n`);
      const resolved = key({ ...SLACK, KULTURPULS_DB: data.db, CREDENTIALS_DIRECTORY: dir });
      expect(resolved.secret).toBe(KEY);
      expect(resolved.source).toEqual({ kind: 'systemd-credential', path: join(dir, 'kulturpuls-secret') });
      expect(resolved.warnings).toEqual([]);
    });

    it('passes over a credentials folder without ours (systemd sets it for any credential of the unit)', () => {
      const data = dataFolder();
      const dir = temp.path('other-credentials');
      mkdirSync(dir);
      writeFileSync(join(dir, 'tls-key'), 'x'.repeat(40));
      expect(() => key({ ...SLACK, KULTURPULS_DB: data.db, CREDENTIALS_DIRECTORY: dir })).toThrow(
        /has no key/,
      );
      expect(key({ KULTURPULS_DB: data.db, CREDENTIALS_DIRECTORY: dir }).source.kind).toBe('data-folder');
    });

    it('uses a binary key file as hex text, so the program still gets a string', () => {
      const bytes = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 200) % 256));
      const resolved = key({
        ...SLACK,
        KULTURPULS_DB: dataFolder().db,
        KULTURPULS_SECRET_FILE: keyFile('bin', bytes),
      });
      expect(resolved.secret).toBe(bytes.toString('hex'));
    });
  });

  describe('secret file rules', () => {
    it('refuses a missing secret file rather than falling back to another key', () => {
      const data = dataFolder();
      writeFileSync(data.beside, `${KEY}\n`, { mode: 0o600 });
      const missing = temp.path('nowhere/secret');
      expect(() => key({ ...SLACK, KULTURPULS_DB: data.db, KULTURPULS_SECRET_FILE: missing })).toThrow(
        `KULTURPULS_SECRET_FILE ${missing} does not exist.`,
      );
    });

    it('refuses fewer than 32 bytes of key, the trimmed line break not counted', () => {
      const file = keyFile('short', `${'k'.repeat(31)}\n`);
      expect(() => key({ ...SLACK, KULTURPULS_DB: dataFolder().db, KULTURPULS_SECRET_FILE: file })).toThrow(
        /holds 31 bytes; a key needs at least 32/,
      );
      const empty = credentials('\n');
      expect(() => key({ ...SLACK, KULTURPULS_DB: dataFolder().db, CREDENTIALS_DIRECTORY: empty })).toThrow(
        /systemd credential kulturpuls-secret .* holds 0 bytes/,
      );
    });

    it('warns, without refusing, when other users can read the file (container secrets are 0444)', () => {
      const file = keyFile('readable', KEY, 0o644);
      const resolved = key({ ...SLACK, KULTURPULS_DB: dataFolder().db, KULTURPULS_SECRET_FILE: file });
      expect(resolved.secret).toBe(KEY);
      expect(resolved.warnings).toEqual([
        `KULTURPULS_SECRET_FILE ${file} can be read by other users (mode 0644): chmod 600 ${file}, or mount it owner-only.`,
      ]);
    });

    it('warns when the secret file sits in the data folder after all', () => {
      const data = dataFolder();
      const file = join(data.dir, 'my-key');
      writeFileSync(file, KEY, { mode: 0o600 });
      const { warnings } = key({ ...SLACK, KULTURPULS_DB: data.db, KULTURPULS_SECRET_FILE: file });
      expect(warnings).toEqual([expect.stringContaining(`${file} is inside the data folder`)]);
    });
  });

  describe('production (Slack or Teams credentials set)', () => {
    it('refuses to start without a key, shows the one-line set-up, and writes nothing in the data folder', () => {
      const data = dataFolder();
      let message = '';
      try {
        key({ ...SLACK, KULTURPULS_DB: data.db });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('With Slack or Teams set up it does not generate one in the data folder');
      expect(message).toContain("openssl rand -hex 32 > /etc/kulturpuls/secret'");
      expect(message).toContain('LoadCredential=kulturpuls-secret:/etc/kulturpuls/secret');
      expect(message).toContain('KULTURPULS_SECRET_FILE=/etc/kulturpuls/secret');
      expect(readdirSync(data.dir)).toEqual([]);
      expect(() =>
        key({ CLIENT_ID: 'app-id', CLIENT_SECRET: 'teams-secret', KULTURPULS_DB: data.db }),
      ).toThrow(/has no key/);
    });

    it("keeps reading an earlier version's key in the data folder, and says how to move it out", () => {
      const data = dataFolder();
      writeFileSync(data.beside, `${KEY}\n`, { mode: 0o600 });
      const resolved = key({ ...SLACK, KULTURPULS_DB: data.db });
      expect(resolved.secret).toBe(KEY);
      expect(resolved.source).toEqual({ kind: 'data-folder', path: data.beside });
      expect(resolved.warnings).toHaveLength(1);
      expect(resolved.warnings[0]).toContain(`mv ${data.beside} /etc/kulturpuls/secret`);
      expect(resolved.warnings[0]).toContain('LoadCredential=kulturpuls-secret:/etc/kulturpuls/secret');
      expect(readFileSync(data.beside, 'utf8')).toBe(`${KEY}\n`);
    });

    it('after a move, says to delete the copy left in the data folder, and warns louder when it differs', () => {
      const data = dataFolder();
      writeFileSync(data.beside, `${KEY}\n`, { mode: 0o600 });
      const moved = key({ ...SLACK, KULTURPULS_DB: data.db, KULTURPULS_SECRET_FILE: keyFile('moved', KEY) });
      expect(moved.warnings).toEqual([expect.stringContaining('Kulturpuls no longer reads it: delete it')]);
      const other = keyFile('other', 'f'.repeat(64));
      const differs = key({ ...SLACK, KULTURPULS_DB: data.db, KULTURPULS_SECRET_FILE: other });
      expect(differs.secret).toBe('f'.repeat(64));
      expect(differs.warnings).toEqual([expect.stringContaining('The data folder holds a different key')]);
    });

    it('on PostgreSQL, a credentials folder without the key stops the start with the set-up', () => {
      const dir = temp.path('empty-credentials');
      mkdirSync(dir);
      expect(() =>
        key({ ...SLACK, KULTURPULS_DB: 'postgres://kp@127.0.0.1:1/kp', CREDENTIALS_DIRECTORY: dir }),
      ).toThrow(/on PostgreSQL: every replica must use the same one/);
    });
  });

  describe('local mode (no credentials)', () => {
    it('creates 32 random bytes once beside the database, owner-only, and reuses them', () => {
      const data = dataFolder();
      const first = key({ KULTURPULS_DB: data.db });
      expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
      expect(first.warnings).toEqual([]);
      expect(statSync(data.beside).mode & 0o777).toBe(0o600);
      expect(readFileSync(data.beside, 'utf8').trim()).toBe(first.secret);
      expect(key({ KULTURPULS_DB: data.db }).secret).toBe(first.secret);
      expect(key({ KULTURPULS_DB: data.db, KULTURPULS_SECRET: '' }).secret).toBe(first.secret);
    });

    it('creates the data folder owner-only when the key comes first', () => {
      const db = join(temp.path('fresh'), 'kulturpuls.db');
      key({ KULTURPULS_DB: db });
      expect(statSync(temp.path('fresh')).mode & 0o777).toBe(0o700);
    });

    it('tightens the permissions of an existing key file', () => {
      const data = dataFolder();
      writeFileSync(data.beside, 'an-existing-secret-value\n', { mode: 0o644 });
      expect(key({ KULTURPULS_DB: data.db }).secret).toBe('an-existing-secret-value');
      expect(statSync(data.beside).mode & 0o777).toBe(0o600);
    });

    it('refuses a damaged key file rather than replacing it', () => {
      const data = dataFolder();
      writeFileSync(data.beside, '\n', { mode: 0o600 });
      expect(() => key({ KULTURPULS_DB: data.db })).toThrow(/damaged/);
    });

    it('keeps the key of an in-memory database in memory only, in production too', () => {
      const resolved = key({ ...SLACK, KULTURPULS_DB: ':memory:' });
      expect(resolved.secret).toMatch(/^[0-9a-f]{64}$/);
      expect(resolved.source).toEqual({ kind: 'memory' });
      expect(() => statSync(SECRET_FILE_NAME)).toThrow();
    });
  });
});
