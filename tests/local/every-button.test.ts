// Issue 24.8: no button the core can put on the local page falls through to "Denne knappen gjør
// ingenting her". Every action id is either a vote, a form the page opens, a link it draws or an action
// the server answers; and the server answers each of the latter with the core's own reply.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import { FORM_ACTIONS, LINK_ACTIONS, SERVER_ACTIONS } from '../../src/local/page-actions.js';
import { type LocalApp, startLocalApp } from './local-app.js';

const DOES_NOTHING_NB = 'Denne knappen gjør ingenting her.';

let local: LocalApp;
beforeEach(async () => {
  local = await startLocalApp();
});
afterEach(async () => {
  await local.stop();
});

it('every kind of button has a handler on the local page', () => {
  const handled = new Set<string>([
    ACTIONS.pulseVote,
    ...Object.keys(FORM_ACTIONS),
    ...LINK_ACTIONS,
    ...SERVER_ACTIONS,
  ]);
  expect(Object.values(ACTIONS).filter((id) => !handled.has(id))).toEqual([]);
});

it.each([...SERVER_ACTIONS])(
  'the server answers %s with the core’s reply, not "does nothing here"',
  async (actionId) => {
    // A value naming nothing stored: the core says so in its own words (gone, not yours, unknown).
    const response = await local.post('/local/api/action', {
      as: 'local:kari',
      actionId,
      value: 'nothing-here',
    });
    // 200 with the core's answer, or 404 with its "no longer there": never the fall-through.
    expect([200, 404]).toContain(response.status);
    expect(JSON.stringify(response.body)).not.toContain(DOES_NOTHING_NB);
  },
);

it('an unknown button is refused before any handler', async () => {
  const response = await local.post('/local/api/action', {
    as: 'local:kari',
    actionId: 'kp_unknown',
    value: 'x',
  });
  // Not a known action id: refused by the schema, before any handler.
  expect(response.status).toBe(400);
});
