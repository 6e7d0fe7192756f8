// Promise 7: backup while votes arrive, restore into a fresh folder, start there: the data is present
// and a person's later vote in the same pulse changes their answer instead of adding one. Also the
// audit log of admin actions and /healthz reporting database and platform connectivity.
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { appCount } from '../support/app-database.js';
import { onPostgres } from '../support/database.js';
import { waitFor } from '../support/process-harness.js';
import { fanoutConfig, reliabilityRig } from '../support/reliability-fixtures.js';
import { buttonClick, sendInteraction } from '../support/slack-requests.js';

// SQLite's own backup and restore; on PostgreSQL these are pg_dump and pg_restore (tests/storage).
describe.skipIf(onPostgres)('backup, restore, audit and health', () => {
  const rig = reliabilityRig();

  it('restores a backup taken while votes arrive, with the pseudonym key, so a later vote changes the answer', async () => {
    const original = await rig.setUp({ config: fanoutConfig({ slack: 1 }) });
    const { ws, cli } = original;
    // The key as production keeps it: a file outside the data folder. It must travel with the backup.
    delete ws.env.KULTURPULS_SECRET;
    ws.env.KULTURPULS_SECRET_FILE = join(ws.dir, 'secret');
    writeFileSync(ws.env.KULTURPULS_SECRET_FILE, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    const first = await original.startApp();
    expect((await cli(['post', 'fanout', '--now'])).code).toBe(0);
    first.clock.set(new Date(Date.now() + 1_000));
    await first.app.drain();
    const pulse = (await first.app.runtime.core.pulses.openPulses())[0];
    if (!pulse) throw new Error('no pulse');
    const q = pulse.questionIds[0] as string;
    const click = (user: string, value: number, base: string) =>
      sendInteraction(
        base,
        buttonClick(user, 'CFAN0000', `${ACTIONS.pulseVote}:${q}:${value}`, `${pulse.id}|${q}|${value}`),
      );

    const health = (await (await fetch(`${first.base}/healthz`)).json()) as {
      database: string;
      platforms: { slack: { connectivity: string } };
    };
    expect(health.database).toBe('ok');
    expect(health.platforms.slack.connectivity).toBe('ok');

    // Votes keep arriving while the backup runs.
    for (let i = 0; i < 10; i += 1) await click(`UB${i}`, 2, first.base);
    const backupFile = join(ws.dir, 'backups', 'kp.db');
    const during = Array.from({ length: 20 }, (_, i) => click(`UD${i}`, 3, first.base));
    const backup = await cli(['backup', backupFile, '--with-secret']);
    await Promise.all(during);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('integrity_check: ok');
    expect(existsSync(join(ws.dir, 'backups', '.kulturpuls-secret'))).toBe(true);

    // Restore into a fresh folder and start there.
    const fresh = await rig.setUp({ config: fanoutConfig({ slack: 1 }), migrate: false });
    // The new host is pointed at the key that came with the backup.
    delete fresh.ws.env.KULTURPULS_SECRET;
    fresh.ws.env.KULTURPULS_SECRET_FILE = join(ws.dir, 'backups', '.kulturpuls-secret');
    const restored = await fresh.cli(['restore', backupFile]);
    expect(restored.code).toBe(0);
    const second = await fresh.startApp(new Date(Date.now() + 1_000));
    const count = () => appCount(second.app.runtime, 'pulse_answers');
    const answersAfterRestore = await count();
    expect(answersAfterRestore).toBeGreaterThanOrEqual(10);
    // UB0 voted 2 before the backup; voting 5 now changes that answer.
    await click('UB0', 5, second.base);
    const fives = () => appCount(second.app.runtime, 'pulse_answers', 'value = 5');
    await waitFor(async () => (await fives()) === 1, 'the changed answer');
    expect(await count()).toBe(answersAfterRestore);

    // Restoring over an existing database needs --force (and is refused while a bot process runs on it).
    const refused = await fresh.cli(['restore', backupFile]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('--force');

    const originalAudit = await cli(['audit', '--limit', '20']);
    for (const action of ['config.loaded', 'post.now', 'backup.written'])
      expect(originalAudit.out).toContain(action);
    const restoredAudit = await fresh.cli(['audit', '--json']);
    const actions = (JSON.parse(restoredAudit.out) as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['backup.restored', 'post.now', 'config.loaded']));
    console.info(
      '[reliability] backup/restore',
      JSON.stringify({
        votesBefore: 10,
        votesDuring: 20,
        answersAfterRestore,
        laterVoteAddedRows: (await count()) - answersAfterRestore,
      }),
    );
  }, 300_000);
});
