import type {
  ParticipationEntry,
  PeopleRepository,
  PersonUpsert,
  PulseRepository,
} from '../../core/ports.js';
import { type Person, parsePersonKey } from '../../core/records.js';
import * as t from '../schema/index.js';
import { byKey, opened, personKeys, purposeOf, rowCodec, sealing } from './column-codecs.js';
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
  const names = purposeOf(t.people, 'displayName');
  const dmTargets = purposeOf(t.deliveries, 'targetId');
  const teamsUsers = purposeOf(t.teamsConversations, 'userId');
  const people = sealing(inner.people)
    .seal(token, 'get', 'setLocale', 'setPaused', 'setSector')
    .seal(sealUpsert, 'upsert')
    .open(openPerson, 'get', 'upsert', 'list').repository;
  return {
    ...people,
    // Stored in token order, which means nothing: sorted by person key as before sealing.
    list: async (platform) => (await people.list(platform)).sort(byKey((p) => p.key)),
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
    ...sealing(pulses)
      .seal(token, 'participationOf', 'forgetParticipant')
      .sealAt(1, token, 'recordParticipation', 'hasParticipated')
      .seal(sealEntry, 'bufferParticipation').repository,
    // In person-key order as before sealing (token order means nothing).
    participants: async (pulseId) => (await pulses.participants(pulseId)).map(keyOf).sort(),
  };
}
