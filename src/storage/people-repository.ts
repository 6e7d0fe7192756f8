import { and, asc, eq } from 'drizzle-orm';
import type { PeopleRepository, PersonUpsert } from '../core/ports.js';
import { type Person, parsePersonKey } from '../core/records.js';
import type { Locale, Platform } from '../core/vocabulary.js';
import type { Orm } from './orm.js';
import { deliveries, people, teamsConversations } from './schema/index.js';

export function createPeopleRepository(orm: Orm): PeopleRepository {
  const get = (key: string): Person | undefined => orm.select().from(people).where(eq(people.key, key)).get();

  return {
    get,

    upsert(person: PersonUpsert, now: string): Person {
      const parsed = parsePersonKey(person.key);
      if (!parsed) throw new Error(`Invalid person key: ${person.key}`);
      const update: Partial<typeof people.$inferInsert> = { displayName: person.displayName };
      if (person.email !== undefined) update.email = person.email;
      if (person.sector !== undefined) update.sector = person.sector;
      orm
        .insert(people)
        .values({
          key: person.key,
          platform: parsed.platform,
          userId: parsed.userId,
          displayName: person.displayName,
          email: person.email ?? null,
          sector: person.sector ?? null,
          createdAt: now,
        })
        .onConflictDoUpdate({ target: people.key, set: update })
        .run();
      const stored = get(person.key);
      if (!stored) throw new Error(`Person ${person.key} vanished after upsert`);
      return stored;
    },

    setLocale(key: string, locale: Locale): void {
      orm.update(people).set({ locale }).where(eq(people.key, key)).run();
    },

    setPaused(key: string, paused: boolean): void {
      orm.update(people).set({ paused }).where(eq(people.key, key)).run();
    },

    setSector(key: string, sector: string | null): void {
      orm.update(people).set({ sector }).where(eq(people.key, key)).run();
    },

    list(platform?: Platform): Person[] {
      const query = orm.select().from(people);
      return (platform ? query.where(eq(people.platform, platform)) : query).orderBy(asc(people.key)).all();
    },

    delete(key: string): void {
      const ref = parsePersonKey(key);
      orm.delete(people).where(eq(people.key, key)).run();
      if (!ref) return;
      // What was addressed to them goes too: queued or sent direct messages, their personal Teams chat.
      orm
        .delete(deliveries)
        .where(
          and(
            eq(deliveries.targetPlatform, ref.platform),
            eq(deliveries.targetKind, 'dm'),
            eq(deliveries.targetId, ref.userId),
          ),
        )
        .run();
      if (ref.platform === 'teams') {
        orm.delete(teamsConversations).where(eq(teamsConversations.userAadObjectId, ref.userId)).run();
      }
    },
  };
}
