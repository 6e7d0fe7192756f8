import { afterEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/conversation/index.js';
import { sectorReply } from '../../src/core/messages/sector-message.js';
import { parseActivity } from '../../src/teams/parse.js';
import { createTestCore, type TestCore } from '../support/test-core.js';

describe('a person picks their sector', () => {
  let t: TestCore;
  afterEach(() => t.close());

  const text = (message: { fallbackText: string }) => message.fallbackText;

  it('shows the choices, sets a known sector, refuses an unknown one and keeps the old', async () => {
    t = await createTestCore();
    const person = await t.core.people.ensure({ platform: 'slack', userId: 'U1', displayName: 'Kari' });
    expect(text(await sectorReply(t.core, person, 'en', undefined))).toBe(
      'You have not chosen a sector yet. Choose with `/kulturpuls sector ID`: helse (Health), oppvekst (Education), teknisk (Technical).',
    );
    expect(text(await sectorReply(t.core, person, 'nb', 'Oppvekst'))).toContain('Oppvekst');
    expect((await t.store.people.get('slack:U1'))?.sector).toBe('oppvekst');

    expect(text(await sectorReply(t.core, { key: person.key, sector: 'oppvekst' }, 'en', 'nav'))).toMatch(
      /^There is no sector “nav”\./,
    );
    expect((await t.store.people.get('slack:U1'))?.sector).toBe('oppvekst');
  });

  it('is a command on Slack and Teams, in Norwegian too', () => {
    expect(parseCommand('sektor helse')).toEqual({ kind: 'sector', sectorId: 'helse' });
    expect(parseCommand('sector')).toEqual({ kind: 'sector', sectorId: undefined });
    const intent = parseActivity({
      type: 'message',
      id: 'a1',
      text: 'sektor helse',
      from: { id: '29:x', aadObjectId: 'aad-1', name: 'Kari' },
      conversation: { id: 'a:1', conversationType: 'personal' },
      recipient: { id: 'bot' },
      serviceUrl: 'http://127.0.0.1:1/',
      channelId: 'msteams',
    } as never);
    expect(intent).toMatchObject({ kind: 'message', text: 'sektor helse' });
  });
});
