import { afterEach, describe, expect, it } from 'vitest';
import type { PersonKey } from '../../src/core/records.js';
import { createBulkWriter, type DemoDatabase } from '../../src/demo/bulk-writer.js';
import type { PgStore } from '../../src/storage/pg/index.js';
import { createTestStore, TEST_SECRET, type TestStore } from '../support/database.js';

const opened: TestStore[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});

async function setup() {
  const t = await createTestStore();
  opened.push(t);
  const database: DemoDatabase =
    t.dialect === 'sqlite'
      ? { dialect: 'sqlite', db: t.db }
      : { dialect: 'postgres', sql: (text, params) => (t.store as PgStore).sql(text, params) };
  await t.rows(
    'INSERT INTO pulses (id, question_ids, opens_at, closes_at) VALUES (?, ?, ?, ?)',
    'p1',
    '["q1"]',
    '2025-03-03T08:00:00.000Z',
    '2025-03-06T08:00:00.000Z',
  );
  return { t, writer: createBulkWriter(t.store, database, TEST_SECRET) };
}

const count = async (t: TestStore, table: string) =>
  (await t.rows<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n;
const participation = (i: number) => ({
  pulseId: 'p1',
  personKey: `local:p${i}`,
  answeredAt: '2025-03-04T09:00:00.000Z',
});

describe('demo bulk writer', () => {
  it('writes every row of a transaction larger than one statement', async () => {
    const { t, writer } = await setup();
    // 70,000 rows of three parameters are more than PostgreSQL's 65,535 bind parameters in one statement.
    const written = await writer.transaction(async () => {
      for (let i = 0; i < 70_000; i += 1) await writer.participation(participation(i));
      await writer.answer({
        pulseId: 'p1',
        questionId: 'q1',
        pseudonym: 'ps1',
        value: 4,
        comment: null,
        sector: 'kultur',
        answeredAt: '2025-03-03T08:00:00.000Z',
      });
      return 'done';
    });
    expect(written).toBe('done');
    expect(await count(t, 'pulse_participation')).toBe(70_000);
    expect(await t.rows('SELECT question_id, pseudonym, value, comment, sector FROM pulse_answers')).toEqual([
      { question_id: 'q1', pseudonym: 'ps1', value: 4, comment: null, sector: 'kultur' },
    ]);
  });

  it('writes nothing of a transaction that fails, and starts the next one empty', async () => {
    const { t, writer } = await setup();
    await expect(
      writer.transaction(async () => {
        for (let i = 0; i < 1_500; i += 1) await writer.participation(participation(i));
        throw new Error('generator failed');
      }),
    ).rejects.toThrow('generator failed');
    expect(await count(t, 'pulse_participation')).toBe(0);
    await writer.transaction(() => writer.participation(participation(9_999)));
    expect(await count(t, 'pulse_participation')).toBe(1);
    expect(await t.store.pulses.participants('p1')).toEqual(['local:p9999']);
  });

  it('refuses rows outside a transaction, so none is written outside one', async () => {
    const { t, writer } = await setup();
    await expect(writer.participation(participation(1))).rejects.toThrow(/inside the writer's transaction/);
    await expect(writer.upsertPeople([{ key: 'local:kari', displayName: 'Kari' }], 'now')).rejects.toThrow(
      /inside the writer's transaction/,
    );
    await writer.transaction(async () => undefined);
    expect(await count(t, 'pulse_participation')).toBe(0);
  });

  it('upserts people as the repository does: name, e-mail and sector refreshed, the rest kept', async () => {
    const { t, writer } = await setup();
    const key = 'local:kari.hansen' as PersonKey;
    const first = '2024-09-01T00:00:00.000Z';
    await writer.transaction(() =>
      writer.upsertPeople(
        [
          { key, displayName: 'Kari Hansen', email: 'kari@demo.kommune.no', sector: 'kultur' },
          { key: 'local:ola' as PersonKey, displayName: 'Ola' },
        ],
        first,
      ),
    );
    expect(await t.store.people.get('local:ola' as PersonKey)).toMatchObject({
      platform: 'local',
      userId: 'ola',
      email: null,
      sector: null,
      locale: null,
      paused: false,
      createdAt: first,
    });
    await t.store.people.setLocale(key, 'nn');
    await t.store.people.setPaused(key, true);
    await writer.transaction(() =>
      writer.upsertPeople(
        [{ key, displayName: 'Kari H. Berg', email: null, sector: 'nav' }],
        '2025-01-01T00:00:00.000Z',
      ),
    );
    expect(await t.store.people.get(key)).toMatchObject({
      displayName: 'Kari H. Berg',
      email: null,
      sector: 'nav',
      locale: 'nn',
      paused: true,
      createdAt: first,
    });
    expect(await count(t, 'people')).toBe(2);
  });
});
