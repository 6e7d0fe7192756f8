// One scripted conversation through each platform's real entry point: the same neutral replies on
// Slack, Teams and the local page (issue: commands drifted apart when written three times).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LocalAnswer,
  neutralTexts,
  type PlatformApp,
  readable,
  startLocal,
  startSlack,
  startTeams,
  type Who,
} from './three-platforms.js';

// 00:30 on 1 March in Oslo is still 28 February in UTC: `digest` means February on every platform.
const NOW = new Date('2026-02-28T23:30:00.000Z');
const clock = { now: () => NOW };

const SCRIPT: { who: Who; text: string; outcome: string }[] = [
  { who: 'employee', text: 'hjelp', outcome: 'ok' },
  { who: 'employee', text: 'puls', outcome: 'ok' },
  { who: 'employee', text: 'lang en', outcome: 'ok' },
  { who: 'employee', text: 'help', outcome: 'ok' },
  { who: 'employee', text: 'språk nb', outcome: 'ok' },
  { who: 'employee', text: 'mydata', outcome: 'ok' },
  { who: 'employee', text: 'sektor oppvekst', outcome: 'ok' },
  { who: 'employee', text: 'sector', outcome: 'ok' },
  { who: 'employee', text: 'pause', outcome: 'ok' },
  { who: 'employee', text: 'fortsett', outcome: 'ok' },
  { who: 'employee', text: 'digest', outcome: 'not_allowed' },
  { who: 'employee', text: 'post reflection', outcome: 'not_allowed' },
  { who: 'employee', text: 'tull og tøys', outcome: 'unknown_command' },
  { who: 'employee', text: 'kaffe join', outcome: 'ok' },
  { who: 'employee', text: 'kaffe skip', outcome: 'ok' },
  { who: 'employee', text: 'kaffe', outcome: 'usage' },
  { who: 'employee', text: 'nestesteg', outcome: 'not_allowed' },
  { who: 'employee', text: 'leveranser', outcome: 'not_allowed' },
  { who: 'employee', text: 'kommentarer', outcome: 'not_allowed' },
  { who: 'lead', text: 'hjelp', outcome: 'ok' },
  { who: 'lead', text: 'leveranser', outcome: 'ok' },
  { who: 'lead', text: 'digest', outcome: 'ok' },
  { who: 'lead', text: 'oppsummering 2026-13', outcome: 'bad_month' },
  { who: 'lead', text: 'post reflection', outcome: 'ok' },
  { who: 'lead', text: 'post reflection', outcome: 'duplicate' },
  { who: 'lead', text: 'publiser pulse', outcome: 'ok' },
  { who: 'lead', text: 'post pulse', outcome: 'pulse_open' },
  { who: 'lead', text: 'puls', outcome: 'ok' },
  { who: 'lead', text: 'post ingenting', outcome: 'unknown_schedule' },
  { who: 'lead', text: 'recognise', outcome: 'ok' },
  { who: 'lead', text: 'nextsteps', outcome: 'ok' },
];

describe('one conversation, three platforms', () => {
  let slack: PlatformApp;
  let teams: PlatformApp;
  let local: Awaited<ReturnType<typeof startLocal>>;
  const transcript: { step: string; local: LocalAnswer; slack: string; teams: string }[] = [];

  beforeAll(async () => {
    [slack, teams, local] = await Promise.all([startSlack(clock), startTeams(clock), startLocal(clock)]);
    for (const { who, text } of SCRIPT) {
      transcript.push({
        step: `${who}: ${text}`,
        local: await local.reply(who, text),
        slack: await slack.say(who, text),
        teams: await teams.say(who, text),
      });
    }
  });

  afterAll(async () => {
    await Promise.all([slack?.close(), teams?.close(), local?.close()]);
  });

  it('every step has the same outcome, and Slack and Teams show every text of the neutral reply', () => {
    expect(transcript).toHaveLength(SCRIPT.length);
    SCRIPT.forEach((expected, i) => {
      const { step, local: answer, slack: onSlack, teams: onTeams } = transcript[i] ?? ({} as never);
      expect(answer.body.outcome ?? answer.body.error, step).toBe(expected.outcome);
      const texts = answer.body.reply ? neutralTexts(answer.body.reply.message) : [answer.body.message ?? ''];
      expect(texts.join('').length, step).toBeGreaterThan(0);
      // What each platform stores of its own person (`mydata`: e-mail, sector, the id roles are
      // given by) is not shared.
      const own = new Set(
        (answer.body.reply?.message.blocks ?? []).flatMap((block) =>
          block.type === 'fields'
            ? block.fields
                .filter((f) => ['E-post', 'Sektor', 'ID til rollene i oppsettet'].includes(f.label))
                .map((f) => f.value)
            : [],
        ),
      );
      // Where a post arrived is each installation's own: here each app has only its platform turned
      // on, so the Slack channels of the schedules are out of reach for the other two.
      if (/^(post|publiser) /.test(expected.text) && expected.outcome === 'ok') {
        for (const shown of [texts.join('\n'), onSlack, onTeams]) expect(shown, step).toMatch(/^Publisert/);
        return;
      }
      for (const text of texts) {
        if (own.has(text)) continue;
        expect(onSlack, `${step} on Slack`).toContain(readable(text));
        // Teams has no slash command: a command to type is shown as the bare word.
        expect(onTeams, `${step} on Teams`).toContain(readable(text.replaceAll('`/kulturpuls ', '`')));
      }
      expect(onTeams, `${step} on Teams`).not.toContain('/kulturpuls');
    });
    const help = transcript[0] ?? ({} as never);
    expect(help.slack).toContain('/kulturpuls historie – del en god historie');
    expect(help.teams).toContain('• historie – del en god historie');
  });

  it('`digest` at 00:30 on the 1st means the month that just ended, where the organisation is', () => {
    const digest = transcript.find((s) => s.step === 'lead: digest');
    for (const shown of [digest?.slack, digest?.teams, digest?.local.body.message]) {
      expect(shown).toMatch(/februar 2026/i);
      expect(shown).not.toMatch(/mars 2026/i);
    }
  });

  it('a repeated post says it was already done, on every platform', () => {
    const repeated = transcript.filter((s) => s.step === 'lead: post reflection');
    expect(repeated.map((s) => s.local.body.outcome ?? s.local.body.error)).toEqual(['ok', 'duplicate']);
    for (const shown of [repeated[1]?.slack, repeated[1]?.teams]) expect(shown).toMatch(/allerede publisert/);
  });
});
