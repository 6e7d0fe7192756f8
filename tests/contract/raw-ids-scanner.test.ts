// The raw-id scanner of the three journeys (raw-ids-*.test.ts) can fail: each kind of id seen on a
// screen in issue 23.6 is caught, in the texts as the real renderers put them on each platform, and
// ordinary words, dates and times are not.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.js';
import { renderMessage as renderSlack } from '../../src/slack/render-message.js';
import { renderMessage as renderTeams } from '../../src/teams/render-message.js';
import { rawIdsIn } from '../support/raw-ids.js';
import { neutralVisibleTexts, slackVisibleTexts, teamsVisibleTexts } from '../support/visible-texts.js';

const SCHEDULES = ['weekly-reflection', 'fortnightly-pulse'];

// As people saw them (issue 23.6), and the other kinds the journeys look for.
const PLANTED: [string, string][] = [
  ['GUID', 'Vi fikk ikke spurt dddddddd-… om nominasjonen din'],
  ['GUID', 'Samtykkeforespørsel til 00000000-0000-4000-8000-000000000003'],
  ['Teams id', 'Refleksjonsspørsmål til kanal 19:closed-project@thread.tacv2 (teams)'],
  ['Teams id', 'Melding til 29:1teams-user-kari'],
  ['Teams id', 'Melding til a:1personal-kari'],
  ['occurrence key', 'Publisert: 2 meldinger er på vei (pulse@2026-12-07T07:51:40.939Z)'],
  ['ISO timestamp', 'Publisert: 2 meldinger er på vei (pulse@2026-12-07T07:51:40.939Z)'],
  ['internal id', 'Pulsmåling pulse_e1a7a6c2950d46fc'],
  ['Slack id', 'Navn UEMP000014'],
  ['Slack id', 'Andre leveringer som feilet: kanal C0PULSE0001 (slack)'],
  ['person or target key', 'slack:channel:C0PULSE0001 · pulse · channel_not_found (1×)'],
  ['person or target key', 'teams:00000000-0000-4000-8000-000000000001'],
  ['schedule id', 'Refleksjonsspørsmål weekly-reflection'],
  ['schedule id', 'fortnightly-pulse (pulse): onsdag 3. desember kl. 09:00'],
];

const CLEAN = [
  'Pulsmålingen fra mandag 7. desember. Legg til én setning om hva dere gjør med det.',
  'Publisert: pulsmålingen, mandag 7. desember kl. 08:51. 2 meldinger er på vei.',
  'Åpen til onsdag 3. desember kl. 19:00.',
  'Skriv `/kulturpuls publiser weekly-reflection` for å publisere nå.',
  'Planer: publiser fortnightly-pulse (pulsmåling).',
  'Vi fikk ikke spurt kollegaen du nominerte om nominasjonen din.',
  'Pulsmåling til kanalen for pulsmålinger i Teams – boten er fjernet fra kanalen eller samtalen',
  'Oppsummering for november 2026 · CSV · JSON · HTML',
  'Navn: ikke lagret',
];

describe('the raw-id scanner', () => {
  it.each(PLANTED)('catches a %s in “%s”', (rule, text) => {
    expect(rawIdsIn([text], SCHEDULES).map((f) => f.rule)).toContain(rule);
  });

  it('lets words, dates, times and the command a lead types through', () => {
    expect(rawIdsIn(CLEAN, SCHEDULES)).toEqual([]);
  });

  it('lets through only the id mydata gives for the config, under its label', () => {
    expect(rawIdsIn(['*ID til rollene i oppsettet*\nslack:U0EMP000014'])).toEqual([]);
    expect(
      rawIdsIn(['ID for the roles in the configuration: teams:00000000-0000-4000-8000-000000000003']),
    ).toEqual([]);
    // The same id anywhere else is still caught.
    expect(rawIdsIn(['*Navn*\nslack:U0EMP000014']).map((f) => f.rule)).toEqual([
      'Slack id',
      'person or target key',
    ]);
  });

  // Planted in a message as the core would hand it to each renderer: the collectors must see it there.
  const planted: Message = {
    fallbackText: 'Publisert (pulse@2026-12-07T07:51:40.939Z)',
    blocks: [
      { type: 'heading', text: 'Pulsmåling pulse_e1a7a6c2950d46fc' },
      { type: 'fields', fields: [{ label: 'Navn', value: 'UEMP000014' }] },
      {
        type: 'actions',
        buttons: [{ actionId: 'kp_recognise', label: 'Anerkjenn weekly-reflection', value: 'x' }],
      },
    ],
  };
  const expected = ['internal id', 'Slack id', 'schedule id'];

  it('finds them in what Slack is sent, and not in the values handed back on a click', () => {
    const args = renderSlack(planted, { moreUrl: 'http://127.0.0.1/d', moreLabel: 'Mer' });
    const rules = rawIdsIn(slackVisibleTexts(args), SCHEDULES).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining([...expected, 'occurrence key']));
    const quiet = {
      ...planted,
      fallbackText: 'Publisert',
      blocks: [
        {
          type: 'actions' as const,
          buttons: [{ actionId: 'kp_recognise' as const, label: 'Anerkjenn', value: 'nom_0123456789abcdef' }],
        },
      ],
    };
    expect(rawIdsIn(slackVisibleTexts(renderSlack(quiet, { moreUrl: '', moreLabel: '' })))).toEqual([]);
  });

  it('finds them in a Teams card, and not in its action data', () => {
    const card = renderTeams(planted);
    const activity = {
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    };
    expect(rawIdsIn(teamsVisibleTexts(activity), SCHEDULES).map((f) => f.rule)).toEqual(
      expect.arrayContaining(expected),
    );
    const quiet: Message = {
      fallbackText: 'x',
      blocks: [
        {
          type: 'actions',
          buttons: [{ actionId: 'kp_recognise', label: 'Anerkjenn', value: 'nom_0123456789abcdef' }],
        },
      ],
    };
    const clean = { attachments: [{ content: renderTeams(quiet) }] };
    expect(rawIdsIn(teamsVisibleTexts(clean))).toEqual([]);
  });

  it('finds them in the local page’s neutral replies', () => {
    expect(rawIdsIn(neutralVisibleTexts({ message: planted }), SCHEDULES).map((f) => f.rule)).toEqual(
      expect.arrayContaining(expected),
    );
  });
});
