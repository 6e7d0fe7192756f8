import { asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PersonUpsert } from '../core/ports.js';
import { type Person, parsePersonKey } from '../core/records.js';
import type { Locale, Platform } from '../core/vocabulary.js';
import type { Orm } from './orm.js';
import { deliveries, people, teamsConversations } from './schema/index.js';
import type { AddressedTo, InnerStore } from './sealed/inner-store.js';

const p = (name: string) => sql.placeholder(name);

// The vote path reads and upserts a person on every click: these statements are built and prepared
// once per repository instead of on every call. An upsert only touches e-mail and sector when given,
// so there is one statement per combination, prepared on first use.
export function createPeopleRepository(orm: Orm): InnerStore['people'] {
  const byKey = orm
    .select()
    .from(people)
    .where(eq(people.key, p('key')))
    .prepare();
  const get = (key: string): Person | undefined => byKey.get({ key });

  const upserts = new Map<string, ReturnType<typeof prepareUpsert>>();
  function prepareUpsert(withEmail: boolean, withSector: boolean) {
    // `excluded.*` is the row the insert proposed: the same values as the insert's.
    const set: Partial<Record<keyof typeof people.$inferInsert, SQL>> = {
      displayName: sql`excluded.display_name`,
    };
    if (withEmail) set.email = sql`excluded.email`;
    if (withSector) set.sector = sql`excluded.sector`;
    return orm
      .insert(people)
      .values({
        key: p('key'),
        platform: p('platform'),
        userId: p('userId'),
        displayName: p('displayName'),
        email: p('email'),
        sector: p('sector'),
        createdAt: p('now'),
      })
      .onConflictDoUpdate({ target: people.key, set })
      .returning()
      .prepare();
  }

  return {
    get,

    upsert(person: PersonUpsert, now: string): Person {
      const parsed = parsePersonKey(person.key);
      if (!parsed) throw new Error(`Invalid person key: ${person.key}`);
      const variant = `${person.email !== undefined}|${person.sector !== undefined}`;
      let statement = upserts.get(variant);
      if (!statement) {
        statement = prepareUpsert(person.email !== undefined, person.sector !== undefined);
        upserts.set(variant, statement);
      }
      const stored = statement.get({
        key: person.key,
        platform: parsed.platform,
        userId: parsed.userId,
        displayName: person.displayName,
        email: person.email ?? null,
        sector: person.sector ?? null,
        now,
      });
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

    countBySector(): Map<string | null, number> {
      const rows = orm
        .select({ sector: people.sector, n: count() })
        .from(people)
        .groupBy(people.sector)
        .all();
      return new Map(rows.map((row) => [row.sector, row.n]));
    },

    displayNames(keys: readonly string[]): Map<string, string> {
      const names = new Map<string, string>();
      const unique = [...new Set(keys)];
      // Bounded chunks: SQLite limits the number of bound parameters per statement.
      for (let i = 0; i < unique.length; i += 500) {
        const rows = orm
          .select({ key: people.key, displayName: people.displayName })
          .from(people)
          .where(inArray(people.key, unique.slice(i, i + 500)))
          .all();
        for (const row of rows) names.set(row.key, row.displayName);
      }
      return names;
    },

    delete(key: string, addressed: AddressedTo): void {
      orm.delete(people).where(eq(people.key, key)).run();
      // What was addressed to them goes too: queued or sent direct messages, their personal Teams chat.
      if (addressed.deliveryIds.length > 0) {
        orm
          .delete(deliveries)
          .where(inArray(deliveries.id, [...addressed.deliveryIds]))
          .run();
      }
      if (addressed.teamsUser !== null) {
        orm
          .delete(teamsConversations)
          .where(eq(teamsConversations.userAadObjectId, addressed.teamsUser))
          .run();
      }
    },
  };
}
