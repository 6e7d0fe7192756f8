import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { pgRaw } from '../../src/storage/pg/raw-sql.js';
import type { PgStore } from '../../src/storage/pg/store.js';
import { sqliteRaw } from '../../src/storage/sealed/raw-sql.js';
import { sealExistingRows } from '../../src/storage/sealed/seal-existing.js';
import { createTestStore, onPostgres, TEST_SECRET, type TestStore } from '../support/database.js';

// An installation upgraded from a version that stored people in plain form: the first start seals every
// row once, and what the bot reads afterwards is what was stored before.

const AT = '2026-11-02T08:00:00.000Z';
const PLAIN = ['UOLDSLACK01', 'Gunnhild Gammeldata', 'gunnhild.gammel@eldre-kommune.no', 'Fordi hun lyttet'];

let t: TestStore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function plantPlainRows(t: TestStore): Promise<void> {
  const sql = async (query: string, ...params: unknown[]) => t.rows(query, ...params);
  await sql(
    'INSERT INTO people (key, platform, user_id, display_name, email, paused, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    'slack:UOLDSLACK01',
    'slack',
    'UOLDSLACK01',
    'Gunnhild Gammeldata',
    'gunnhild.gammel@eldre-kommune.no',
    onPostgres ? false : 0,
    AT,
  );
  await sql(
    'INSERT INTO pulses (id, question_ids, opens_at, closes_at) VALUES (?, ?, ?, ?)',
    'p1',
    '["q1"]',
    AT,
    AT,
  );
  await sql(
    'INSERT INTO pulse_participation (pulse_id, person_key, answered_at) VALUES (?, ?, ?)',
    'p1',
    'slack:UOLDSLACK01',
    AT,
  );
  await sql(
    `INSERT INTO deliveries (dedupe_key, target_platform, target_kind, target_id, payload, status, attempts, next_attempt_at, created_at, message_ref)
     VALUES (?, 'slack', 'dm', ?, ?, 'sent', 1, ?, ?, ?)`,
    'onboarding',
    'UOLDSLACK01',
    JSON.stringify({ type: 'notice', textKey: 'slack.onboarding', params: { name: 'Gunnhild Gammeldata' } }),
    AT,
    AT,
    'DOLDSLACK01:1.0',
  );
  await sql(
    `INSERT INTO nominations (id, nominator_key, nominee_kind, nominee_key, dimension, reason, sectors, status, created_at)
     VALUES ('n1', 'slack:UOLDSLACK02', 'person', 'slack:UOLDSLACK01', 'kultur-og-klima', 'Fordi hun lyttet', '[]', 'declined', ?)`,
    AT,
  );
  await sql(
    'INSERT INTO kaffe_members (person_key, joined_at, skip_next) VALUES (?, ?, ?)',
    'slack:UOLDSLACK01',
    AT,
    onPostgres ? false : 0,
  );
}

function raw(t: TestStore) {
  return onPostgres ? pgRaw((t.store as PgStore).pool) : sqliteRaw(t.db);
}

describe('rows stored before sealing', () => {
  it('are sealed once at start, and read back as they were', async () => {
    t = await createTestStore();
    await plantPlainRows(t);
    expect(await sealExistingRows(raw(t), TEST_SECRET)).toBe(5); // one row in each of the five tables

    // Nothing plain is left in any table…
    const tables = ['people', 'pulse_participation', 'deliveries', 'nominations', 'kaffe_members'];
    const dump = JSON.stringify(
      await Promise.all(tables.map(async (table) => t?.rows(`SELECT * FROM ${table}`))),
    );
    for (const value of PLAIN) expect(dump).not.toContain(value);
    expect(dump).not.toContain('UOLDSLACK02');
    // …nor in the file, its free pages or its write-ahead log (checkpointed and vacuumed).
    if (!onPostgres) {
      const bytes = Buffer.concat([
        readFileSync(t.path),
        readFileSync(`${t.path}-wal`, { flag: 'a+' }),
      ]).toString('latin1');
      for (const value of PLAIN) expect(bytes).not.toContain(value);
    }

    // What the bot reads is what was stored.
    const { store } = t;
    expect(await store.people.get('slack:UOLDSLACK01')).toMatchObject({
      displayName: 'Gunnhild Gammeldata',
      email: 'gunnhild.gammel@eldre-kommune.no',
      userId: 'UOLDSLACK01',
    });
    expect(await store.pulses.participants('p1')).toEqual(['slack:UOLDSLACK01']);
    expect((await store.outbox.list())[0]).toMatchObject({
      target: { kind: 'dm', id: 'UOLDSLACK01' },
      payload: { params: { name: 'Gunnhild Gammeldata' } },
      messageRef: 'DOLDSLACK01:1.0',
    });
    expect(await store.content.getNomination('n1')).toMatchObject({
      nominatorKey: 'slack:UOLDSLACK02',
      nomineeKey: 'slack:UOLDSLACK01',
      reason: 'Fordi hun lyttet',
    });
    expect(await store.kaffe.member('slack:UOLDSLACK01')).toBeDefined();

    // Once: a second start changes nothing.
    const before = JSON.stringify(
      await Promise.all(tables.map(async (table) => t?.rows(`SELECT * FROM ${table}`))),
    );
    expect(await sealExistingRows(raw(t), TEST_SECRET)).toBe(0);
    expect(
      JSON.stringify(await Promise.all(tables.map(async (table) => t?.rows(`SELECT * FROM ${table}`)))),
    ).toBe(before);
  });

  it('leaves what is sealed already as it is', async () => {
    t = await createTestStore();
    await t.store.people.upsert({ key: 'slack:UNEWSLACK01', displayName: 'Nina Ny' }, AT);
    const before = await t.rows('SELECT * FROM people');
    expect(await sealExistingRows(raw(t), TEST_SECRET)).toBe(0);
    expect(await t.rows('SELECT * FROM people')).toEqual(before);
  });
});
