import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block, Message } from '../../src/core/message.js';
import type { Pulse } from '../../src/core/records.js';
import { appRows } from '../support/app-database.js';
import { onPostgres } from '../support/database.js';
import { HOUR, type LocalApp, startLocalApp } from './local-app.js';

type Item = { id: number; message: Message; pulse?: { id: string; open: boolean } };
type State = { channels: { id: string; items: Item[] }[]; dms: Item[]; me: { locale: string } };
type Scale = Extract<Block, { type: 'scale' }>;

const scales = (item: Item | undefined) =>
  (item?.message.blocks ?? []).filter((b): b is Scale => b.type === 'scale');

describe('local API: pulses', () => {
  let local: LocalApp;
  let pulse: Pulse;

  beforeEach(async () => {
    local = await startLocalApp();
    pulse = await local.firePulse();
  });
  afterEach(async () => {
    expect(local.errors).toEqual([]);
    await local.stop();
  });

  const state = async (as: string) => {
    const response = await local.get(`/local/api/state?as=${as}`);
    expect(response.status).toBe(200);
    return response.body as unknown as State;
  };
  const pulseItem = (s: State) =>
    s.channels.find((c) => c.id === 'innovasjon')?.items.find((i) => i.pulse?.id === pulse.id);
  const vote = (as: string, value: unknown, questionId = pulse.questionIds[0]) =>
    local.post('/local/api/vote', { as, pulseId: pulse.id, questionId, value });

  it('lists every local channel the schedules post to, with the posted pulse', async () => {
    const s = await state('local:kari');
    expect(s.channels.map((c) => c.id)).toEqual(['innovasjon', 'innovasjonsledere']);
    const item = pulseItem(s);
    expect(item?.pulse).toEqual({ id: pulse.id, open: true });
    expect(scales(item).map((b) => b.questionId)).toEqual(pulse.questionIds);
    expect(scales(item).every((b) => b.selected === undefined)).toBe(true);
  });

  it('records a vote, shows it as selected for that person only, and lets them change it', async () => {
    const first = await vote('local:kari', 4);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, status: 'recorded', value: 4 });
    const confirmation = first.body.confirmation as Message;
    expect(confirmation.fallbackText).toContain('Delvis enig');
    expect(JSON.stringify(confirmation.blocks)).toContain('minst 5');

    expect(scales(pulseItem(await state('local:kari')))[0]?.selected).toBe(4);
    expect(scales(pulseItem(await state('local:ola')))[0]?.selected).toBeUndefined();

    const changed = await vote('local:kari', 2);
    expect(changed.body).toMatchObject({ ok: true, status: 'changed', value: 2 });
    expect((changed.body.confirmation as Message).fallbackText).toContain('endret');
    expect(scales(pulseItem(await state('local:kari')))[0]?.selected).toBe(2);
    expect(await local.app.runtime.store.pulses.participants(pulse.id)).toEqual(['local:kari']);
  });

  it('re-renders the pulse in the viewer’s language', async () => {
    await local.post('/local/api/settings', { as: 'local:aisha', locale: 'en' });
    const s = await state('local:aisha');
    expect(s.me.locale).toBe('en');
    const item = pulseItem(s);
    expect(item?.message.blocks[0]).toEqual({ type: 'heading', text: expect.stringContaining('Pulse') });
    expect(scales(item)[0]?.options[4]?.label).toBe('Fully agree');
  });

  it('refuses a vote on a closed pulse in the person’s language, and shows the pulse as closed', async () => {
    await local.post('/local/api/settings', { as: 'local:per', locale: 'en' });
    local.clock.advance(49 * HOUR);
    const closed = await vote('local:per', 3);
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ ok: false, error: 'closed' });
    expect(closed.body.message).toMatch(/closed/i);
    expect(pulseItem(await state('local:per'))?.pulse).toEqual({ id: pulse.id, open: false });
    expect(await local.app.runtime.store.pulses.participants(pulse.id)).toEqual([]);
  });

  it('answers unknown pulses and statements with 404 and out-of-range values with 400', async () => {
    const unknownPulse = await local.post('/local/api/vote', {
      as: 'local:kari',
      pulseId: 'pulse_nope',
      questionId: pulse.questionIds[0],
      value: 3,
    });
    expect(unknownPulse.status).toBe(404);
    expect(unknownPulse.body.message).toBe('Fant ikke denne pulsmålingen.');
    expect((await vote('local:kari', 3, 'not-in-this-pulse')).status).toBe(404);
    const outOfRange = await vote('local:kari', 7);
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.message).toBe('Velg et svar fra 1 til 5.');
    expect(await local.app.runtime.store.pulses.participants(pulse.id)).toEqual([]);
  });

  it('lets a lead post a schedule now, and nobody else', async () => {
    const refused = await local.post('/local/api/post-now', {
      as: 'local:aisha',
      scheduleId: 'weekly-reflection',
    });
    expect(refused.status).toBe(403);
    const unknown = await local.post('/local/api/post-now', { as: 'local:kari', scheduleId: 'nope' });
    expect(unknown.status).toBe(404);
    const posted = await local.post('/local/api/post-now', {
      as: 'local:kari',
      scheduleId: 'weekly-reflection',
    });
    expect(posted.status).toBe(200);
    await local.app.drain();
    const items = (await state('local:aisha')).channels.find((c) => c.id === 'innovasjon')?.items ?? [];
    expect(items[0]?.message.blocks.some((b) => b.type === 'actions')).toBe(true);
    expect(items).toHaveLength(2);
  });

  /** A vote while another connection holds `lock` gets 503 "try again"; after `release`, it counts. */
  const voteWhileLocked = async (lock: () => Promise<() => Promise<void> | void> | (() => void)) => {
    const release = await lock();
    try {
      const busy = await vote('local:kari', 5);
      expect(busy.status).toBe(503);
      expect(busy.body).toMatchObject({ ok: false, error: 'try_again' });
      expect(busy.body.message).toContain('Prøv igjen');
    } finally {
      await release();
    }
    expect((await vote('local:kari', 5)).status).toBe(200);
  };

  // SQLite's lock on the database file, taken by a second connection; PostgreSQL's is the test below.
  it.skipIf(onPostgres)(
    'answers 503 with "try again" while the database is locked, and 200 afterwards',
    async () => {
      const Database = (await import('better-sqlite3')).default;
      await voteWhileLocked(() => {
        const other = new Database(local.app.runtime.config.env.dbPath);
        other.pragma('busy_timeout = 0');
        other.exec('BEGIN EXCLUSIVE');
        return () => {
          other.exec('ROLLBACK');
          other.close();
        };
      });
    },
  );

  it.runIf(onPostgres)(
    'answers 503 with "try again" while another session locks the answers, and 200 afterwards',
    async () => {
      // As long as SQLite's busy_timeout; the 30 s statement timeout would freeze the app that long.
      expect(await appRows(local.app.runtime, 'SHOW lock_timeout')).toEqual([{ lock_timeout: '5s' }]);
      await voteWhileLocked(async () => {
        const other = new pg.Client({ connectionString: local.app.runtime.config.env.dbPath });
        await other.connect();
        await other.query('BEGIN');
        await other.query('LOCK TABLE pulse_answers IN ACCESS EXCLUSIVE MODE');
        return async () => {
          await other.query('ROLLBACK');
          await other.end();
        };
      });
    },
  );
});
