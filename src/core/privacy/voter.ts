import type { CoreContext } from '../context.js';
import type { Actor } from '../people.js';
import type { PeopleRepository, PersonUpsert } from '../ports.js';
import { type Person, personKey, targetKey } from '../records.js';

export interface Voter {
  /** The person as the vote sees them (the stored row, or the row that will be stored). */
  person: Person;
  /** The write the person row needs (first contact, a new name or a configured sector), or null. */
  upsert: PersonUpsert | null;
  /** Whether a person row was stored for them. */
  known: boolean;
}

/**
 * The voter without writing them. A person row written in the same commit as an answer, or next to
 * it, would tell who gave the answer to anyone replaying the WAL: the row is written later, with the
 * batch of participation it belongs to. `people`: where the person is read (the vote's transaction).
 */
export async function resolveVoter(
  ctx: CoreContext,
  actor: Actor,
  people: Pick<PeopleRepository, 'get'>,
): Promise<Voter> {
  const key = personKey(actor.platform, actor.userId);
  const existing = await people.get(key);
  const configured = actor.channel ? ctx.settings.channelSectors[targetKey(actor.channel)] : undefined;
  const rename = actor.displayName !== undefined && actor.displayName !== existing?.displayName;
  const assignSector = configured !== undefined && !existing?.sector;
  if (existing && !rename && !assignSector) return { person: existing, upsert: null, known: true };
  const displayName = actor.displayName ?? existing?.displayName ?? '';
  const sector = existing?.sector ?? configured ?? null;
  const person: Person = existing
    ? { ...existing, displayName, sector }
    : {
        key,
        platform: actor.platform,
        userId: actor.userId,
        displayName,
        email: actor.email ?? null,
        sector,
        locale: null,
        paused: false,
        createdAt: ctx.nowIso(),
      };
  // Only what is known now is written: a sector or e-mail chosen in the meantime is not overwritten.
  return {
    person,
    known: existing !== undefined,
    upsert: {
      key,
      displayName,
      ...(actor.email !== undefined ? { email: actor.email } : {}),
      ...(assignSector ? { sector: configured } : {}),
    },
  };
}
