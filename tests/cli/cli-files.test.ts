import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { secretFilePath } from '../../src/config.js';
import { onPostgres } from '../support/database.js';
import { useCli } from './cli-harness.js';

// Issue 14: the database, -wal, -shm and backups were 0644 in 0755 folders, every backup carried the
// pseudonym key, and `restore --force` dropped the old database's WAL before keeping it aside.

const cli = useCli();
const mode = (file: string) => statSync(file).mode & 0o777;

async function voteMany(h: Awaited<ReturnType<typeof cli>>, n: number) {
  const runtime = await h.runtime();
  const pulse = await runtime.core.pulses.open({ occurrenceKey: null, statements: 1, openHours: 48 });
  const questionId = pulse.questionIds[0] as string;
  for (let i = 0; i < n; i++) {
    const actor = { platform: 'slack' as const, userId: `UF${i}` };
    expect((await runtime.core.pulses.vote({ actor, pulseId: pulse.id, questionId, value: 3 })).status).toBe(
      'recorded',
    );
  }
  return runtime;
}

// File modes, backups and restore of the SQLite file; PostgreSQL keeps its data in its own server.
describe.skipIf(onPostgres)('files on disk', () => {
  it('are owner-only: the data folder, the database, its -wal and -shm', async () => {
    const h = await cli();
    await voteMany(h, 3);
    expect(mode(dirname(h.dbPath))).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) expect(mode(`${h.dbPath}${suffix}`)).toBe(0o600);
  });

  it('backups are owner-only and leave the pseudonym key out unless asked', async () => {
    const h = await cli();
    const secretBeside = secretFilePath(h.dbPath);
    // A generated key beside the database, as an install without KULTURPULS_SECRET has.
    delete (h.env as Record<string, string | undefined>).KULTURPULS_SECRET;
    await voteMany(h, 2);
    expect(existsSync(secretBeside)).toBe(true);

    const plain = join(h.dir, 'backups', 'plain.db');
    const result = await h.run(['backup', plain]);
    expect(result.code).toBe(0);
    expect(mode(plain)).toBe(0o600);
    expect(mode(dirname(plain))).toBe(0o700);
    expect(existsSync(secretFilePath(plain))).toBe(false);
    expect(result.out).toContain('--with-secret');

    const withKey = join(h.dir, 'keyed', 'keyed.db');
    const keyed = await h.run(['backup', withKey, '--with-secret']);
    expect(keyed.code).toBe(0);
    expect(mode(secretFilePath(withKey))).toBe(0o600);
  });

  it('restore --force keeps the old database whole, with what was still in its WAL', async () => {
    const h = await cli();
    const backup = join(h.dir, 'backups', 'empty.db');
    expect((await h.run(['backup', backup])).code).toBe(0);
    // 80 answers still in the WAL, as a stopped (or killed) bot leaves them: the three files copied
    // while the connection is open, before any checkpoint.
    const runtime = await voteMany(h, 80);
    const crashed = join(h.dir, 'crashed', 'kulturpuls.db');
    mkdirSync(dirname(crashed), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${h.dbPath}${suffix}`, `${crashed}${suffix}`);
    await runtime.close();
    h.env.KULTURPULS_DB = crashed;

    const restored = await h.run(['restore', backup, '--force']);
    expect(restored.code).toBe(0);
    const aside = /Kept the old database as (\S+)/.exec(restored.out)?.[1] as string;
    const kept = new BetterSqlite3(aside, { readonly: true });
    expect(kept.prepare('SELECT count(*) AS n FROM pulse_answers').get()).toEqual({ n: 80 });
    kept.close();
    expect(mode(crashed)).toBe(0o600);
  });
});
