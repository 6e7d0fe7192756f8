// Clicks as each platform sends them: signed Slack block_actions to the app's HTTP server, Bot
// Framework adaptiveCard/action invokes for Teams, the local page's JSON API as its script calls it.
// Every answer is read back as a screen (its visible text, its buttons, the form it opened), after
// Block Kit's limits (Slack) or the official Adaptive Cards renderer (Teams) found nothing wrong with it.
import type { RunningApp } from '../../src/app.js';
import type { Conversation } from '../../src/core/conversation/index.js';
import { ACTIONS, type Block, FORMS, type Form, type Message } from '../../src/core/message.js';
import type { Actor } from '../../src/core/people.js';
import type { Repositories } from '../../src/core/ports.js';
import type { Person } from '../../src/core/records.js';
import { FORM_ACTIONS } from '../../src/local/page-actions.js';
import { startLocalApp } from '../local/local-app.js';
import { eventually, mutableClock, startSlackTestApp } from '../support/slack-app.js';
import { messageProblems, viewProblems } from '../support/slack-block-kit-rules.js';
import { buttonClick, sendCommand, sendInteraction } from '../support/slack-requests.js';
import { cardActionActivity, messageActivity, teamsUser } from '../support/teams-activities.js';
import { startTeamsTestApp } from '../support/teams-app.js';
import { cardProblems, cardsIn, cardText, executeActions } from '../support/teams-cards.js';
import { neutralTexts, readable } from './three-platforms.js';

export type Platform = 'slack' | 'teams' | 'local';
export type Who = 'lead' | 'employee';

export interface ClickButton {
  actionId: string;
  value: string;
  label: string;
  /** What the platform hands back with the click (a Teams action's data). */
  data?: Record<string, unknown>;
}

export interface Screen {
  text: string;
  buttons: ClickButton[];
  /** The id of a form the answer opened (a modal, a form card, the page's dialog). */
  formId?: string;
  /** What a form carries back untouched (the pulse a sentence goes with). */
  formContext?: Record<string, string>;
}

export interface ClickApp {
  platform: Platform;
  /** The command typed, as the person sees the answer. */
  type(who: Who, text: string): Promise<Screen>;
  click(who: Who, button: ClickButton): Promise<Screen>;
  /** A form filled in and sent, as the platform sends it. */
  submit(who: Who, screen: Screen, values: Record<string, string>): Promise<Screen>;
  person(who: Who): Promise<Person | undefined>;
  actor(who: Who): Actor;
  store: Repositories;
  conversation: Conversation;
  /** A learning-loop question of the bank (its form leaves a next step). */
  learningQuestion: string;
  now(): Date;
  /** Moves the clock and runs what the scheduler has due then (a pulse closes). */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

const FORM_IDS = new Set<string>(Object.values(FORMS));

const YAML = (leads: string, extra = '') => `
organisation: Testkommune
publicUrl: http://127.0.0.1:9/kp
privacy: { minGroupSize: 3, minCommentGroupSize: 5 }
quietPeriods: []
roles:
  leads: [${leads}]
  admins: [${leads}]
${extra}
schedules:
  - id: reflection
    kind: reflection
    cron: "0 9 * * 1"
    skipHolidays: false
    targets: [slack:channel:CREFL]
  - id: pulse
    kind: pulse
    cron: "0 9 * * 3"
    skipHolidays: false
    statements: 3
    openHours: 48
    targets: [slack:channel:CPULSE]
`;

/** Moves the clock, then runs what the scheduler has due and delivers it. */
const advancing =
  (clock: { now(): Date; advance(ms: number): void }, app: RunningApp, settle: () => Promise<void>) =>
  async (ms: number) => {
    clock.advance(ms);
    await app.scheduler.tick(clock.now());
    await settle();
  };

const learningQuestion = (app: RunningApp) => app.runtime.core.bank.active('learning')[0]?.id ?? '';

/** The neutral message's buttons, in order. */
const neutralButtons = (message: Message | undefined): ClickButton[] =>
  (message?.blocks ?? []).flatMap((b: Block) =>
    b.type === 'actions'
      ? b.buttons.map((x) => ({ actionId: x.actionId, value: x.value, label: x.label }))
      : [],
  );

// --- Slack ---

interface SlackButton {
  type?: string;
  action_id?: string;
  value?: string;
  text?: { text?: string };
}

/** Every answer is checked against Block Kit's documented limits before it is read. */
function withinLimits(problems: string[]): void {
  if (problems.length > 0) throw new Error(`outside the platform's limits: ${problems.join('; ')}`);
}

function slackScreen(payload: { blocks?: unknown; view?: unknown } | undefined): Screen {
  const texts: string[] = [];
  const buttons: ClickButton[] = [];
  JSON.stringify(payload?.blocks ?? [], (key, node: SlackButton & Record<string, unknown>) => {
    if (key === 'text' && typeof node === 'string') texts.push(node);
    if (node?.type === 'button' && node.action_id)
      buttons.push({ actionId: node.action_id, value: node.value ?? '', label: node.text?.text ?? '' });
    return node;
  });
  return { text: readable(texts.join('\n')), buttons };
}

const SLACK_USERS: Record<Who, string> = { lead: 'ULEAD', employee: 'UAISHA' };

export async function slackClicks(): Promise<ClickApp> {
  const clock = mutableClock(new Date());
  const t = await startSlackTestApp({
    clock,
    yaml: YAML('leder@kommune.example'),
    configureFake: (fake) => {
      fake.users.ULEAD = { name: 'Kari Nordmann', email: 'leder@kommune.example' };
      fake.users.UAISHA = { name: 'Aisha Khan', email: 'aisha@kommune.example' };
    },
  });
  const { fake } = t;
  let clicks = 0;
  const modals = () => fake.callsTo('views.open');
  const modalScreen = (index: number): Screen => {
    const args = modals()[index]?.args as {
      view: string | { callback_id: string; private_metadata: string };
    };
    const view = typeof args.view === 'string' ? JSON.parse(args.view) : args.view;
    withinLimits(viewProblems(view));
    return {
      ...slackScreen(view),
      formId: view.callback_id,
      formContext: JSON.parse(view.private_metadata || '{}'),
    };
  };
  return {
    platform: 'slack',
    async type(who, text) {
      clicks += 1;
      const id = `command${clicks}`;
      const before = modals().length;
      // The answer travels in the acknowledgement, or (a slow one) to the command's response_url.
      const response = await sendCommand(t.baseUrl, {
        text,
        user_id: SLACK_USERS[who],
        channel_id: 'DCLICK',
        response_url: `${fake.url}respond/${id}`,
      });
      const body = response.text ? (response.json() as { blocks?: unknown }) : undefined;
      if (body?.blocks) return messageScreen(body);
      return eventually(() => {
        if (modals().length > before) return modalScreen(before);
        const responded = fake.responses(id)[0] as { blocks?: unknown } | undefined;
        if (responded) return messageScreen(responded);
        throw new Error('no answer yet');
      });
    },
    async click(who, button) {
      clicks += 1;
      const id = `click${clicks}`;
      const modalsBefore = modals().length;
      const updatesBefore = fake.callsTo('chat.update').length;
      // A click in the ephemeral answer to a command, as Slack sends it: with that answer's response_url.
      const payload = {
        ...buttonClick(SLACK_USERS[who], 'DCLICK', button.actionId, button.value),
        container: {
          type: 'message',
          message_ts: '1700000001.000100',
          channel_id: 'DCLICK',
          is_ephemeral: true,
        },
        response_url: `${fake.url}respond/${id}`,
        trigger_id: `trigger.${id}`,
      };
      const answered = await sendInteraction(t.baseUrl, payload);
      if (answered.status !== 200) throw new Error(`slack answered ${answered.status}`);
      return eventually(() => {
        if (modals().length > modalsBefore) return modalScreen(modalsBefore);
        const responded = fake.responses(id)[0] as { blocks?: unknown } | undefined;
        if (responded) return messageScreen(responded);
        // Slack's chat.update cannot change an ephemeral message (the click came from one).
        if (fake.callsTo('chat.update').length > updatesBefore)
          throw new Error('chat.update on an ephemeral message: answer through its response_url');
        throw new Error('no answer to the click yet');
      });
    },
    async submit(who, screen, values) {
      const { viewSubmission, text } = await import('../support/slack-requests.js');
      const state = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, text(v)]));
      const response = await sendInteraction(
        t.baseUrl,
        viewSubmission(SLACK_USERS[who], screen.formId ?? '', state, {
          privateMetadata: JSON.stringify(screen.formContext ?? {}),
        }),
      );
      const body = response.json() as { view?: { blocks?: unknown }; errors?: Record<string, string> };
      if (body.errors) return { text: Object.values(body.errors).join('\n'), buttons: [] };
      return slackScreen(body.view as { blocks?: unknown });
    },
    person: (who) => t.app.runtime.store.people.get(`slack:${SLACK_USERS[who]}`),
    actor: (who) => ({ platform: 'slack', userId: SLACK_USERS[who] }),
    store: t.app.runtime.store,
    conversation: t.app.runtime.core.conversation,
    learningQuestion: learningQuestion(t.app),
    now: () => clock.now(),
    advance: advancing(clock, t.app, () => t.app.drain()),
    close: () => t.close(),
  };
}

const messageScreen = (message: { blocks?: unknown; text?: unknown }): Screen => {
  withinLimits(
    messageProblems({ text: String(message.text ?? ''), blocks: (message.blocks ?? []) as unknown[] }),
  );
  return slackScreen(message);
};

// --- Teams ---

const TEAMS_USERS = { lead: teamsUser('Kari Nordmann', 1), employee: teamsUser('Aisha Khan', 2) };

function teamsScreen(payload: unknown): Screen {
  const card = cardsIn(payload)[0];
  // Every card as the official renderer reads it, at the version it declares.
  withinLimits(cardProblems(card));
  const actions = executeActions(card);
  const form = actions.find((a) => FORM_IDS.has(a.verb));
  return {
    text: readable(cardText(card)),
    buttons: actions
      .filter((a) => !FORM_IDS.has(a.verb))
      .map((a) => ({ actionId: a.verb, value: String(a.data.value ?? ''), label: a.title, data: a.data })),
    ...(form
      ? { formId: form.verb, formContext: (form.data.kpContext ?? {}) as Record<string, string> }
      : {}),
  };
}

export async function teamsClicks(): Promise<ClickApp> {
  const t = await startTeamsTestApp({ yaml: YAML(`"teams:${TEAMS_USERS.lead.aadObjectId}"`) });
  const invoke = async (who: Who, verb: string, data: Record<string, unknown>) => {
    const answer = await t.post(cardActionActivity(t.connector.url, TEAMS_USERS[who], verb, data));
    if (answer.status !== 200) throw new Error(`teams answered ${answer.status}`);
    await t.settle();
    return teamsScreen(answer.body);
  };
  return {
    platform: 'teams',
    async type(who, text) {
      const before = t.connector.sent().length;
      await t.post(messageActivity(t.connector.url, TEAMS_USERS[who], text));
      await t.settle();
      return teamsScreen(t.connector.sent()[before]?.body);
    },
    click: (who, button) => invoke(who, button.actionId, button.data ?? { value: button.value }),
    submit: (who, screen, values) =>
      invoke(who, screen.formId ?? '', { kpContext: screen.formContext ?? {}, ...values }),
    person: (who) => t.app.runtime.store.people.get(`teams:${TEAMS_USERS[who].aadObjectId}`),
    actor: (who) => ({ platform: 'teams', userId: TEAMS_USERS[who].aadObjectId }),
    store: t.app.runtime.store,
    conversation: t.app.runtime.core.conversation,
    learningQuestion: learningQuestion(t.app),
    now: () => t.clock.now(),
    advance: advancing(t.clock, t.app, t.settle),
    close: () => t.close(),
  };
}

// --- the local page ---

const LOCAL_KEYS: Record<Who, string> = { lead: 'local:kari', employee: 'local:aisha' };

interface LocalBody {
  form?: Form;
  message?: string;
  reply?: { message: Message };
  confirmation?: Message;
  errors?: Record<string, string>;
}

function localScreen(body: LocalBody): Screen {
  const message = body.reply?.message;
  return {
    text: readable(message ? neutralTexts(message).join('\n') : (body.message ?? '')),
    buttons: neutralButtons(message),
    ...(body.form ? { formId: body.form.id, formContext: body.form.context } : {}),
  };
}

export async function localClicks(): Promise<ClickApp> {
  const local = await startLocalApp({ yaml: YAML('local:kari') });
  const post = async (path: string, body: object) =>
    localScreen((await local.post(path, body)).body as LocalBody);
  return {
    platform: 'local',
    type: (who, text) => post('/local/api/command', { as: LOCAL_KEYS[who], text }),
    // As the page's script does: a form button opens the page's form, any other goes to the server.
    async click(who, button) {
      const kind = (FORM_ACTIONS as Record<string, string>)[button.actionId];
      if (!kind)
        return post('/local/api/action', {
          as: LOCAL_KEYS[who],
          actionId: button.actionId,
          value: button.value,
        });
      return localScreen(
        (await local.get(`/local/api/form?as=${LOCAL_KEYS[who]}&kind=${kind}`)).body as LocalBody,
      );
    },
    submit: (who, screen, values) =>
      post('/local/api/form', {
        as: LOCAL_KEYS[who],
        formId: screen.formId,
        context: screen.formContext ?? {},
        values,
      }),
    person: (who) => local.app.runtime.store.people.get(LOCAL_KEYS[who]),
    actor: (who) => ({ platform: 'local', userId: LOCAL_KEYS[who].slice('local:'.length) }),
    store: local.app.runtime.store,
    conversation: local.app.runtime.core.conversation,
    learningQuestion: learningQuestion(local.app),
    now: () => local.clock.now(),
    advance: advancing(local.clock, local.app, () => local.app.drain()),
    close: () => local.stop(),
  };
}

export const START: Record<Platform, () => Promise<ClickApp>> = {
  slack: slackClicks,
  teams: teamsClicks,
  local: localClicks,
};

/** The button that runs these words (a command's button), or has this action id. */
export function buttonFor(screen: Screen, step: string | RegExp): ClickButton {
  // Slack action ids carry a suffix that keeps them unique in one message (`kp_command:3`).
  const id = (b: ClickButton) => b.actionId.split(':')[0];
  const found = screen.buttons.find((b) =>
    typeof step === 'string'
      ? id(b) === step || (id(b) === ACTIONS.command && b.value === step)
      : id(b) === ACTIONS.command && step.test(b.value),
  );
  if (!found)
    throw new Error(
      `no button for ${String(step)} among ${JSON.stringify(screen.buttons.map((b) => b.value))}`,
    );
  return found;
}
