// Issue: a Teams post said "answer here or in the thread", but Teams never passes thread replies on
// to the bot (no resource-specific consent). Only Slack's posts invite them.
import { afterEach, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

let t: TestCore | undefined;
afterEach(() => t?.close());

const text = (m: Message | undefined) => JSON.stringify(m?.blocks ?? []);

it('the reflection question invites thread replies on Slack only', async () => {
  t = await createTestCore();
  const question = t.core.bank.active('reflection')[0];
  if (!question) throw new Error('no reflection question');
  const payload = { type: 'reflection' as const, questionId: question.id, occurrenceKey: 'weekly@x' };
  const post = async (platform: 'slack' | 'teams' | 'local') =>
    text(await t?.core.render(payload, { platform, kind: 'channel', id: 'C1' }));
  expect(await post('slack')).toContain('tråden');
  expect(await post('teams')).not.toContain('tråden');
  expect(await post('local')).not.toContain('tråden');
  expect(await post('teams')).toContain('Svar med knappen');
});
