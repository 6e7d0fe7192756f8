import { asc, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { parsePersonKey } from '../../core/records.js';
import { chunks, first, type Kit, p, placeholders, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';

export function peopleRepository({ db, t, prepared }: Kit): InnerRepositories['people'] {
  const { people, deliveries, teamsConversations } = t;
  // The vote path: built once, not per call (see prepared.ts).
  const byKey = prepared(() =>
    db
      .select()
      .from(people)
      .where(eq(people.key, p('key'))),
  );
  // Every new voter is written through one of these (with or without e-mail and sector): each is built
  // at its first use (prepared.ts), once.
  const upsertOf = (withEmail: boolean, withSector: boolean) =>
    prepared(() => {
      // An upsert only touches e-mail and sector when given; `excluded.*` is the row the insert proposed.
      const set: Partial<Record<keyof typeof people.$inferInsert, SQL>> = {
        displayName: sql`excluded.display_name`,
      };
      if (withEmail) set.email = sql`excluded.email`;
      if (withSector) set.sector = sql`excluded.sector`;
      return db
        .insert(people)
        .values(placeholders('key platform userId displayName email sector createdAt'))
        .onConflictDoUpdate({ target: people.key, set })
        .returning();
    });
  const upserts = [
    upsertOf(false, false),
    upsertOf(false, true),
    upsertOf(true, false),
    upsertOf(true, true),
  ];
  const upsertStatement = (withEmail: boolean, withSector: boolean) =>
    upserts[(withEmail ? 2 : 0) + (withSector ? 1 : 0)] as (typeof upserts)[number];
  return {
    get: (key) => first(byKey({ key })),

    async upsert(person, now) {
      const parsed = parsePersonKey(person.key);
      if (!parsed) throw new Error(`Invalid person key: ${person.key}`);
      const [stored] = await upsertStatement(
        person.email !== undefined,
        person.sector !== undefined,
      )({
        key: person.key,
        platform: parsed.platform,
        userId: parsed.userId,
        displayName: person.displayName,
        email: person.email ?? null,
        sector: person.sector ?? null,
        createdAt: now,
      });
      if (!stored) throw new Error(`Person ${person.key} vanished after upsert`);
      return stored;
    },

    setLocale: (key, locale) => run(db.update(people).set({ locale }).where(eq(people.key, key))),
    setPaused: (key, paused) => run(db.update(people).set({ paused }).where(eq(people.key, key))),
    setSector: (key, sector) => run(db.update(people).set({ sector }).where(eq(people.key, key))),

    async list(platform) {
      const query = db.select().from(people);
      return (platform ? query.where(eq(people.platform, platform)) : query).orderBy(asc(people.key));
    },

    async countBySector() {
      const rows = await db.select({ sector: people.sector, n: count() }).from(people).groupBy(people.sector);
      return new Map(rows.map((row) => [row.sector, row.n]));
    },

    async displayNames(keys) {
      const names = new Map<string, string>();
      for (const chunk of chunks([...new Set(keys)])) {
        const rows = await db
          .select({ key: people.key, displayName: people.displayName })
          .from(people)
          .where(inArray(people.key, chunk));
        for (const row of rows) names.set(row.key, row.displayName);
      }
      return names;
    },

    async delete(key, addressed) {
      await db.delete(people).where(eq(people.key, key));
      // What was addressed to them goes too: queued or sent direct messages, their personal Teams chat.
      for (const ids of chunks(addressed.deliveryIds)) {
        await db.delete(deliveries).where(inArray(deliveries.id, ids));
      }
      if (addressed.teamsUser !== null) {
        await db
          .delete(teamsConversations)
          .where(eq(teamsConversations.userAadObjectId, addressed.teamsUser));
      }
    },
  };
}
