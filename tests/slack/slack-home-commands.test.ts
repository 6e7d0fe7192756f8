// Issue 23.10 on Slack's App Home: the help's commands are buttons there too (the settings are its
// menus). A click answers in the person's DM with the app, whose buttons work in turn.
import { afterEach, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { eventually, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { messageProblems, viewProblems } from '../support/slack-block-kit-rules.js';
import { homeAction, openHome } from '../support/slack-home-actions.js';
import { buttonClick, sendCommand, sendInteraction } from '../support/slack-requests.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

interface SlackButton {
  type?: string;
  action_id?: string;
  value?: string;
  text?: { text?: string };
}

function buttons(blocks: unknown): SlackButton[] {
  const found: SlackButton[] = [];
  JSON.stringify(blocks, (_key, node: SlackButton) => {
    if (node?.type === 'button' && node.action_id) found.push(node);
    return node;
  });
  return found;
}

const commandButton = (blocks: unknown, words: string) => {
  const found = buttons(blocks).find((b) => b.action_id?.startsWith(ACTIONS.command) && b.value === words);
  if (!found) throw new Error(`no button for "${words}"`);
  return found as Required<SlackButton>;
};

it('App Home has a button per command of the help; one answers in the DM, and its buttons work there', async () => {
  t = await startSlackTestApp();
  const app = t;
  expect(await openHome(app, 'UKARI')).toBe(200);
  const home = await eventually(() => {
    const view = app.fake.homes.UKARI;
    if (!view) throw new Error('no App Home yet');
    return view.blocks;
  });
  const words = buttons(home)
    .filter((b) => b.action_id?.startsWith(ACTIONS.command))
    .map((b) => b.value);
  expect(words).toEqual(expect.arrayContaining(['pulse', 'kaffe', 'mydata', 'help']));
  // The settings are App Home's menus, not buttons as well.
  expect(words).not.toContain('lang');
  expect(viewProblems(app.fake.homes.UKARI ?? {})).toEqual([]);

  const kaffe = commandButton(home, 'kaffe');
  const dms = () => app.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI');
  const before = dms().length;
  await sendInteraction(
    app.baseUrl,
    homeAction('UKARI', { type: 'button', action_id: kaffe.action_id, value: kaffe.value }),
  );
  const answer = await eventually(() => {
    const sent = dms()[before];
    if (!sent) throw new Error('no DM yet');
    return sent.args as { blocks: unknown };
  });
  expect(JSON.stringify(answer.blocks)).toContain('Kaffe på tvers');
  expect(messageProblems(answer as { text: string; blocks: unknown[] })).toEqual([]);

  // "Bli med" in that DM message: Kari is in.
  const join = commandButton(answer.blocks, 'kaffe join');
  await sendInteraction(app.baseUrl, buttonClick('UKARI', 'DUKARI', join.action_id, join.value));
  await eventually(async () =>
    expect(await app.app.runtime.store.kaffe.member('slack:UKARI')).toMatchObject({
      personKey: 'slack:UKARI',
    }),
  );
});

it("the help's buttons, all of an admin's, are within Block Kit's limits", async () => {
  t = await startSlackTestApp();
  const help = await sendCommand(t.baseUrl, { user_id: 'UADMIN', text: 'hjelp' });
  const body = help.json() as { text: string; blocks: unknown[] };
  expect(buttons(body.blocks).map((b) => b.value)).toEqual(expect.arrayContaining(['deliveries', 'post']));
  expect(messageProblems(body)).toEqual([]);
});

it("a click in the help's ephemeral answer replaces that answer in place; in a posted message it answers beside it", async () => {
  t = await startSlackTestApp();
  const app = t;
  const help = (await sendCommand(app.baseUrl, { user_id: 'UKARI', text: 'hjelp' })).json() as {
    blocks: unknown[];
  };
  const mydata = commandButton(help.blocks, 'mydata');
  const click = (id: string, ephemeral: boolean) => {
    const base = buttonClick('UKARI', 'CREFL', mydata.action_id, mydata.value);
    return sendInteraction(app.baseUrl, {
      ...base,
      container: { ...base.container, is_ephemeral: ephemeral },
      response_url: `${app.fake.url}respond/${id}`,
    });
  };
  const answered = (id: string) =>
    eventually(() => {
      const sent = app.fake.responses(id)[0] as Record<string, unknown> | undefined;
      if (!sent) throw new Error('no answer yet');
      return sent;
    });

  expect((await click('in-help', true)).status).toBe(200);
  const replaced = await answered('in-help');
  // Slack's response_url: `replace_original: true` replaces the message the click came from.
  expect(replaced.replace_original).toBe(true);
  expect(replaced.response_type).toBeUndefined();
  expect(JSON.stringify(replaced.blocks)).toContain('Dette lagrer Kulturpuls om deg');
  expect(messageProblems(replaced as { text: string; blocks: unknown[] })).toEqual([]);

  // A message everyone sees (a posted one) is left as it is: a new ephemeral answer beside it.
  expect((await click('in-post', false)).status).toBe(200);
  const beside = await answered('in-post');
  expect(beside.replace_original).toBe(false);
  expect(beside.response_type).toBe('ephemeral');
  // The answer is the same; only the one in place of the help has a way back to its choices.
  const back = buttons(replaced.blocks).at(-1);
  expect(back).toMatchObject({ value: 'help', text: { text: 'Tilbake til valgene' } });
  expect(back?.action_id?.startsWith(ACTIONS.command)).toBe(true);
  expect(buttons(beside.blocks).some((b) => b.value === 'help')).toBe(false);
  expect(JSON.stringify(replaced.blocks)).toContain(JSON.stringify(beside.blocks).slice(1, -1));
  expect(app.fake.callsTo('chat.postEphemeral')).toHaveLength(0);
});
