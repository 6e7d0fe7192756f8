// `deliveries` on the local page: the same neutral answer as in Teams and Slack, for admins only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OFF_CHANNEL, queueForTeamsWhileOff } from '../support/teams-off.js';
import { type LocalApp, startLocalApp } from './local-app.js';

describe('deliveries on the local page', () => {
  let local: LocalApp;
  const say = async (as: string, text: string) => {
    const answer = await local.post('/local/api/command', { as, text });
    return { status: answer.status, body: JSON.stringify(answer.body) };
  };

  beforeEach(async () => {
    local = await startLocalApp({ yaml: 'organisation: Testkommune\nroles:\n  admins: ["local:jonas"]\n' });
  });
  afterEach(async () => {
    await local.stop();
  });

  it('an admin sees a post for a platform that is not on, by kind and target; a lead is refused', async () => {
    await queueForTeamsWhileOff(local.app.runtime.store, local.clock.now().toISOString());
    await local.app.drain();
    const admin = await say('local:jonas', 'leveranser');
    expect(admin.status).toBe(200);
    expect(admin.body).toContain('Andre leveringer som feilet');
    // The channel by where it is, never its id: no schedule posts there, so it is "a channel in Teams".
    expect(admin.body).toContain(
      'Melding til en kanal i Teams – plattformen er ikke slått på i denne installasjonen',
    );
    expect(admin.body).not.toContain(OFF_CHANNEL);
    expect(admin.body).not.toContain('Påminnelsene er slått på igjen');
    const lead = await say('local:kari', 'leveranser');
    expect(lead.body).toContain('Dette kan bare administratorer se.');
    expect(lead.body).toContain('not_allowed');
  });

  it('shows the newest 200, one line per kind, target and reason, and counts the older ones', async () => {
    const now = local.clock.now().toISOString();
    for (let i = 0; i < 201; i++) {
      await local.app.runtime.store.outbox.enqueue(
        {
          dedupeKey: `notice:${i}`,
          target: { platform: 'slack', kind: 'dm', id: 'U0GONE' },
          payload: { type: 'notice', textKey: 'pause.off' },
          notBefore: now,
        },
        now,
      );
    }
    await local.app.drain();
    const { body } = await say('local:jonas', 'leveranser');
    expect(body).toContain('Melding til en person uten kjent navn (200 ganger)');
    expect(body).not.toContain('U0GONE');
    expect(body).toContain('… og 1 eldre levering (se /metrics og databasen).');
  });

  it('never names the commenter of an anonymous comment conversation a DM could not reach', async () => {
    const now = local.clock.now().toISOString();
    await local.app.runtime.store.people.upsert(
      { key: 'slack:U0COMMENTER', displayName: 'Ola Kommentator' },
      now,
    );
    await local.app.runtime.store.outbox.enqueue(
      {
        dedupeKey: 'comment:thread-1:message-1',
        target: { platform: 'slack', kind: 'dm', id: 'U0COMMENTER' },
        payload: { type: 'comment', threadId: 'thread-1', messageId: 'message-1' },
        notBefore: now,
      },
      now,
    );
    await local.app.drain();
    const { body } = await say('local:jonas', 'leveranser');
    expect(body).toContain('Samtale om en anonym kommentar til deltakerne (ikke navngitt');
    expect(body).not.toContain('Ola Kommentator');
    expect(body).not.toContain('U0COMMENTER');
  });

  it('says so when everything arrived', async () => {
    expect((await say('local:jonas', 'deliveries')).body).toContain('Alle leveringer har kommet fram.');
  });
});
