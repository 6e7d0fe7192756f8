import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, openDatabase, runMigrations } from '../../src/storage/database.js';
import { type PgStore, runPgMigrations } from '../../src/storage/pg/index.js';
import { buildAnswer, buildPulse } from '../support/builders.js';
import { createTestStore, onPostgres, type TestStore } from '../support/database.js';

const EXPECTED_TABLES = [
  'audit_log',
  'benchmarks',
  'comment_authors',
  'comment_contacts',
  'comment_messages',
  'comment_threads',
  'deliveries',
  'duty_leases',
  'feed_entries',
  'inbound_events',
  'kaffe_members',
  'kaffe_pairs',
  'monthly_aggregates',
  'next_steps',
  'nominations',
  'occurrences',
  'people',
  'pulse_answers',
  'pulse_participation',
  'pulse_respondents',
  'pulse_results',
  'pulses',
  'reflections',
  'schedule_state',
  'storage_meta',
  'stories',
  'story_reactions',
  'teams_activities',
  'teams_conversations',
];

const journal = (folder: string) =>
  JSON.parse(readFileSync(new URL(`../../${folder}/meta/_journal.json`, import.meta.url), 'utf8')) as {
    entries: unknown[];
  };

describe('database', () => {
  let t: TestStore;
  afterEach(() => t?.close());

  it.skipIf(onPostgres)('opens with WAL, foreign keys, busy timeout and synchronous NORMAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-open-'));
    const db = openDatabase(join(dir, 'k.db'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      // Migrations and maintenance before the store exists wait for another process's lock …
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // … the store never does with the event loop blocked: it waits on a timer (transactions.test.ts).
    t = await createTestStore();
    expect(t.db.pragma('busy_timeout', { simple: true })).toBe(0);
  });

  it.skipIf(onPostgres)('creates every table, and running the migrations again changes nothing', async () => {
    t = await createTestStore();
    runMigrations(t.db);
    const tables = t.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name",
      )
      .pluck()
      .all();
    expect(tables).toEqual(EXPECTED_TABLES);
    expect(t.db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(
      journal('migrations').entries.length,
    );
  });

  it.runIf(onPostgres)('creates every table on PostgreSQL, and migrating again changes nothing', async () => {
    t = await createTestStore();
    expect(await runPgMigrations((t.store as PgStore).pool)).toEqual({ applied: 0, fresh: false, tags: [] });
    const tables = await t.rows<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'kulturpuls_migrations' ORDER BY 1",
    );
    expect(tables.map((row) => row.name)).toEqual(EXPECTED_TABLES);
    expect(await t.rows('SELECT count(*) AS n FROM kulturpuls_migrations')).toEqual([
      { n: journal('migrations-pg').entries.length },
    ]);
  });

  it('keeps user ids out of the pulse answer table', async () => {
    t = await createTestStore();
    const columns = onPostgres
      ? await t.rows<{ name: string }>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'pulse_answers' ORDER BY ordinal_position",
        )
      : (t.db.prepare('PRAGMA table_info(pulse_answers)').all() as { name: string }[]);
    const names = columns.map((c) => c.name);
    expect(names).toEqual([
      'pulse_id',
      'question_id',
      'pseudonym',
      'value',
      'comment',
      'sector',
      'answered_at',
    ]);
    expect(names.some((name) => /user|person|author|email/.test(name))).toBe(false);
  });

  it('enforces the answer scale and the pulse foreign key', async () => {
    t = await createTestStore();
    const pulse = buildPulse();
    await t.store.pulses.create(pulse);
    await expect(
      t.store.pulses.upsertAnswer(buildAnswer({ pulseId: pulse.id, value: 6 as 5 })),
    ).rejects.toThrow(/check constraint/i);
    await expect(t.store.pulses.upsertAnswer(buildAnswer({ pulseId: 'no-such-pulse' }))).rejects.toThrow(
      /foreign key constraint/i,
    );
  });

  it('keeps one all-sectors monthly aggregate per month and question', async () => {
    t = await createTestStore();
    const insert = (month: string, sector: string | null) =>
      t.rows(
        "INSERT INTO monthly_aggregates (month, question_id, sector, n, sum, counts) VALUES (?, 'tillit', ?, 5, 20, '[0,0,0,5,0]')",
        month,
        sector,
      );
    await insert('2025-03', null);
    await insert('2025-03', 'helse');
    await insert('2025-04', null);
    await expect(insert('2025-03', null)).rejects.toThrow(/unique constraint/i);
    await expect(insert('2025-03', 'helse')).rejects.toThrow(/unique constraint/i);
  });

  it('rolls back a failed store transaction and commits a successful one', async () => {
    t = await createTestStore();
    await expect(
      t.store.transaction(async (tx) => {
        await tx.pulses.create(buildPulse({ id: 'rolled-back' }));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await t.store.pulses.get('rolled-back')).toBeUndefined();
    const result = await t.store.transaction(async (tx) => {
      await tx.pulses.create(buildPulse({ id: 'kept' }));
      return 'done';
    });
    expect(result).toBe('done');
    expect(await t.store.pulses.get('kept')).toBeDefined();
  });

  it.skipIf(onPostgres)('makes an online backup that opens with the same data', async () => {
    t = await createTestStore();
    await t.store.pulses.create(buildPulse({ id: 'backed-up' }));
    const target = join(t.path, '..', 'backups', 'copy.db');
    await backupDatabase(t.db, target);
    const copy = openDatabase(target);
    try {
      expect(copy.prepare('SELECT id FROM pulses').pluck().all()).toEqual(['backed-up']);
    } finally {
      copy.close();
    }
  });

  it('creates the parent folder and accepts :memory:', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-open-'));
    try {
      const path = join(dir, 'nested', 'data', 'kp.db');
      const db = openDatabase(path);
      db.close();
      expect(existsSync(path)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const memory = openDatabase(':memory:');
    runMigrations(memory);
    expect(memory.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
    memory.close();
  });
});
