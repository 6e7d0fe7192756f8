import { asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { parsePersonKey } from '../../core/records.js';
import type { InnerStore } from '../sealed/inner-store.js';
import { first, type PgOrm, run } from './orm.js';
import { deliveries, people, teamsConversations } from './schema/index.js';

export function createPgPeopleRepository(orm: PgOrm): InnerStore['people'] {
  const get = (key: string) => first(orm.select().from(people).where(eq(people.key, key)));
  return {
    get,

    upsert(person, now) {
      const parsed = parsePersonKey(person.key);
      if (!parsed) throw new Error(`Invalid person key: ${person.key}`);
      // An upsert only touches e-mail and sector when given.
      const set: Partial<Record<keyof typeof people.$inferInsert, SQL>> = {
        displayName: sql`excluded.display_name`,
      };
      if (person.email !== undefined) set.email = sql`excluded.email`;
      if (person.sector !== undefined) set.sector = sql`excluded.sector`;
      const stored = first(
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
          .onConflictDoUpdate({ target: people.key, set })
          .returning(),
      );
      if (!stored) throw new Error(`Person ${person.key} vanished after upsert`);
      return stored;
    },

    setLocale(key, locale) {
      run(orm.update(people).set({ locale }).where(eq(people.key, key)));
    },
    setPaused(key, paused) {
      run(orm.update(people).set({ paused }).where(eq(people.key, key)));
    },
    setSector(key, sector) {
      run(orm.update(people).set({ sector }).where(eq(people.key, key)));
    },

    list(platform) {
      const query = orm.select().from(people);
      return run((platform ? query.where(eq(people.platform, platform)) : query).orderBy(asc(people.key)));
    },

    countBySector() {
      const rows = run(orm.select({ sector: people.sector, n: count() }).from(people).groupBy(people.sector));
      return new Map(rows.map((row) => [row.sector, row.n]));
    },

    displayNames(keys) {
      const unique = [...new Set(keys)];
      if (unique.length === 0) return new Map();
      const rows = run(
        orm
          .select({ key: people.key, displayName: people.displayName })
          .from(people)
          .where(inArray(people.key, unique)),
      );
      return new Map(rows.map((row) => [row.key, row.displayName]));
    },

    delete(key, addressed) {
      run(orm.delete(people).where(eq(people.key, key)));
      // What was addressed to them goes too: queued or sent direct messages, their personal Teams chat.
      if (addressed.deliveryIds.length > 0) {
        run(orm.delete(deliveries).where(inArray(deliveries.id, [...addressed.deliveryIds])));
      }
      if (addressed.teamsUser !== null) {
        run(
          orm.delete(teamsConversations).where(eq(teamsConversations.userAadObjectId, addressed.teamsUser)),
        );
      }
    },
  };
}
