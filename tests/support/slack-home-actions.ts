// What people do in App Home and in the nomination modal, as Slack sends it.
import { FORMS } from '../../src/core/message.js';
import type { SlackTestApp } from './slack-app.js';
import {
  buttonClick,
  fixture,
  multi,
  select,
  sendEvent,
  sendInteraction,
  text,
  user,
  viewSubmission,
} from './slack-requests.js';

let eventCounter = 0;

/** `app_home_opened` for one person; resolves with the HTTP status Slack would see. */
export async function openHome(app: SlackTestApp, userId: string): Promise<number> {
  const event = fixture<{ event: Record<string, unknown>; event_id: string }>('slack-app-home-opened');
  eventCounter += 1;
  const res = await sendEvent(app.baseUrl, {
    ...event,
    event_id: `EvHOME${eventCounter}`,
    event: { ...event.event, user: userId },
  });
  return res.status;
}

/** A menu, checkbox or button in App Home, as Slack sends it. */
export function homeAction(userId: string, action: Record<string, unknown>) {
  const base = buttonClick(userId, 'DHOME', 'x', 'x');
  const { channel: _channel, message: _message, ...rest } = base;
  return {
    ...rest,
    container: { type: 'view', view_id: 'VHOME' },
    view: { id: 'VHOME', type: 'home', callback_id: '', state: { values: {} } },
    actions: [{ block_id: 'settings', action_ts: '1700000009.000900', ...action }],
  };
}

/** The App Home last published for a person, as text to search. */
export const homeText = (app: SlackTestApp, userId: string) =>
  JSON.stringify(app.fake.homes[userId]?.blocks ?? []);

/** The story modal's values, as Slack sends them; `overrides` replace single fields. */
export function storyValues(overrides: Record<string, ReturnType<typeof text>> = {}) {
  return {
    title: text('Digital innsjekk'),
    whatChanged: text('Pasientene sjekker inn selv.'),
    whoBenefits: text('Pasienter og sykepleiere'),
    inUse: select('yes'),
    canSpread: select('yes'),
    sectors: multi('helse-og-omsorg'),
    learned: text('Test tidlig med brukerne.'),
    nextStepOwner: text(''),
    ...overrides,
  };
}

/** The story modal submitted for a person. */
export function shareStory(app: SlackTestApp, from: string, title: string) {
  return sendInteraction(app.baseUrl, viewSubmission(from, FORMS.story, storyValues({ title: text(title) })));
}

/** The nomination modal submitted for a person. */
export function nominate(app: SlackTestApp, from: string, nominee: string) {
  return sendInteraction(
    app.baseUrl,
    viewSubmission(from, FORMS.nomination, {
      nomineeKind: select('person'),
      nominee: user(nominee),
      teamName: text(''),
      dimension: select('anerkjennelse'),
      reason: text('Startet et samarbeid med skolen.'),
      sectors: multi(),
    }),
  );
}
