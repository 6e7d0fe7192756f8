import { afterEach, describe, expect, it } from 'vitest';
import { buildSchedule, createTestCore, type TestCore } from '../support/test-core.js';

describe('admin actions', () => {
  let t: TestCore;
  afterEach(() => t.close());

  async function setup(): Promise<void> {
    t = await createTestCore({
      start: '2026-03-02T10:00:00.000Z',
      settings: { roles: { admins: [], leads: ['slack:ULEAD'], managers: ['slack:UMANAGER'] } },
    });
  }

  it('lets only leads and admins post now, and writes each post to the audit log', async () => {
    await setup();
    expect(await t.core.admin.postNow('slack:UMANAGER', 'fortnightly-pulse')).toEqual({
      status: 'not_allowed',
    });
    expect(await t.core.admin.postNow('slack:ULEAD', 'no-such-schedule')).toEqual({
      status: 'unknown_schedule',
    });
    expect(await t.core.admin.audit.recent()).toEqual([]);

    const outcome = await t.core.admin.postNow('slack:ULEAD', 'fortnightly-pulse');
    expect(outcome.status).toBe('posted');
    const [entry] = await t.core.admin.audit.recent();
    expect(entry).toMatchObject({
      actorKey: 'slack:ULEAD',
      action: 'post.now',
      details: { scheduleId: 'fortnightly-pulse' },
    });
    expect(await t.store.outbox.list()).toHaveLength(1);
  });

  it('records a digest request only for leads, and only for a valid month', async () => {
    await setup();
    expect(await t.core.admin.requestDigest('slack:UMANAGER', '2026-02')).toBe('not_allowed');
    expect(await t.core.admin.requestDigest('slack:ULEAD', '2026-13')).toBe('bad_month');
    expect(await t.core.admin.requestDigest('slack:ULEAD', '2026-02')).toBe('ok');
    expect((await t.core.admin.audit.recent()).map((e) => [e.action, e.details])).toEqual([
      ['digest.requested', { month: '2026-02' }],
    ]);
  });

  it('opens two pulses in two channels at once without force; the same schedule and channel needs force', async () => {
    const pulseTo = (id: string, channel: string) =>
      buildSchedule({ id, kind: 'pulse', targets: [{ platform: 'slack', kind: 'channel', id: channel }] });
    t = await createTestCore({
      start: '2026-03-02T10:00:00.000Z',
      settings: {
        roles: { admins: [], leads: ['slack:ULEAD'], managers: [] },
        schedules: [pulseTo('helse-pulse', 'CHELSE'), pulseTo('skole-pulse', 'CSKOLE')],
      },
    });
    const lead = { platform: 'slack' as const, userId: 'ULEAD' };
    const post = (text: string) => t.core.conversation.say(lead, text);

    expect(await post('post helse-pulse')).toMatchObject({ outcome: 'ok' });
    t.clock.advance(60_000);
    expect(await post('post skole-pulse')).toMatchObject({ outcome: 'ok' });
    expect(await t.store.pulses.open(t.clock.now().toISOString())).toHaveLength(2);

    const again = await post('post helse-pulse');
    expect(again).toMatchObject({ outcome: 'pulse_open' });
    expect(again.kind === 'message' && again.message.fallbackText).toContain('publiser helse-pulse tving');
    t.clock.advance(60_000);
    expect(await post('post helse-pulse force')).toMatchObject({ outcome: 'ok' });
    expect(await t.store.pulses.open(t.clock.now().toISOString())).toHaveLength(3);
  });
});
