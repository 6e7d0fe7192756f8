import { DIMENSION_LABELS } from '../core/bank/index.js';
import type { FeedItem } from '../core/core.js';
import { formatList, formatMonth, translator } from '../core/i18n/translate.js';
import { ACTIONS, type Message } from '../core/message.js';
import { nominationPrompt, nomineeName } from '../core/messages/content-messages.js';
import type { Actor } from '../core/people.js';
import type { Person } from '../core/records.js';
import type { Settings } from '../core/settings.js';
import { localMonth } from '../core/time.js';
import { type Locale, ROLES, type Role } from '../core/vocabulary.js';
import type { PluginContext } from '../platform-plugin.js';
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
  /**
   * For leads and admins: what they can post now, each by what it posts and where (the id is the
   * button's value only, never shown).
   */
  schedules: { id: string; label: string; where: string }[];
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

export function createLocalState(deps: Pick<PluginContext, 'core' | 'settings' | 'clock'>) {
  const { core, settings, clock } = deps;

  async function summary(person: Person, locale: Locale): Promise<PersonSummary> {
    const roles = await core.people.roles(person.key);
    return {
      key: person.key,
      name: person.displayName,
      sector: settings.sectors.find((s) => s.id === person.sector)?.name[locale] ?? null,
      roles: ROLES.filter((role) => roles.has(role)),
    };
  }

  function postable(locale: Locale): LocalState['schedules'] {
    const t = translator(locale);
    return settings.schedules
      .filter((s) => s.enabled)
      .map((s) => {
        const channels = s.targets.filter((x) => x.platform === 'local').map((x) => `#${x.id}`);
        return {
          id: s.id,
          label: t(`schedule.kind.${s.kind}`),
          where:
            channels.length > 0 ? t('local.schedule.where', { channels: formatList(locale, channels) }) : '',
        };
      });
  }

  async function awaiting(person: Person, locale: Locale): Promise<Message[]> {
    const t = translator(locale);
    const now = clock.now();
    const period = {
      from: new Date(now.getTime() - 400 * 86_400_000).toISOString(),
      to: new Date(now.getTime() + 86_400_000).toISOString(),
    };
    // The page is seen by the person picked alone: a private place.
    const pending = await core.nominations.awaitingRecognition(person.key, 'private', period);
    const prompts: Message[] = [];
    for (const nomination of pending.nominations) {
      const nominee = await core.people.get(nomination.nomineeKey ?? '');
      const text = t('local.recognise.text', {
        nominee: nomineeName(nomination, nominee, t),
        dimension: DIMENSION_LABELS[nomination.dimension][locale],
      });
      prompts.push(
        nominationPrompt(nomination, text, [
          {
            actionId: ACTIONS.recognise,
            label: t('local.recognise.button'),
            value: nomination.id,
            style: 'primary',
          },
        ]),
      );
    }
    return prompts;
  }

  return {
    /** The people to pick from, in the default language (before anyone is picked). */
    async people(locale: Locale = settings.defaultLocale): Promise<PersonSummary[]> {
      const summaries: PersonSummary[] = [];
      for (const person of await core.people.list('local')) summaries.push(await summary(person, locale));
      return summaries;
    },

    async forPerson(person: Person): Promise<LocalState> {
      const actor: Actor = { platform: 'local', userId: person.userId };
      const locale = await core.people.localeOf(person.key);
      const mayRecognise = await core.people.mayRecognise(person.key);
      const mayPostNow = await core.people.isLeadOrAdmin(person.key);
      const month = localMonth(clock.now(), settings.timezone);
      const channels: LocalState['channels'] = [];
      for (const id of localChannels(settings))
        channels.push({ id, items: await core.feed(actor, { channel: id }, FEED_LIMIT) });
      return {
        me: { ...(await summary(person, locale)), locale, paused: person.paused, mayRecognise, mayPostNow },
        people: await this.people(locale),
        channels,
        dms: await core.feed(actor, { dmUser: person.userId }, FEED_LIMIT),
        schedules: mayPostNow ? postable(locale) : [],
        awaiting: await awaiting(person, locale),
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
