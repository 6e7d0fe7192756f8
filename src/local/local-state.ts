import { DIMENSION_LABELS } from '../core/bank/index.js';
import type { Core } from '../core/create-core.js';
import { formatMonth, translator } from '../core/i18n/translate.js';
import { ACTIONS, type Message } from '../core/message.js';
import { nominationPrompt, nomineeName } from '../core/messages/content-messages.js';
import type { Actor } from '../core/people.js';
import type { Person } from '../core/records.js';
import type { Settings } from '../core/settings.js';
import { localMonth } from '../core/time.js';
import { type Locale, ROLES, type Role, type ScheduleKind } from '../core/vocabulary.js';
import type { FeedItem, FeedView } from './feed-view.js';
import { pageTexts } from './page/page-texts.js';

const FEED_LIMIT = 50;

export interface PersonSummary {
  key: string;
  name: string;
  sector: string | null;
  roles: Role[];
}

export interface LocalState {
  me: PersonSummary & { locale: Locale; paused: boolean; mayRecognise: boolean; mayPostNow: boolean };
  people: PersonSummary[];
  channels: { id: string; items: FeedItem[] }[];
  dms: FeedItem[];
  /** For leads and admins: what they can post now. */
  schedules: { id: string; kind: ScheduleKind }[];
  /** For managers and leads: accepted nominations waiting for recognition, as messages. */
  awaiting: Message[];
  digest: { month: string; label: string; url: string };
  texts: Record<string, string>;
}

/** Every local channel the schedules post to, in the order they first appear. */
export function localChannels(settings: Settings): string[] {
  const ids = settings.schedules.flatMap((schedule) =>
    schedule.targets.filter((t) => t.platform === 'local' && t.kind === 'channel').map((t) => t.id),
  );
  return [...new Set(ids)];
}

export function createLocalState(deps: { core: Core; feedView: FeedView }) {
  const { core, feedView } = deps;
  const { settings } = core;

  function summary(person: Person, locale: Locale): PersonSummary {
    const roles = core.people.roles(person.key);
    return {
      key: person.key,
      name: person.displayName,
      sector: settings.sectors.find((s) => s.id === person.sector)?.name[locale] ?? null,
      roles: ROLES.filter((role) => roles.has(role)),
    };
  }

  function awaiting(person: Person, locale: Locale): Message[] {
    const t = translator(locale);
    const now = core.clock.now();
    const period = {
      from: new Date(now.getTime() - 400 * 86_400_000).toISOString(),
      to: new Date(now.getTime() + 86_400_000).toISOString(),
    };
    // The page is seen by the person picked alone: a private place.
    const pending = core.nominations.awaitingRecognition(person.key, 'private', period);
    return pending.nominations.map((nomination) => {
      const nominee = core.people.get(nomination.nomineeKey ?? '');
      const text = t('local.recognise.text', {
        nominee: nomineeName(nomination, nominee) || t('someone'),
        dimension: DIMENSION_LABELS[nomination.dimension][locale],
      });
      return nominationPrompt(nomination, text, [
        {
          actionId: ACTIONS.recognise,
          label: t('local.recognise.button'),
          value: nomination.id,
          style: 'primary',
        },
      ]);
    });
  }

  return {
    /** The people to pick from, in the default language (before anyone is picked). */
    people(locale: Locale = settings.defaultLocale): PersonSummary[] {
      return core.people.list('local').map((person) => summary(person, locale));
    },

    forPerson(person: Person): LocalState {
      const actor: Actor = { platform: 'local', userId: person.userId };
      const locale = core.people.localeOf(person.key);
      const mayRecognise = core.people.mayRecognise(person.key);
      const mayPostNow = core.people.isLeadOrAdmin(person.key);
      const month = localMonth(core.clock.now(), settings.timezone);
      return {
        me: { ...summary(person, locale), locale, paused: person.paused, mayRecognise, mayPostNow },
        people: this.people(locale),
        channels: localChannels(settings).map((id) => ({
          id,
          items: feedView.items(core.platformState.feed.list({ channel: id, limit: FEED_LIMIT }), actor),
        })),
        dms: feedView.items(
          core.platformState.feed.list({ dmUser: person.userId, limit: FEED_LIMIT }),
          actor,
        ),
        schedules: mayPostNow
          ? settings.schedules.filter((s) => s.enabled).map((s) => ({ id: s.id, kind: s.kind }))
          : [],
        awaiting: awaiting(person, locale),
        digest: {
          month,
          label: formatMonth(locale, month),
          url: `/dashboard?month=${month}&lang=${locale}`,
        },
        texts: pageTexts(locale),
      };
    },
  };
}

export type LocalStateBuilder = ReturnType<typeof createLocalState>;
