import type { CoreContext } from './context.js';
import { mayRecognise, type Place, type Viewer } from './privacy/visibility.js';
import type { Person, PersonKey, Target } from './records.js';
import { personKey, targetKey } from './records.js';
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

export function createPeople(ctx: CoreContext) {
  const { store, settings } = ctx;

  function sectorFromChannel(channel: Target | undefined): string | undefined {
    return channel ? settings.channelSectors[targetKey(channel)] : undefined;
  }

  return {
    /** Registers the person on first contact; the sector only from config, never guessed. */
    ensure(actor: Actor): Person {
      const key = personKey(actor.platform, actor.userId);
      const existing = store.people.get(key);
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
          displayName: actor.displayName ?? existing?.displayName ?? actor.userId,
          email: actor.email ?? existing?.email ?? null,
          sector: existing?.sector ?? configuredSector ?? null,
        },
        ctx.nowIso(),
      );
    },

    get: (key: PersonKey): Person | undefined => store.people.get(key),

    list: (platform?: Platform): Person[] => store.people.list(platform),

    localeOf(key: PersonKey | undefined): Locale {
      const person = key ? store.people.get(key) : undefined;
      return person?.locale ?? settings.defaultLocale;
    },

    setLocale(key: PersonKey, locale: Locale): void {
      store.people.setLocale(key, locale);
    },

    setPaused(key: PersonKey, paused: boolean): void {
      store.people.setPaused(key, paused);
    },

    chooseSector(key: PersonKey, sectorId: string): boolean {
      if (!settings.sectors.some((sector) => sector.id === sectorId)) return false;
      store.people.setSector(key, sectorId);
      return true;
    },

    roles(key: PersonKey): Set<Role> {
      const person = store.people.get(key);
      // Config entries are matched case-insensitively (Slack ids are upper case, e-mails any case).
      const names = [key.toLowerCase(), person?.email?.toLowerCase()].filter((v): v is string => Boolean(v));
      const listed = (list: string[]) => list.some((entry) => names.includes(entry.toLowerCase()));
      const roles = new Set<Role>(['employee']);
      if (listed(settings.roles.managers)) roles.add('manager');
      if (listed(settings.roles.leads)) roles.add('lead');
      if (listed(settings.roles.admins)) roles.add('admin');
      return roles;
    },

    /** Admins and innovation leads run admin commands and read the dashboard. */
    isLeadOrAdmin(key: PersonKey): boolean {
      const roles = this.roles(key);
      return roles.has('admin') || roles.has('lead');
    },

    /** Managers, leads and admins may recognise an initiative publicly. */
    mayRecognise(key: PersonKey): boolean {
      return mayRecognise(this.roles(key));
    },

    /** The person as a reader, for the visibility rules (src/core/privacy/visibility.ts). */
    viewer(key: PersonKey): Viewer {
      return { key, roles: this.roles(key) };
    },
  };
}

export type People = ReturnType<typeof createPeople>;
