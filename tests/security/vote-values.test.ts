import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { appCount } from '../support/app-database.js';
import { eventually, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { buttonClick, sendCommand, sendInteraction } from '../support/slack-requests.js';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  TEAMS_CHANNEL,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardsIn, cardText } from '../support/teams-cards.js';

// Issue 14: "1e0", "0x4" and " 4" were counted as votes, and a refused value was answered with "could
// not find this pulse". Only the values the bot rendered (1–5) count; others are told to choose 1–5.

const FORGED = ['1e0', '0x4', ' 4', '4.0', '+4', '04', '6', '0', '', 'four'];
const CHOOSE_NB = 'Velg et svar fra 1 til 5.';

let slack: SlackTestApp | undefined;
let teams: TeamsTestApp | undefined;
afterEach(async () => {
  await slack?.close();
  await teams?.close();
  slack = undefined;
  teams = undefined;
});

describe('pulse vote values', () => {
  it('Slack: only 1–5 as rendered; anything else stores nothing and asks to choose 1 to 5', async () => {
    slack = await startSlackTestApp();
    const app = slack;
    await sendCommand(app.baseUrl, { user_id: 'UADMIN', text: 'post pulse' });
    await eventually(() => expect(app.fake.channelPosts()).toHaveLength(1));
    const pulse = (await app.app.runtime.core.pulses.openPulses())[0];
    if (!pulse) throw new Error('no pulse');
    const q = pulse.questionIds[0] as string;
    for (const [i, raw] of FORGED.entries()) {
      await sendInteraction(
        app.baseUrl,
        buttonClick(`UFORGE${i}`, 'CPULSE', `${ACTIONS.pulseVote}:${q}:4`, `${pulse.id}|${q}|${raw}`),
      );
    }
    await eventually(() => expect(app.fake.callsTo('chat.postEphemeral')).toHaveLength(FORGED.length));
    for (const call of app.fake.callsTo('chat.postEphemeral')) expect(String(call.args.text)).toBe(CHOOSE_NB);
    expect(await app.count('pulse_answers')).toBe(0);

    await sendInteraction(
      app.baseUrl,
      buttonClick('UREAL', 'CPULSE', `${ACTIONS.pulseVote}:${q}:4`, `${pulse.id}|${q}|4`),
    );
    await eventually(async () => expect(await app.count('pulse_answers')).toBe(1));
  });

  it('Teams: only the number the card carried; a string or a fraction asks to choose 1 to 5', async () => {
    teams = await startTeamsTestApp({
      yaml: `
defaultLocale: nb
quietPeriods: []
schedules:
  - id: weekly-pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 1
    openHours: 48
    targets: ["teams:channel:${TEAMS_CHANNEL}"]
`,
    });
    const app = teams;
    await app.post(conversationUpdateActivity(app.connector.url, { added: true }));
    const pulse = await app.app.runtime.core.occurrences.fire(
      app.app.runtime.settings.schedules[0] as never,
      app.clock.now(),
      { force: true },
    );
    expect(pulse).toBeDefined();
    const open = (await app.app.runtime.core.pulses.openPulses())[0];
    if (!open) throw new Error('no pulse');
    const questionId = open.questionIds[0] as string;
    const values: unknown[] = ['4', '1e0', ' 4', '0x4', 4.5, 6, 0, null, true];
    for (const [i, value] of values.entries()) {
      const user = teamsUser(`forger${i}`, 100 + i);
      await app.post(installationUpdateActivity(app.connector.url, user, 'add'));
      const reply = await app.post(
        cardActionActivity(
          app.connector.url,
          user,
          ACTIONS.pulseVote,
          { pulseId: open.id, questionId, value },
          channelConversation(),
        ),
      );
      expect(cardText(cardsIn(reply.body)[0]), JSON.stringify(value)).toContain(CHOOSE_NB);
    }
    expect(await appCount(app.app.runtime, 'pulse_answers')).toBe(0);
    const real = teamsUser('real', 200);
    const counted = await app.post(
      cardActionActivity(
        app.connector.url,
        real,
        ACTIONS.pulseVote,
        { pulseId: open.id, questionId, value: 4 },
        channelConversation(),
      ),
    );
    expect(cardText(cardsIn(counted.body)[0])).toMatch(/Takk! Du svarte/);
  });
});
