// Promise 5: the database locked (another connection holds BEGIN EXCLUSIVE) or the disk full while
// an answer arrives: the person is asked to try again, the process stays up, nothing is half-written.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/translate.js';
import { onPostgres } from '../support/database.js';
import { reliabilityRig } from '../support/reliability-fixtures.js';
import { setUpVoteRig, startVoteRig } from './vote-rig.js';

const TRY_AGAIN = t('nb', 'error.tryAgain');

function tryMount(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Answers with made-up pseudonyms until 100 in a row find no room left in the file. */
function fillToTheBrim(db: BetterSqlite3.Database, pulseId: string, questionId: string) {
  const insert = db.prepare(
    `INSERT INTO pulse_answers (pulse_id, question_id, pseudonym, value, sector, answered_at)
     VALUES (?, ?, ?, 3, NULL, '2026-01-01T00:00:00.000Z')`,
  );
  let refused = 0;
  for (let i = 0; refused < 100; i += 1) {
    if (i > 100_000) throw new Error('the database never filled up');
    try {
      insert.run(pulseId, questionId, randomBytes(32).toString('base64url'));
      refused = 0;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_FULL') throw error;
      refused += 1;
    }
  }
}

// A locked SQLite file and a full disk under it; PostgreSQL's faults are its own server's.
describe.skipIf(onPostgres)('storage faults while an answer arrives', () => {
  const rig = reliabilityRig();
  const setUp = async (dataDir?: string) => startVoteRig(await setUpVoteRig(rig, dataDir ? { dataDir } : {}));

  it('database locked by another connection: "try again" on Slack and Teams, nothing half-written, still serving', async () => {
    const { vote, rows, base, dbPath } = await setUp();
    const before = (await rows()).n;
    const blocker = new BetterSqlite3(dbPath);
    blocker.exec('BEGIN EXCLUSIVE');
    const locked = await vote();
    blocker.exec('ROLLBACK');
    blocker.close();
    // What was still waiting for the lock (on a timer) goes on now; give it the moment it needs.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const afterLock = (await rows()).n;
    const health = await fetch(`${base}/healthz`);
    const recovered = await vote();
    console.info(
      '[reliability] locked',
      JSON.stringify({ rowsWrittenWhileLocked: afterLock - before, healthz: health.status }),
    );
    expect(locked.slackAck).toBe(200);
    expect(locked.slackText).toContain(TRY_AGAIN);
    expect(locked.teamsText).toContain(TRY_AGAIN);
    // A vote given up on waits for the lock on a timer and may land once it is free: whole, never in part.
    expect([before, before + 2, before + 4]).toContain(afterLock);
    expect(health.status).toBe(200);
    expect(recovered.slackText).not.toContain(TRY_AGAIN);
    expect(recovered.teamsText).not.toContain(TRY_AGAIN);
    expect((await rows()).n).toBe(afterLock + 4);
  }, 300_000);

  it('database full (max_page_count): "try again", /healthz says disk full with 503, and ok once a vote lands', async () => {
    const { vote, rows, base, app, pulse } = await setUp();
    const { database } = app.runtime;
    if (database.dialect !== 'sqlite') throw new Error('SQLite only');
    const health = async () => {
      const res = await fetch(`${base}/healthz`);
      return { status: res.status, body: (await res.json()) as { database: string; databaseError?: string } };
    };
    expect(await health()).toMatchObject({ status: 200, body: { database: 'ok' } });
    // The file may not grow by a page (the same SQLITE_FULL as a full disk, without root), and the pages
    // the answers go to are filled until nothing more fits: a vote needs a new page, and gets none.
    database.db.pragma(`max_page_count = ${database.db.pragma('page_count', { simple: true })}`);
    fillToTheBrim(database.db, pulse.id, pulse.questionIds[0] as string);
    const before = (await rows()).n;
    const full = await vote();
    expect(full.slackText).toContain(TRY_AGAIN);
    expect(full.teamsText).toContain(TRY_AGAIN);
    expect((await rows()).n).toBe(before);
    const failing = await health();
    expect(failing.status).toBe(503);
    expect(failing.body).toMatchObject({ status: 'down', database: 'failing', databaseError: 'disk full' });
    // Still failing while nothing was written: reading /healthz again changes nothing.
    expect((await health()).body.databaseError).toBe('disk full');

    database.db.pragma('max_page_count = 1073741823');
    const recovered = await vote();
    expect(recovered.slackText).not.toContain(TRY_AGAIN);
    expect((await rows()).n).toBe(before + 4);
    expect(await health()).toMatchObject({ status: 200, body: { database: 'ok' } });
    expect((await health()).body.databaseError).toBeUndefined();
  }, 300_000);

  const dir = join(mkdtempSync(join(tmpdir(), 'kulturpuls-tmpfs-')), 'mnt');
  const mounted = tryMount(dir);
  it.skipIf(!mounted)(
    'disk full (a tiny tmpfs, filled): "try again", no row written, and fine once space is back',
    async () => {
      rig.track(dir, (mounted) => execFileSync('umount', ['-l', mounted]));
      const { vote, rows, base } = await setUp(dir);
      const health = async () => (await fetch(`${base}/healthz`)).status;
      const before = (await rows()).n;
      const filler = join(dir, 'filler');
      let size = 0;
      try {
        for (;;) {
          writeFileSync(filler, Buffer.alloc(64 * 1024), { flag: 'a' });
          size += 64 * 1024;
        }
      } catch {}
      for (let i = 0; i < 64; i += 1) {
        try {
          writeFileSync(join(dir, `f${i}`), Buffer.alloc(512));
        } catch {}
      }
      const full = await vote();
      const afterFull = (await rows()).n;
      const healthWhileFull = await health();
      execFileSync('rm', ['-f', filler]);
      const recovered = await vote();
      console.info(
        '[reliability] disk full',
        JSON.stringify({ fillerBytes: size, rowsWrittenWhileFull: afterFull - before }),
      );
      expect(full.slackText).toContain(TRY_AGAIN);
      expect(full.teamsText).toContain(TRY_AGAIN);
      expect(afterFull).toBe(before);
      expect(recovered.slackText).not.toContain(TRY_AGAIN);
      expect((await rows()).n).toBe(before + 4);
      expect(healthWhileFull).toBe(503);
      expect(await health()).toBe(200);
    },
    300_000,
  );
});
