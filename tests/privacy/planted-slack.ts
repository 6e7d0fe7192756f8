// What the planted Slack people do, as Slack sends it: correctly signed requests with the payload
// shapes of real workspaces (the legacy handle in `user.name`, never the display name).
import { expect } from 'vitest';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { eventually } from '../support/slack-app.js';
import { openHome } from '../support/slack-home-actions.js';
import {
  buttonClick,
  multi,
  select,
  sendCommand,
  sendInteraction,
  text,
  user,
  viewSubmission,
} from '../support/slack-requests.js';
import type { PlantedApp } from './planted-app.js';
import type { SlackPerson } from './planted-people.js';

const asPerson = <T extends { user: object }>(payload: T, person: SlackPerson): T => ({
  ...payload,
  user: { ...payload.user, id: person.id, username: person.handle, name: person.handle },
});

const base = (t: PlantedApp) => `http://127.0.0.1:${t.app.port}`;

/** The first button in `blocks` whose action id starts with `prefix` (exactly, or followed by `:`). */
export function slackButton(blocks: unknown, prefix: string): { actionId: string; value: string } {
  let found: { actionId: string; value: string } | undefined;
  JSON.stringify(blocks, (_key, node: { action_id?: string; value?: string }) => {
    const id = node?.action_id;
    if (!found && id && (id === prefix || id.startsWith(`${prefix}:`)))
      found = { actionId: id, value: node.value ?? '' };
    return node;
  });
  if (!found) throw new Error(`no ${prefix} button in ${JSON.stringify(blocks).slice(0, 300)}`);
  return found;
}

export function slackClick(
  t: PlantedApp,
  person: SlackPerson,
  channel: string,
  actionId: string,
  value: string,
  ts?: string,
) {
  const click = asPerson(buttonClick(person.id, channel, actionId, value, ts), person);
  return sendInteraction(base(t), {
    ...click,
    response_url: `${t.slack.url}respond/${person.id}`,
  });
}

/** First contact without a vote: the person opens the app's Home tab. */
export async function slackOpensHome(t: PlantedApp, person: SlackPerson) {
  expect(await openHome({ baseUrl: base(t) } as never, person.id)).toBe(200);
}

/** A slash command, with the handle Slack puts in `user_name`. */
export async function slackCommand(t: PlantedApp, person: SlackPerson, command: string) {
  const answer = await sendCommand(base(t), {
    user_id: person.id,
    user_name: person.handle,
    channel_id: 'CPULSE',
    text: command,
  });
  expect(answer.status).toBe(200);
  return answer;
}

/** One click on a statement's scale in the channel post. */
export async function slackVote(
  t: PlantedApp,
  person: SlackPerson,
  pulseId: string,
  q: string,
  value: number,
) {
  const ts = t.slack.messages.find((m) => m.channel === 'CPULSE')?.ts;
  const answer = await slackClick(
    t,
    person,
    'CPULSE',
    `${ACTIONS.pulseVote}:${q}:${value}`,
    `${pulseId}|${q}|${value}`,
    ts,
  );
  expect(answer.status).toBe(200);
}

/** "Kommenter anonymt" from the voter's own ephemeral view, then the modal submitted. */
export async function slackComment(t: PlantedApp, person: SlackPerson, comment: string) {
  const own = await eventually(() => {
    const call = t.slack.callsTo('chat.postEphemeral').findLast((c) => c.args.user === person.id);
    if (!call) throw new Error(`no ephemeral for ${person.id}`);
    return call.args;
  });
  const button = slackButton(own.blocks, ACTIONS.openComment);
  const opened = t.slack.callsTo('views.open').length;
  await slackClick(t, person, 'CPULSE', button.actionId, button.value);
  const view = await eventually(() => {
    const args = t.slack.callsTo('views.open')[opened]?.args as { view: string | object } | undefined;
    if (!args) throw new Error('no comment modal yet');
    return (typeof args.view === 'string' ? JSON.parse(args.view) : args.view) as {
      private_metadata: string;
    };
  });
  const submission = viewSubmission(
    person.id,
    FORMS.comment,
    { comment: text(comment) },
    {
      privateMetadata: view.private_metadata,
    },
  );
  expect((await sendInteraction(base(t), asPerson(submission, person))).status).toBe(200);
}

/** The nomination modal submitted. */
export async function slackNominate(t: PlantedApp, from: SlackPerson, nominee: SlackPerson, reason: string) {
  const submission = viewSubmission(from.id, FORMS.nomination, {
    nomineeKind: select('person'),
    nominee: user(nominee.id),
    teamName: text(''),
    dimension: select('anerkjennelse'),
    reason: text(reason),
    sectors: multi(),
  });
  expect((await sendInteraction(base(t), asPerson(submission, from))).status).toBe(200);
}

/** The last DM to a person that has a button `actionId`. */
export async function slackDmWith(t: PlantedApp, person: SlackPerson, actionId: string) {
  return eventually(() => {
    const dm = t.slack.messages.findLast(
      (m) => m.channel === `D${person.id}` && JSON.stringify(m.blocks).includes(`"${actionId}`),
    );
    if (!dm) throw new Error(`no DM with ${actionId} to ${person.id}`);
    return { ts: dm.ts, button: slackButton(dm.blocks, actionId) };
  });
}

/** A click on a button of the person's own DM. */
export async function slackAnswerDm(t: PlantedApp, person: SlackPerson, actionId: string) {
  const dm = await slackDmWith(t, person, actionId);
  const answer = await slackClick(t, person, `D${person.id}`, dm.button.actionId, dm.button.value, dm.ts);
  expect(answer.status).toBe(200);
}
