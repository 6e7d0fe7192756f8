import type {
  ParticipationEntry,
  PeopleRepository,
  PersonUpsert,
  PulseRepository,
} from '../../core/ports.js';
import { type Person, parsePersonKey } from '../../core/records.js';
import * as t from '../schema/index.js';
import { byKey, openAll, opened, openOne, personKeys, purposeOf, rowCodec } from './column-codecs.js';
import type { InnerRepositories } from './inner-store.js';
import type { Sealer } from './sealer.js';

export function peopleSealing(sealer: Sealer) {
  const { token, keyOf } = personKeys(sealer, t.people, 'key');
  // The user id is the token part of the sealed key (its platform's id again once the key is open).
  const person = rowCodec<Person>(sealer, t.people, 'userId');
  const openPerson = (row: Person): Person => {
    const plain = person.open(row);
    return { ...plain, userId: parsePersonKey(plain.key)?.userId ?? plain.key };
  };
  return { token, keyOf, sealUpsert: (upsert: PersonUpsert) => person.seal(upsert), openPerson };
}

export function sealedPeople(inner: InnerRepositories, sealer: Sealer): PeopleRepository {
  const { token, keyOf, sealUpsert, openPerson } = peopleSealing(sealer);
  const people = inner.people;
  const names = purposeOf(t.people, 'displayName');
  const dmTargets = purposeOf(t.deliveries, 'targetId');
  const teamsUsers = purposeOf(t.teamsConversations, 'userId');
  return {
    ...people,
    get: (key) => openOne(people.get(token(key)), openPerson),
    upsert: async (person, now) => openPerson(await people.upsert(sealUpsert(person), now)),
    setLocale: (key, locale) => people.setLocale(token(key), locale),
    setPaused: (key, paused) => people.setPaused(token(key), paused),
    setSector: (key, sector) => people.setSector(token(key), sector),
    // Stored in token order, which means nothing: sorted by person key as before sealing.
    list: async (platform) => (await openAll(people.list(platform), openPerson)).sort(byKey((p) => p.key)),
    async displayNames(keys) {
      const found = new Map<string, string>();
      for (const [stored, name] of await people.displayNames(keys.map(token))) {
        found.set(keyOf(stored), opened(sealer.unseal(names, name), 'display name'));
      }
      return found;
    },
    async delete(key) {
      const ref = parsePersonKey(key);
      // Each direct message's target is sealed for its own row: open them to find this person's.
      const deliveryIds = ref
        ? (await inner.outbox.directMessages())
            .filter(
              (row) =>
                row.platform === ref.platform &&
                sealer.open(dmTargets, row.targetId, row.dedupeKey) === ref.userId,
            )
            .map((row) => row.id)
        : [];
      const teamsUser = ref?.platform === 'teams' ? sealer.token(teamsUsers, ref.userId) : null;
      await people.delete(token(key), { deliveryIds, teamsUser });
    },
  };
}

/** The pulse repository with who took part sealed (the answers carry pseudonyms already). */
export function sealedPulses(inner: InnerRepositories, sealer: Sealer): PulseRepository {
  const { token, keyOf, sealUpsert } = peopleSealing(sealer);
  const pulses = inner.pulses;
  const sealEntry = (entry: ParticipationEntry): ParticipationEntry => ({
    ...entry,
    person: token(entry.person),
    upsert: entry.upsert && sealUpsert(entry.upsert),
  });
  return {
    ...pulses,
    recordParticipation: (pulseId, person, at) => pulses.recordParticipation(pulseId, token(person), at),
    bufferParticipation: (entry, groupSize) => pulses.bufferParticipation(sealEntry(entry), groupSize),
    hasParticipated: (pulseId, person) => pulses.hasParticipated(pulseId, token(person)),
    // In person-key order as before sealing (token order means nothing).
    participants: async (pulseId) => (await pulses.participants(pulseId)).map(keyOf).sort(),
    participationOf: (person) => pulses.participationOf(token(person)),
    forgetParticipant: (person) => pulses.forgetParticipant(token(person)),
  };
}
