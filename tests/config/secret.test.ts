import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSecret, SECRET_FILE_NAME } from '../../src/config.js';
import { useTempDir } from './temp-dir.js';

describe('loadOrCreateSecret', () => {
  const temp = useTempDir();

  it('uses KULTURPULS_SECRET when it is set, and writes nothing', () => {
    const dbPath = temp.path('k.db');
    expect(loadOrCreateSecret('from-the-environment', dbPath)).toBe('from-the-environment');
    expect(() => statSync(temp.path(SECRET_FILE_NAME))).toThrow();
  });

  it('creates 32 random bytes once beside the database, owner-only, and reuses them', () => {
    const dbPath = join(temp.path('data'), 'kulturpuls.db');
    const first = loadOrCreateSecret(undefined, dbPath);
    const file = join(temp.path('data'), SECRET_FILE_NAME);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(loadOrCreateSecret(undefined, dbPath)).toBe(first);
    expect(loadOrCreateSecret('', dbPath)).toBe(first);
  });

  it('tightens the permissions of an existing secret file', () => {
    mkdirSync(temp.path('db'));
    const file = join(temp.path('db'), SECRET_FILE_NAME);
    writeFileSync(file, 'an-existing-secret-value\n', { mode: 0o644 });
    expect(loadOrCreateSecret(undefined, join(temp.path('db'), 'k.db'))).toBe('an-existing-secret-value');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged secret file rather than replacing it', () => {
    mkdirSync(temp.path('db'));
    writeFileSync(join(temp.path('db'), SECRET_FILE_NAME), '\n', { mode: 0o600 });
    expect(() => loadOrCreateSecret(undefined, join(temp.path('db'), 'k.db'))).toThrow(/damaged/);
  });

  it('keeps the secret of an in-memory database in memory only', () => {
    const secret = loadOrCreateSecret(undefined, ':memory:');
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(() => statSync(SECRET_FILE_NAME)).toThrow();
  });
});
