import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appRows } from '../support/app-database.js';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  TEAMS_CHANNEL,
  type TeamsUser,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp } from '../support/teams-app.js';
import { cardProblems, cardsIn, cardText, executeActions } from '../support/teams-cards.js';

const LEADS_CHANNEL = '19:leads-channel@thread.tacv2';
const lead = teamsUser('lead', 1);
const kari = teamsUser('kari', 2);
const ola = teamsUser('ola', 3);

const yaml = `
defaultLocale: nb
privacy: { minGroupSize: 3 }
quietPeriods: []
roles:
  admins: ["teams:${lead.aadObjectId}"]
  leads: []
  managers: []
schedules:
  - id: weekly-reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: ["teams:channel:${TEAMS_CHANNEL}"]
  - id: weekly-pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 2
    openHours: 48
    targets: ["teams:channel:${TEAMS_CHANNEL}"]
  - id: monthly-digest
    kind: digest
    cron: "0 9 * * 1-5"
    skipHolidays: false
    targets: ["teams:channel:${LEADS_CHANNEL}"]
`;

let t: TeamsTestApp;

/** Every card the bot produced so far (proactive sends and replies) must be a valid Adaptive Card. */
function expectAllCardsValid(extra: unknown[] = []) {
  const cards = [...t.connector.sent().flatMap((call) => cardsIn(call.body)), ...extra.flatMap(cardsIn)];
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) expect(cardProblems(card), JSON.stringify(card).slice(0, 300)).toEqual([]);
}

async function install(user: TeamsUser) {
  expect((await t.post(installationUpdateActivity(t.connector.url, user, 'add'))).status).toBe(200);
}

function lastSent(conversationId: string) {
  const sent = t.connector.sent(conversationId);
  const card = cardsIn(sent.at(-1)?.body)[0];
  if (!card) throw new Error(`nothing sent to ${conversationId}`);
  return card;
}

beforeEach(async () => {
  t = await startTeamsTestApp({ yaml });
  await t.post(conversationUpdateActivity(t.connector.url, { added: true }));
  await t.post(
    conversationUpdateActivity(t.connector.url, { added: true }, channelConversation(LEADS_CHANNEL)),
  );
  for (const user of [lead, kari, ola]) await install(user);
});

afterEach(async () => {
  await t.close();
});

describe('Teams bot over HTTP with a local connector', () => {
  it('post → vote → change vote → digest, each card valid', async () => {
    const log: string[] = [];
    const postReply = await t.post(messageActivity(t.connector.url, lead, 'post weekly-pulse'));
    expect(postReply.status).toBe(200);
    expect(cardText(lastSent(`a:1personal-lead`))).toMatch(
      /Publisert: pulsmålingen, .* 1 melding er på vei\./,
    );
    await t.settle();

    const pulseCard = lastSent(TEAMS_CHANNEL);
    const votes = executeActions(pulseCard).filter((a) => a.verb === 'kp_pulse_vote');
    expect(votes).toHaveLength(10);
    expect(pulseCard.refresh).toMatchObject({ action: { verb: 'kp_pulse_refresh' } });
    log.push(
      `proactive → ${TEAMS_CHANNEL}: ${cardText(pulseCard).split('\n')[0]} (${votes.length} Action.Execute)`,
    );

    const first = votes[3];
    if (!first) throw new Error('no vote action');
    const vote = cardActionActivity(t.connector.url, kari, first.verb, first.data, channelConversation());
    const voted = await t.post(vote);
    expect(voted.status).toBe(200);
    const votedCard = cardsIn(voted.body)[0];
    expect(cardText(votedCard)).toMatch(/Takk! Du svarte/);
    expect(cardText(votedCard)).toMatch(/minst 3 personer/);
    expect(executeActions(votedCard).find((a) => a.title.startsWith('✓'))?.data).toEqual(first.data);
    expect(votedCard?.refresh).toMatchObject({ userIds: [kari.id] });
    log.push(
      `invoke vote ${first.data.value} → ${cardText(votedCard)
        .split('\n')
        .find((l) => l.startsWith('Takk'))}`,
    );

    // A retried invoke (same activity id) is answered again without a second vote.
    const retried = await t.post(vote);
    expect(retried.body).toEqual(voted.body);

    const second = votes[1];
    if (!second) throw new Error('no vote action');
    const changed = await t.post(
      cardActionActivity(t.connector.url, kari, second.verb, second.data, channelConversation()),
    );
    const changedCard = cardsIn(changed.body)[0];
    expect(cardText(changedCard)).toMatch(/Svaret ditt er endret/);
    log.push(
      `invoke change → ${cardText(changedCard)
        .split('\n')
        .find((l) => l.startsWith('Svaret'))}`,
    );

    const pulseId = String(first.data.pulseId);
    const answers = await appRows<{ question_id: string; value: number }>(
      t.app.runtime,
      'select question_id, value from pulse_answers where pulse_id = ?',
      pulseId,
    );
    expect(answers).toEqual([{ question_id: second.data.questionId, value: second.data.value }]);

    const month = t.clock.now().toISOString().slice(0, 7);
    const digest = await t.post(messageActivity(t.connector.url, lead, `digest ${month}`));
    expect(digest.status).toBe(200);
    const digestCard = lastSent('a:1personal-lead');
    expect(JSON.stringify(digestCard)).toContain(`/dashboard?month=${month}`);
    log.push(`reply digest → ${cardText(digestCard).split('\n')[0]}`);

    await t.app.runtime.core.occurrences.fire(
      t.app.runtime.settings.schedules.find((s) => s.id === 'monthly-digest') as never,
      t.clock.now(),
      { force: true },
    );
    await t.settle();
    const leadsCard = lastSent(LEADS_CHANNEL);
    expect(leadsCard.actions ?? JSON.stringify(leadsCard)).toBeTruthy();
    expect(JSON.stringify(leadsCard)).toContain('Action.OpenUrl');
    log.push(`proactive → ${LEADS_CHANNEL}: ${cardText(leadsCard).split('\n')[0]}`);

    expectAllCardsValid([voted.body, changed.body]);
    console.log(
      `Fake connector recorded:\n${t.connector.calls
        .map(
          (c) =>
            `  ${c.method} ${c.path}  ${(cardsIn(c.body)[0] ? cardText(cardsIn(c.body)[0]) : JSON.stringify(c.body)).split('\n')[0]}`,
        )
        .join('\n')}\nRound trip:\n  ${log.join('\n  ')}`,
    );
  });

  it('commands answer in chat; story form keeps input and shows errors', async () => {
    await t.settle(); // the welcome card first
    const welcomed = t.connector.sent('a:1personal-kari').length;
    for (const command of ['help', 'pulse', 'lang nn', 'pause', 'resume', 'mydata', 'nominate', 'tull']) {
      expect((await t.post(messageActivity(t.connector.url, kari, command))).status).toBe(200);
    }
    const replies = t.connector
      .sent('a:1personal-kari')
      .slice(welcomed)
      .map((c) => cardText(cardsIn(c.body)[0]));
    expect(replies[0]).toMatch(/story/);
    expect(replies[1]).toMatch(/ingen åpen pulsmåling/);
    expect(replies[2]).toMatch(/nynorsk/);
    expect(replies[3]).toMatch(/påmin/);
    expect(replies[5]).toMatch(/lagrar Kulturpuls om deg/);
    expect(replies[7]).toMatch(/forstod ikkje/);
    // Non-admins cannot post.
    await t.post(messageActivity(t.connector.url, kari, 'post weekly-pulse'));
    expect(cardText(lastSent('a:1personal-kari'))).toMatch(/innovasjonsleiarar|administrator/i);

    await t.post(messageActivity(t.connector.url, ola, 'story Vi testet digital tilsyn'));
    const form = lastSent('a:1personal-ola');
    const submit = executeActions(form).find((a) => a.verb === 'kp_form_story');
    expect(submit).toBeDefined();
    expect(JSON.stringify(form)).toContain('Vi testet digital tilsyn');

    const bad = await t.post(
      cardActionActivity(t.connector.url, ola, 'kp_form_story', {
        ...submit?.data,
        title: 'Digitalt tilsyn',
      }),
    );
    const errorCard = cardsIn(bad.body)[0];
    expect(cardText(errorCard)).toMatch(/må fylles ut/);
    expect(JSON.stringify(errorCard)).toContain('Digitalt tilsyn');

    const ok = await t.post(
      cardActionActivity(t.connector.url, ola, 'kp_form_story', {
        ...submit?.data,
        title: 'Digitalt tilsyn',
        whatChanged: 'Nattilsyn med sensor',
        whoBenefits: 'Beboere sover bedre',
        inUse: 'yes',
        canSpread: 'yes',
        sectors: 'helse-og-omsorg,teknisk',
        learned: 'Involver de ansatte tidlig',
      }),
    );
    expect(cardText(cardsIn(ok.body)[0])).toMatch(/Takk for historien «Digitalt tilsyn»/);
    const stories = await t.app.runtime.store.content.storiesBy(`teams:${ola.aadObjectId}`);
    expect(stories.map((s) => s.sectors)).toEqual([['helse-og-omsorg', 'teknisk']]);
    expectAllCardsValid([bad.body, ok.body]);
  });

  it('nomination: consent in personal chat, then recognition in the channel', async () => {
    await t.post(messageActivity(t.connector.url, kari, 'nominate'));
    const form = lastSent('a:1personal-kari');
    expect(JSON.stringify(form)).toContain('"dataset":"graph.microsoft.com/users"');
    const submitted = await t.post(
      cardActionActivity(t.connector.url, kari, 'kp_form_nomination', {
        kpContext: {},
        nomineeKind: 'person',
        nominee: ola.aadObjectId,
        dimension: 'tverrfaglighet',
        reason: 'Samlet helse og skole om ett felles tiltak',
      }),
    );
    expect(cardText(cardsIn(submitted.body)[0])).toMatch(/Vi spør kollegaen din/);
    await t.settle();
    const consent = lastSent('a:1personal-ola');
    const accept = executeActions(consent).find((a) => a.verb === 'kp_consent_accept');
    expect(accept).toBeDefined();
    const accepted = await t.post(
      cardActionActivity(t.connector.url, ola, 'kp_consent_accept', accept?.data ?? {}),
    );
    expect(cardText(cardsIn(accepted.body)[0])).toMatch(/synlig/);

    const recognised = await t.post(
      cardActionActivity(t.connector.url, lead, 'kp_recognise', { value: accept?.data.value }),
    );
    expect(cardText(cardsIn(recognised.body)[0])).toMatch(/publisert/);
    await t.settle();
    expect(cardText(lastSent(TEAMS_CHANNEL))).toMatch(/anerkjennelse/i);
    expectAllCardsValid([submitted.body, accepted.body, recognised.body]);
  });

  it('nomination: nobody chosen in the picker is refused, the form comes back with what was typed', async () => {
    await t.post(messageActivity(t.connector.url, kari, 'nominate'));
    const form = lastSent('a:1personal-kari');
    expect(form.version).toBe('1.6');
    // Empty, or the placeholder choice of a card sent before the hint became the placeholder.
    for (const nominee of ['', '-']) {
      const answer = await t.post(
        cardActionActivity(t.connector.url, kari, 'kp_form_nomination', {
          kpContext: {},
          nomineeKind: 'person',
          nominee,
          dimension: 'tverrfaglighet',
          reason: 'Samlet helse og skole',
        }),
      );
      const card = cardsIn(answer.body)[0];
      expect(cardText(card)).toContain('Velg hvem du nominerer.');
      expect(JSON.stringify(card)).toContain('"value":"Samlet helse og skole"');
      expect(cardProblems(card)).toEqual([]);
    }
    expect(await appRows(t.app.runtime, 'select id from nominations')).toEqual([]);
  });

  it('recognise: the clicked list is replaced by the list as it is now; a second click is told why', async () => {
    for (const team of ['Biblioteket', 'Hjemmetjenesten']) {
      await t.post(
        cardActionActivity(t.connector.url, kari, 'kp_form_nomination', {
          kpContext: {},
          nomineeKind: 'team',
          teamName: team,
          dimension: 'tverrfaglighet',
          reason: `${team} delte det de lærte`,
        }),
      );
    }
    await t.post(messageActivity(t.connector.url, lead, 'anerkjenn'));
    const list = lastSent('a:1personal-lead');
    const buttons = executeActions(list).filter((a) => a.verb === 'kp_recognise');
    expect(buttons).toHaveLength(2);
    const [first, second] = buttons as [(typeof buttons)[0], (typeof buttons)[0]];

    const clicked = await t.post(cardActionActivity(t.connector.url, lead, first.verb, first.data));
    const replaced = cardsIn(clicked.body)[0];
    expect(cardText(replaced)).toMatch(/^Anerkjennelsen er publisert\./);
    // Only the nomination still waiting keeps its button.
    expect(executeActions(replaced).map((a) => a.data)).toEqual([second.data]);

    const again = await t.post(cardActionActivity(t.connector.url, lead, first.verb, first.data));
    const answered = cardsIn(again.body)[0];
    expect(cardText(answered)).toMatch(/^Denne nominasjonen er allerede anerkjent/);
    expect(executeActions(answered).map((a) => a.data)).toEqual([second.data]);

    const last = await t.post(cardActionActivity(t.connector.url, lead, second.verb, second.data));
    const empty = cardsIn(last.body)[0];
    expect(cardText(empty)).toContain('Ingen nominasjoner venter på anerkjennelse nå.');
    expect(executeActions(empty)).toEqual([]);
    expectAllCardsValid([clicked.body, again.body, last.body]);
  });

  it('reflection question: the answer form opens in the card, errors keep the input', async () => {
    await t.post(messageActivity(t.connector.url, lead, 'post weekly-reflection'));
    await t.settle();
    const question = lastSent(TEAMS_CHANNEL);
    const open = executeActions(question).find((a) => a.verb === 'kp_open_reflection');
    if (!open) throw new Error('no answer button');
    const opened = await t.post(
      cardActionActivity(t.connector.url, kari, open.verb, open.data, channelConversation()),
    );
    const form = cardsIn(opened.body)[0];
    const submit = executeActions(form).find((a) => a.verb === 'kp_form_reflection');
    expect(submit?.data.kpContext).toMatchObject({ questionId: expect.any(String) });
    const empty = await t.post(
      cardActionActivity(t.connector.url, kari, 'kp_form_reflection', { ...submit?.data, shareName: 'true' }),
    );
    expect(cardText(cardsIn(empty.body)[0])).toMatch(/må fylles ut/);
    const done = await t.post(
      cardActionActivity(t.connector.url, kari, 'kp_form_reflection', {
        ...submit?.data,
        text: 'Vi prøver mer',
      }),
    );
    expect(cardText(cardsIn(done.body)[0])).toMatch(/uten navnet ditt/);
    expectAllCardsValid([opened.body, empty.body, done.body]);
  });

  it('opens a personal chat through the connector for someone never seen', async () => {
    const stranger = teamsUser('stranger', 9);
    await t.app.runtime.store.outbox.enqueue(
      {
        dedupeKey: 'notice:test',
        target: { platform: 'teams', kind: 'dm', id: stranger.aadObjectId },
        payload: { type: 'notice', textKey: 'pause.off' },
        notBefore: t.clock.now().toISOString(),
      },
      t.clock.now().toISOString(),
    );
    await t.settle();
    const created = t.connector.calls.find((c) => c.path === '/v3/conversations');
    expect(created?.body).toMatchObject({
      members: [{ id: stranger.aadObjectId }],
      tenantId: expect.any(String),
    });
    expect(t.connector.sent(`a:personal-${stranger.aadObjectId}`)).toHaveLength(1);
  });

  it('honours 429 Retry-After through the outbox', async () => {
    // The channel post goes through the outbox (the lead's own reply does not).
    t.connector.throttle(1, 30, '19:general-channel@thread.tacv2');
    await t.post(messageActivity(t.connector.url, lead, 'post weekly-reflection'));
    await t.settle();
    const [pending] = await t.app.runtime.store.outbox.list({ status: 'pending' });
    expect(pending?.lastError).toMatch(/rate_limited/);
    const waitMs = Date.parse(pending?.nextAttemptAt ?? '') - t.clock.now().getTime();
    expect(waitMs).toBeGreaterThanOrEqual(30_000);
    t.clock.advance(31_000);
    await t.settle();
    expect(
      (await t.app.runtime.store.outbox.list({ status: 'sent' })).some((d) => d.id === pending?.id),
    ).toBe(true);
    expect(t.connector.sent(TEAMS_CHANNEL)).toHaveLength(2);
  });

  it('stops posting where the bot was removed', async () => {
    await t.post(conversationUpdateActivity(t.connector.url, { removed: true }));
    await t.post(messageActivity(t.connector.url, lead, 'post weekly-reflection'));
    await t.settle();
    expect(t.connector.sent(TEAMS_CHANNEL)).toHaveLength(0);
    const [failed] = await t.app.runtime.store.outbox.list({ status: 'failed' });
    expect(failed?.lastError).toMatch(/bot_removed/);

    // Installed again: posts resume; a 403 from the connector marks it removed once more.
    await t.post(conversationUpdateActivity(t.connector.url, { added: true }));
    t.connector.failConversation(TEAMS_CHANNEL, 403);
    await t.post(messageActivity(t.connector.url, lead, 'post weekly-pulse'));
    await t.settle();
    expect(await t.app.runtime.store.outbox.list({ status: 'failed' })).toHaveLength(2);
  });

  it('serves the dashboard tab with the teams-js bundle from node_modules', async () => {
    const page = await fetch(`${t.base}/teams/tab`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain('https://teams.microsoft.com');
    const html = await page.text();
    expect(html).toContain('/teams/tab/teams-js.min.js');
    expect(html).toContain('/dashboard');
    const bundle = await fetch(`${t.base}/teams/tab/teams-js.min.js`);
    expect(bundle.status).toBe(200);
    expect(await bundle.text()).toContain('microsoftTeams');
    expect((await fetch(`${t.base}/teams/tab/tab.js`)).status).toBe(200);
  });
});
