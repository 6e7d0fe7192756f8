import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/conversation/index.js';
import { FORMS, type Form } from '../../src/core/message.js';
import { commandText, type InboundActivity, parseActivity, toFormValues } from '../../src/teams/parse.js';

const fixture = (scenario: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/${scenario}/teams.json`, import.meta.url), 'utf8'),
  ) as InboundActivity;

describe('parseActivity', () => {
  it('reads a pulse click from a channel thread (recorded payload)', () => {
    expect(parseActivity(fixture('pulse-vote'))).toEqual({
      kind: 'vote',
      pulseId: 'pulse_01',
      questionId: 'lederforankring-1',
      value: 4,
      actor: {
        platform: 'teams',
        userId: '6a1f3c2e-9b7d-4e21-8c55-0d4f3a2b1c90',
        displayName: 'Kari Nordmann',
        channel: {
          platform: 'teams',
          kind: 'channel',
          id: '19:c0ffee00c0ffee00c0ffee00c0ffee00@thread.tacv2',
        },
        // Whatever is answered here is seen by the whole channel.
        replyPlace: 'shared',
      },
    });
  });

  it('stores the conversation reference when the bot is added to a team', () => {
    expect(parseActivity(fixture('bot-installed'))).toEqual({
      kind: 'installed',
      ref: {
        conversationId: '19:c0ffee00c0ffee00c0ffee00c0ffee00@thread.tacv2',
        conversationType: 'channel',
        tenantId: '3f2b1a0c-5d6e-4f70-8192-a3b4c5d6e7f8',
        serviceUrl: 'https://smba.trafficmanager.net/emea',
        botId: '28:11111111-2222-4333-8444-555555555555',
        userAadObjectId: null,
        userId: null,
      },
    });
    const removed = {
      ...fixture('bot-installed'),
      membersAdded: [],
      membersRemoved: [{ id: '28:11111111-2222-4333-8444-555555555555' }],
    };
    expect(parseActivity(removed)).toEqual({
      kind: 'removed',
      conversationId: '19:c0ffee00c0ffee00c0ffee00c0ffee00@thread.tacv2',
    });
  });

  it('strips the mention and understands Norwegian aliases', () => {
    expect(commandText('<at>Kulturpuls</at>&nbsp;story  Ny rutine')).toBe('story Ny rutine');
    const base = fixture('pulse-vote');
    const message = {
      ...base,
      type: 'message',
      name: undefined,
      value: undefined,
      text: '<at>Kulturpuls</at> språk nn',
    };
    expect(parseActivity(message)).toMatchObject({ kind: 'message', text: 'språk nn' });
    expect(parseCommand('språk nn')).toEqual({ kind: 'lang', locale: 'nn' });
  });
});

describe('toFormValues', () => {
  const form: Form = {
    id: FORMS.story,
    title: '',
    submitLabel: '',
    context: {},
    fields: [
      { id: 'sectors', label: '', kind: 'multiselect', required: true },
      { id: 'shareName', label: '', kind: 'checkbox', required: false },
      { id: 'nominee', label: '', kind: 'person', required: false },
      { id: 'title', label: '', kind: 'text', required: true },
    ],
  };
  it('turns card strings into form values', () => {
    expect(
      toFormValues(form, { sectors: 'a,b', shareName: 'true', nominee: '-', title: 'T', extra: 'x' }),
    ).toEqual({
      sectors: ['a', 'b'],
      shareName: true,
      title: 'T',
    });
  });
});
