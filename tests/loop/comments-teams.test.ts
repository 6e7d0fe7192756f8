// Teams round trip with the local connector: a comment given from the voter's refreshed pulse card,
// then lead and commenter exchange two messages each in their personal chats. Every payload the lead
// receives (replies, proactive cards, invoke answers) is checked for the commenter's identifiers.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { appCount } from '../support/app-database.js';
import {
  cardActionActivity,
  channelConversation,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  personalConversation,
  TEAMS_CHANNEL,
  teamsUser,
} from '../support/teams-activities.js';
import { startTeamsTestApp, type TeamsTestApp, teamsPulseYaml } from '../support/teams-app.js';
import { cardProblems, cardsIn, cardText, executeActions } from '../support/teams-cards.js';

const HOUR = 3_600_000;
const lead = { ...teamsUser('lead', 1), name: 'Lina Leder' };
const kari = { ...teamsUser('kari', 2), name: 'Kari Nordmann' };
const others = Array.from({ length: 9 }, (_, i) => teamsUser(`other${i}`, 10 + i));
const KARI_IDS = [kari.id, kari.aadObjectId, kari.name, personalConversation(kari).id, 'kari'];

const yaml = teamsPulseYaml({
  roles: `  leads: ["teams:${lead.aadObjectId}"]
  admins: ["teams:${lead.aadObjectId}"]`,
});

let t: TeamsTestApp;
beforeEach(async () => {
  t = await startTeamsTestApp({ yaml });
  await t.post(conversationUpdateActivity(t.connector.url, { added: true }));
  for (const user of [lead, kari, ...others])
    await t.post(installationUpdateActivity(t.connector.url, user, 'add'));
});
afterEach(async () => {
  await t.close();
});

const action = (payload: unknown, verb: string) => {
  const found = cardsIn(payload)
    .flatMap((card) => executeActions(card))
    .find((a) => a.verb === verb);
  if (!found) throw new Error(`no ${verb} action in ${JSON.stringify(payload).slice(0, 300)}`);
  return found;
};
const cardsTo = (user: typeof kari) =>
  t.connector.sent(personalConversation(user).id).flatMap((call) => cardsIn(call.body));

it('a comment and a two-way conversation, the lead never seeing who wrote it', async () => {
  const lastPost = () => t.connector.sent(TEAMS_CHANNEL).at(-1)?.body;
  await t.post(messageActivity(t.connector.url, lead, 'post weekly-pulse'));
  await t.settle();
  const vote = executeActions(cardsIn(lastPost())[0]).find(
    (a) => a.verb === ACTIONS.pulseVote && a.data.value === 4,
  );
  if (!vote) throw new Error('no vote action');

  // Nine colleagues and Kari vote and comment on the first statement from their own card.
  const comment = async (user: typeof kari, text: string) => {
    const voted = await t.post(
      cardActionActivity(t.connector.url, user, vote.verb, vote.data, channelConversation()),
    );
    const open = action(voted.body, ACTIONS.openComment);
    const form = await t.post(
      cardActionActivity(t.connector.url, user, open.verb, open.data, channelConversation()),
    );
    const card = cardsIn(form.body)[0];
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('Skriv ikke navn eller noe som gjør deg gjenkjennelig');
    const submit = action(form.body, FORMS.comment);
    return t.post(
      cardActionActivity(
        t.connector.url,
        user,
        submit.verb,
        { ...submit.data, comment: text },
        channelConversation(),
      ),
    );
  };
  const refused = await comment(kari, 'x'.repeat(501));
  expect(cardText(cardsIn(refused.body)[0])).toContain('500');
  expect(JSON.stringify(refused.body)).toContain('x'.repeat(501));
  expect(await appCount(t.app.runtime, 'comment_threads')).toBe(0);
  for (const [i, user] of others.entries()) await comment(user, `Annen kommentar ${i}`);
  await comment(kari, 'Møtene tar for lang tid');
  expect(await appCount(t.app.runtime, 'comment_threads')).toBe(10);
  t.clock.advance(49 * HOUR);
  await t.app.scheduler.tick(t.clock.now());
  await t.settle();

  const leadChat = personalConversation(lead).id;
  const seenBefore = t.connector.sent(leadChat).length;
  const leadSaw: string[] = [];
  const asLead = async (activity: object) => {
    const answer = await t.post(activity);
    leadSaw.push(JSON.stringify(answer.body));
    await t.settle();
    return answer;
  };
  await asLead(messageActivity(t.connector.url, lead, 'kommentarer'));
  const listed =
    cardText(cardsIn(t.connector.sent(leadChat).at(-1)?.body)[0]) ||
    JSON.stringify(t.connector.sent(leadChat).at(-1)?.body);
  const id = listed.match(/\[([a-z2-7]{8})\] «Møtene tar for lang tid»/)?.[1];
  if (!id) throw new Error(`not listed: ${listed}`);
  await asLead(messageActivity(t.connector.url, lead, `svar ${id} Takk! Hvilke møter tenker du på?`));

  const kariDm = (n: number) => {
    const dms = cardsTo(kari).filter((c) => cardText(c).includes('svart på kommentaren'));
    const dm = dms[n - 1];
    if (!dm) throw new Error(`no DM ${n} to Kari`);
    return dm;
  };
  expect(cardText(kariDm(1))).toContain('Takk! Hvilke møter tenker du på?');
  expect(cardProblems(kariDm(1))).toEqual([]);
  const reply = executeActions(kariDm(1)).find((a) => a.verb === ACTIONS.openCommentReply);
  if (!reply) throw new Error('no reply button');
  const replyForm = await t.post(cardActionActivity(t.connector.url, kari, reply.verb, reply.data));
  const send = action(replyForm.body, FORMS.commentReply);
  await t.post(
    cardActionActivity(t.connector.url, kari, send.verb, { ...send.data, reply: 'Mandagsmøtene i enheten' }),
  );
  await t.settle();

  const toLead = () =>
    t.connector
      .sent(leadChat)
      .flatMap((c) => cardsIn(c.body))
      .filter((c) => cardText(c).includes('anonym kommentar'));
  const first = toLead()[0];
  if (!first) throw new Error('no DM to the lead');
  expect(cardText(first)).toContain('Mandagsmøtene i enheten');
  expect(cardProblems(first)).toEqual([]);
  const leadReply = executeActions(first).find((a) => a.verb === ACTIONS.openCommentReply);
  if (!leadReply) throw new Error('no reply button for the lead');
  const leadForm = await asLead(cardActionActivity(t.connector.url, lead, leadReply.verb, leadReply.data));
  const leadSend = action(leadForm.body, FORMS.commentReply);
  await asLead(
    cardActionActivity(t.connector.url, lead, leadSend.verb, {
      ...leadSend.data,
      reply: 'Vi prøver 30 minutter.',
    }),
  );
  expect(cardText(kariDm(2))).toContain('Vi prøver 30 minutter.');
  await t.post(messageActivity(t.connector.url, kari, `svar ${id} Flott, takk!`));
  await t.settle();
  expect(toLead()).toHaveLength(2);

  // Kari ends it from her DM; the lead's next reply is refused.
  const end = executeActions(kariDm(2)).find((a) => a.verb === ACTIONS.endComment);
  if (!end) throw new Error('no end button');
  const ended = await t.post(cardActionActivity(t.connector.url, kari, end.verb, end.data));
  expect(JSON.stringify(ended.body)).toContain('Samtalen er avsluttet');
  await asLead(messageActivity(t.connector.url, lead, `svar ${id} Hallo?`));
  expect(JSON.stringify(t.connector.sent(leadChat).at(-1)?.body)).toContain('Det går ikke å svare mer');

  leadSaw.push(
    ...t.connector.calls.filter((c) => c.conversationId === leadChat).map((c) => JSON.stringify(c.body)),
  );
  expect(t.connector.sent(leadChat).length - seenBefore).toBeGreaterThanOrEqual(5);
  expect(leadSaw.join('\n')).toContain('Flott, takk!');
  for (const payload of leadSaw)
    for (const identifier of KARI_IDS) expect(payload.toLowerCase()).not.toContain(identifier.toLowerCase());
});

it('the comment form leads back to the answers, and sending it shows them with the thanks', async () => {
  await t.post(messageActivity(t.connector.url, lead, 'post weekly-pulse'));
  await t.settle();
  const channelCard = cardsIn(t.connector.sent(TEAMS_CHANNEL).at(-1)?.body)[0];
  const vote = executeActions(channelCard).find((a) => a.verb === ACTIONS.pulseVote && a.data.value === 4);
  if (!vote) throw new Error('no vote action');
  const inChannel = (verb: string, data: Record<string, unknown>) =>
    t.post(cardActionActivity(t.connector.url, kari, verb, data, channelConversation()));
  const voted = await inChannel(vote.verb, vote.data);
  const open = action(voted.body, ACTIONS.openComment);
  const form = cardsIn((await inChannel(open.verb, open.data)).body)[0];

  // Back: the form offers it, sends none of the inputs, and Kari's own card comes back, refreshed for her.
  const back = executeActions(form).find((a) => a.title === 'Tilbake til svarene');
  expect(back).toMatchObject({ verb: 'kp_pulse_refresh', data: { pulseId: vote.data.pulseId } });
  expect(JSON.stringify(form)).toContain('"associatedInputs":"none"');
  const again = cardsIn((await inChannel(back?.verb ?? '', back?.data ?? {})).body)[0];
  expect(executeActions(again).find((a) => a.title.startsWith('✓'))?.data).toEqual(vote.data);
  expect(again?.refresh).toMatchObject({ userIds: [kari.id] });
  expect(executeActions(again).find((a) => a.verb === ACTIONS.openComment)?.data).toEqual(open.data);

  // Sent: her answers again, the thanks under them, and no comment button left on that statement.
  const submit = executeActions(form).find((a) => a.verb === FORMS.comment);
  if (!submit) throw new Error('no submit');
  const sent = cardsIn(
    (await inChannel(submit.verb, { ...submit.data, comment: 'Møtene tar for lang tid' })).body,
  )[0];
  expect(cardText(sent)).toContain('Takk! Kommentaren er lagret uten navnet ditt');
  expect(executeActions(sent).find((a) => a.title.startsWith('✓'))?.data).toEqual(vote.data);
  expect(
    executeActions(sent).some((a) => a.verb === ACTIONS.openComment && a.data.value === open.data.value),
  ).toBe(false);
  expect(sent?.refresh).toMatchObject({ userIds: [kari.id] });
  for (const card of [form, again, sent]) expect(cardProblems(card)).toEqual([]);
});
