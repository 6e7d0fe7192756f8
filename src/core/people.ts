import type { CoreContext } from './context.js';
import type { Mention } from './message.js';
import { mayRecognise, type Place, type Viewer } from './privacy/visibility.js';
import type { Person, PersonKey, Target } from './records.js';
import { parsePersonKey, personKey, targetKey } from './records.js';
import type { Locale, Platform, Role } from './vocabulary.js';

/** Who is acting, as the platform tells us. */
export interface Actor {
  platform: Platform;
  userId: string;
  displayName?: string;
  email?: string | null;
  /** The channel the action came from, for the channel-to-sector map. */
  channel?: Target;
  /**
   * Who sees the answer: absent or `private` where only this person does (a personal chat, Slack's
   * ephemeral replies, App Home, the local page); `shared` in a Teams channel or group chat.
   */
  replyPlace?: Place;
}

/**
 * The name to show for a person, or undefined when none is known. A person met only by id (a nominee
 * picked in Teams, a Slack user whose profile could not be read) is stored without a name; rows
 * written before that kept the platform's id in its place, and an id is never shown as a name.
 */
export function knownName(person: Pick<Person, 'displayName' | 'userId'> | undefined): string | undefined {
  const name = person?.displayName.trim();
  return name && name !== person?.userId ? name : undefined;
}

/**
 * `mentions` for a message naming this person. A person whose name was never known is written as
 * `shownAs` ("en kollega"): that text becomes the mention, which Slack shows with the person's name.
 */
export function mentionOf(person: Person | undefined, shownAs?: string): { mentions?: Mention[] } {
  const name = knownName(person) ?? shownAs;
  return person && name ? { mentions: [{ key: person.key, name }] } : {};
}

/** Stored names by person key, without those that are not names (see `knownName`). */
export function knownNames(names: Map<PersonKey, string>): Map<PersonKey, string> {
  return new Map(
    [...names].filter(([key, displayName]) =>
      knownName({ displayName, userId: parsePersonKey(key)?.userId ?? key }),
    ),
  );
}

export function createPeople(ctx: CoreContext) {
  const { store, settings } = ctx;

  function sectorFromChannel(channel: Target | undefined): string | undefined {
    return channel ? settings.channelSectors[targetKey(channel)] : undefined;
  }

  return {
    /** Registers the person on first contact; the sector only from config, never guessed. */
    async ensure(actor: Actor): Promise<Person> {
      const key = personKey(actor.platform, actor.userId);
      const existing = await store.people.get(key);
      const configuredSector = sectorFromChannel(actor.channel);
      // A new e-mail counts as a change too: roles may be given by e-mail, from the first click on.
      if (
        existing &&
        (actor.displayName === undefined || actor.displayName === existing.displayName) &&
        (!actor.email || actor.email === existing.email) &&
        (configuredSector === undefined || existing.sector !== null)
      ) {
        return existing;
      }
      return store.people.upsert(
        {
          key,
          displayName: actor.displayName ?? existing?.displayName ?? '',
          email: actor.email ?? existing?.email ?? null,
          sector: existing?.sector ?? configuredSector ?? null,
        },
        ctx.nowIso(),
      );
    },

    get: (key: PersonKey): Promise<Person | undefined> => store.people.get(key),

    list: (platform?: Platform): Promise<Person[]> => store.people.list(platform),

    async localeOf(key: PersonKey | undefined): Promise<Locale> {
      const person = key ? await store.people.get(key) : undefined;
      return person?.locale ?? settings.defaultLocale;
    },

    async setLocale(key: PersonKey, locale: Locale): Promise<void> {
      await store.people.setLocale(key, locale);
    },

    async setPaused(key: PersonKey, paused: boolean): Promise<void> {
      await store.people.setPaused(key, paused);
    },

    async chooseSector(key: PersonKey, sectorId: string): Promise<boolean> {
      if (!settings.sectors.some((sector) => sector.id === sectorId)) return false;
      await store.people.setSector(key, sectorId);
      return true;
    },

    async roles(key: PersonKey): Promise<Set<Role>> {
      const person = await store.people.get(key);
      // Config entries are matched case-insensitively (Slack ids are upper case, e-mails any case).
      const names = [key.toLowerCase(), person?.email?.toLowerCase()].filter((v): v is string => Boolean(v));
      const listed = (list: string[]) => list.some((entry) => names.includes(entry.toLowerCase()));
      const roles = new Set<Role>(['employee']);
      if (listed(settings.roles.managers)) roles.add('manager');
      if (listed(settings.roles.leads)) roles.add('lead');
      if (listed(settings.roles.admins)) roles.add('admin');
      return roles;
    },

    /**
     * Roles are given by e-mail in the config, but this person's account gave no e-mail: such an
     * entry can never match them, and they are told how to be given a role by their id instead.
     * The accounts' name ("Teams") when so, for that message; undefined otherwise.
     */
    rolesByEmailUnmatched(person: Person): string | undefined {
      const accounts = ctx.capabilities[person.platform].accounts;
      if (person.email || !accounts) return undefined;
      const { admins, leads, managers } = settings.roles;
      return [...admins, ...leads, ...managers].some((entry) => entry.includes('@')) ? accounts : undefined;
    },

    /** Admins and innovation leads run admin commands and read the dashboard. */
    async isLeadOrAdmin(key: PersonKey): Promise<boolean> {
      const roles = await this.roles(key);
      return roles.has('admin') || roles.has('lead');
    },

    /** Managers, leads and admins may recognise an initiative publicly. */
    async mayRecognise(key: PersonKey): Promise<boolean> {
      return mayRecognise(await this.roles(key));
    },

    /** The person as a reader, for the visibility rules (src/core/privacy/visibility.ts). */
    async viewer(key: PersonKey): Promise<Viewer> {
      return { key, roles: await this.roles(key) };
    },
  };
}

export type People = ReturnType<typeof createPeople>;
