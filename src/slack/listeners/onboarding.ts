import type { App } from '@slack/bolt';
import { boundedMap } from '../../core/bounded-memo.js';
import { personKey } from '../../core/records.js';
import { valueWithin } from '../../core/settled-within.js';
import type { SlackDeps } from '../deps.js';

const LOOKUP_BUDGET_MS = 200;
/** People this process has seen stored: bounded, and only ever a saved look-up (a new person is looked up). */
const MET_LIMIT = 10_000;

/** Who acts in a payload where a person meets the bot on purpose (not every channel message). */
function personMeetingBot(body: Record<string, unknown>): string | undefined {
  if (typeof body.command === 'string') return typeof body.user_id === 'string' ? body.user_id : undefined;
  const event = body.event as { type?: string; user?: string } | undefined;
  if (body.type === 'event_callback') return event?.type === 'app_home_opened' ? event.user : undefined;
  const user = body.user as { id?: string } | undefined;
  return ['block_actions', 'view_submission', 'shortcut', 'message_action'].includes(String(body.type))
    ? user?.id
    : undefined;
}

/**
 * Asked before the listener stores the person, but never for long: a slow database must not keep the
 * listener (and Slack's 3-second acknowledgement) waiting. Unanswered in time (undefined): not greeted
 * now, and asked again next time.
 */
const isNewPerson = (deps: SlackDeps, userId: string): Promise<boolean | undefined> =>
  valueWithin(
    async () => (await deps.core.people.get(personKey('slack', userId))) === undefined,
    LOOKUP_BUDGET_MS,
    undefined,
  );

/** Meets people as they use the bot, greeting the new ones (see `createOnboarding`). */
export interface Meeting {
  /** Runs a request's handler; whether the person is new is asked first (the handler may store them). */
  meet(userId: string | undefined, handle: () => Promise<void>): Promise<void>;
  /** Runs a vote, which tells whether the voter is new when it counted it (undefined: asked after). */
  meetVoter(userId: string, vote: () => Promise<boolean | undefined>): Promise<void>;
}

/**
 * The first time someone meets Kulturpuls they get a short DM: what it is, what is stored, how to
 * pause. Queued in the outbox once per person (its dedupe key), after the request was handled.
 */
export function createOnboarding(deps: SlackDeps): Meeting {
  // Someone already stored stays stored (a forgotten person is greeted again after a restart): their
  // next clicks skip the look-up, which on PostgreSQL is a round trip on every vote.
  const met = boundedMap<true>(MET_LIMIT);
  // People being met right now: a double click greets once (the first click's meeting decides).
  const meeting = new Set<string>();
  const unmet = (userId: string | undefined): userId is string =>
    userId !== undefined && !met.has(userId) && !meeting.has(userId);
  async function meetOnce(userId: string, run: () => Promise<void>): Promise<void> {
    meeting.add(userId);
    try {
      await run();
    } finally {
      meeting.delete(userId);
    }
  }
  async function greet(userId: string, isNew: boolean | undefined): Promise<void> {
    if (isNew === undefined) return;
    met.set(userId, true);
    if (!isNew) return;
    const { settings } = deps;
    const params = { organisation: settings.organisation, min: settings.privacy.minGroupSize };
    const target = { platform: 'slack' as const, kind: 'dm' as const, id: userId };
    await deps.core.deliveries.noticeOnce(target, 'onboarding', 'slack.onboarding', params);
  }
  return {
    async meet(userId, handle) {
      if (!unmet(userId)) return handle();
      await meetOnce(userId, async () => {
        const isNew = await isNewPerson(deps, userId);
        await handle();
        await greet(userId, isNew);
      });
    },
    async meetVoter(userId, vote) {
      if (!unmet(userId)) {
        await vote();
        return;
      }
      await meetOnce(userId, async () => {
        // A vote that was not counted stored nobody either: the look-up after it is as good as before.
        const told = await vote();
        await greet(userId, told ?? (await isNewPerson(deps, userId)));
      });
    },
  };
}

/** Every request through Bolt meets the person (a vote answered directly does so itself). */
export function registerOnboarding(app: App, meeting: Meeting): void {
  app.use(({ body, next }) => meeting.meet(personMeetingBot(body as Record<string, unknown>), next));
}
