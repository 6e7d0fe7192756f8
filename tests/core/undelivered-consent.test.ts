// Issue 11.7 / 12.4: a consent request the platform cannot deliver (the nominee is not reachable, the
// app is not installed for them) used to fail without anyone knowing. Now the nominator is told.
import { afterEach, expect, it } from 'vitest';
import type { ChatGateway } from '../../src/core/ports.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

let t: TestCore | undefined;
afterEach(() => t?.close());

it('a consent request that fails for good is reported to the nominator once, in their language', async () => {
  t = await createTestCore();
  const sent: { to: string; text: string }[] = [];
  // Like Teams when the nominee has no 1:1 chat with the app: 403 → permanent `teams_user_unreachable`.
  const gateway: ChatGateway = {
    platform: 'teams',
    async send(target, message) {
      if (target.id === 'aad-nominee') return { ok: false, permanent: true, code: 'teams_user_unreachable' };
      sent.push({ to: target.id, text: message.fallbackText });
      return { ok: true, messageRef: `m${sent.length}` };
    },
  };
  const core = t.core;
  await core.people.ensure({ platform: 'teams', userId: 'aad-nominator', displayName: 'Kari' });
  await core.people.ensure({ platform: 'teams', userId: 'aad-nominee', displayName: 'Ola Nordmann' });
  const submitted = await core.conversation.submitForm(
    { platform: 'teams', userId: 'aad-nominator' },
    'kp_form_nomination',
    {},
    {
      nomineeKind: 'person',
      nominee: 'aad-nominee',
      dimension: 'anerkjennelse',
      reason: 'Ola fikk alle med på nattilsynet.',
    },
  );
  expect(submitted.kind).toBe('message');
  const worker = core.outboxWorker({ teams: gateway });
  while ((await worker.deliverDue()) > 0) {}
  while ((await worker.deliverDue()) > 0) {}
  expect(sent).toHaveLength(1);
  expect(sent[0]?.to).toBe('aad-nominator');
  expect(sent[0]?.text).toContain('Ola Nordmann');
  expect(sent[0]?.text).toContain('Vi fikk ikke spurt');
  expect((await core.deliveries.failed(10)).map((d) => d.lastError)).toEqual(['teams_user_unreachable']);
});
