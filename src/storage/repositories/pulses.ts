import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { CellStat, QuestionUsage } from '../../core/ports.js';
import type { PulseAnswer } from '../../core/records.js';
import { changed, chunks, first, type Kit, p, placeholders, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';
import { type ParticipationBuffer, participationRepository } from './participation.js';
import { preparedForList } from './prepared.js';

type Created = 'created' | 'updated';

export function pulseRepository(
  kit: Kit,
  buffer: ParticipationBuffer,
  people: Pick<InnerRepositories['people'], 'get' | 'upsert'>,
): InnerRepositories['pulses'] {
  const { db, t, prepared } = kit;
  const { pulses, pulseAnswers } = t;
  const { closePending, ...participation } = participationRepository(kit, buffer, people);

  // The vote path: built once, not per call (see prepared.ts).
  const byId = prepared(() =>
    db
      .select()
      .from(pulses)
      .where(eq(pulses.id, p('id'))),
  );
  const closingIn = prepared(() =>
    pulsesWhere(closesWithin({ from: p('from'), to: p('to') }), asc(pulses.closesAt), asc(pulses.id)),
  );
  const answersOf = answerLookup(kit);
  const upsertAnswer = answerUpsert(kit);

  const closesWithin = (period: { from: string | Placeholder; to: string | Placeholder }) =>
    and(gte(pulses.closesAt, period.from), lt(pulses.closesAt, period.to));
  const pulsesWhere = (where: SQL | undefined, ...order: SQL[]) =>
    db
      .select()
      .from(pulses)
      .where(where)
      .orderBy(...order);

  return {
    create: (pulse) => run(db.insert(pulses).values(pulse)),

    get: (id) => first(byId({ id })),

    open: async (now) =>
      pulsesWhere(
        and(lte(pulses.opensAt, now), gt(pulses.closesAt, now), isNull(pulses.closedAt)),
        desc(pulses.opensAt),
        desc(pulses.id),
      ),

    dueToClose: async (now) =>
      pulsesWhere(
        and(lte(pulses.closesAt, now), isNull(pulses.closedAt)),
        asc(pulses.closesAt),
        asc(pulses.id),
      ),

    async close(id, at) {
      await closePending(id, at);
      await db
        .update(pulses)
        .set({ closedAt: at })
        .where(and(eq(pulses.id, id), isNull(pulses.closedAt)));
    },

    async questionUsage() {
      const rows = await kit.rows<QuestionUsage>(sql`
        SELECT q.value AS "questionId", count(*) AS "timesAsked", max(${pulses.opensAt}) AS "lastAskedAt"
        FROM ${pulses}, ${questionsOfEachPulse(kit)}
        GROUP BY q.value
        ORDER BY q.value`);
      return rows.map((row) => ({ ...row, timesAsked: Number(row.timesAsked) }));
    },

    upsertAnswer,

    answersOf,

    async answersIn(period) {
      return db
        .select({ ...getTableColumns(pulseAnswers), closesAt: pulses.closesAt })
        .from(pulseAnswers)
        .innerJoin(pulses, eq(pulses.id, pulseAnswers.pulseId))
        .where(closesWithin(period))
        .orderBy(
          asc(pulses.closesAt),
          asc(pulseAnswers.pulseId),
          asc(pulseAnswers.questionId),
          asc(pulseAnswers.pseudonym),
        );
    },

    // A first vote asks it (the month's other pulses): prepared.
    pulsesIn: async (period) => closingIn({ ...period }),

    cellStats: (pulseIds) => cellStats(kit, pulseIds),

    async deleteAnswersBefore(before) {
      const expired = db.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
      return changed(await db.delete(pulseAnswers).where(inArray(pulseAnswers.pulseId, expired)));
    },

    ...participation,
  };
}

/** Each pulse's statements as rows `q(value)`: the dialects spell a JSON array's elements differently. */
function questionsOfEachPulse({ dialect, t }: Kit): SQL {
  return dialect === 'sqlite'
    ? sql`json_each(${t.pulses.questionIds}) AS q`
    : sql`json_array_elements_text(${t.pulses.questionIds}) AS q(value)`;
}

/**
 * A pseudonym's answers to some statements of a pulse: one statement on both dialects, each answer
 * found on the primary key (pulse, statement, pseudonym); one prepared statement per list length.
 */
function answerLookup({ db, t, prepared }: Kit): InnerRepositories['pulses']['answersOf'] {
  const { pulseAnswers: a } = t;
  const lookup = preparedForList(prepared, (questions) =>
    db
      .select()
      .from(a)
      .where(
        and(eq(a.pulseId, p('pulseId')), inArray(a.questionId, questions), eq(a.pseudonym, p('pseudonym'))),
      )
      .orderBy(asc(a.questionId)),
  );
  return async (pulseId, questionIds, pseudonym) =>
    questionIds.length === 0 ? [] : lookup({ pulseId, pseudonym }, questionIds);
}

/**
 * Insert or replace the answer and tell which, in as few statements as the dialect allows (this is
 * the vote path). PostgreSQL, one statement with no read before the write: a row the upsert inserted
 * has no xmax yet, one it updated carries this transaction's (its documented system column, the
 * usual idiom). SQLite has no such column: the read and the write belong together, and inside the
 * vote's transaction no savepoint is needed.
 */
function answerUpsert(kit: Kit): (next: PulseAnswer) => Promise<Created> {
  const { db, t, prepared } = kit;
  const { pulseAnswers: a } = t;
  const upsert = () =>
    db
      .insert(a)
      .values(placeholders('pulseId questionId pseudonym value comment sector answeredAt'))
      .onConflictDoUpdate({
        target: [a.pulseId, a.questionId, a.pseudonym],
        set: {
          value: sql`excluded.value`,
          comment: sql`excluded.comment`,
          answeredAt: sql`excluded.answered_at`,
        },
      });
  const upsertTelling = prepared(() => upsert().returning({ created: sql<boolean>`(xmax = 0)` }));
  const write = prepared(upsert);
  const existing = prepared(() =>
    db
      .select({ one: sql`1` })
      .from(a)
      .where(
        and(eq(a.pulseId, p('pulseId')), eq(a.questionId, p('questionId')), eq(a.pseudonym, p('pseudonym'))),
      ),
  );
  // SQLite: one connection, so the atomic body's kit is this one and so are these statements.
  const readThenWrite = async (next: PulseAnswer): Promise<Created> => {
    const existed = (await existing({ ...next })).length > 0;
    await write({ ...next });
    return existed ? 'updated' : 'created';
  };

  return async (next) => {
    if (kit.dialect === 'postgres') {
      const [row] = await upsertTelling({ ...next });
      return row?.created ? 'created' : 'updated';
    }
    // SQLite runs every call in a write transaction of its own (sqlite-store.ts): read and write stay together.
    return readThenWrite(next);
  };
}

/** Answer counts per pulse × statement × sector × value. */
async function cellStats(kit: Kit, pulseIds: string[]): Promise<CellStat[]> {
  const { db, t } = kit;
  const { pulseAnswers: a } = t;
  const cellsWhere = (where: SQL) =>
    db
      .select({ pulseId: a.pulseId, questionId: a.questionId, sector: a.sector, value: a.value, n: count() })
      .from(a)
      .where(where)
      .groupBy(a.pulseId, a.questionId, a.sector, a.value);
  const out: CellStat[] = [];
  if (kit.dialect === 'sqlite') {
    // The digest reads a year of answers (about a million rows for 10,000 people). Grouping in SQL
    // one pulse at a time walks the primary key and keeps each sort small: several times faster
    // than one GROUP BY over the whole year.
    for (const id of pulseIds) out.push(...(await cellsWhere(eq(a.pulseId, id))));
    return out;
  }
  // All pulses in one statement: each round trip to PostgreSQL costs more than SQLite's in-process call.
  for (const ids of chunks(pulseIds)) out.push(...(await cellsWhere(inArray(a.pulseId, ids))));
  return inSqliteOrder(out, pulseIds);
}

// SQLite's order (pulses as asked, then question, sector with no sector first, value): the digest sums
// means in row order, and a float sum in another order can differ in its last bit. Sorted here, not in
// SQL: an ORDER BY there turns the grouping on the index into a hash and a sort, measured twice as slow.
function inSqliteOrder(cells: CellStat[], pulseIds: string[]): CellStat[] {
  const position = new Map(pulseIds.map((id, i) => [id, i]));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return cells.sort(
    (a, b) =>
      (position.get(a.pulseId) ?? 0) - (position.get(b.pulseId) ?? 0) ||
      text(a.questionId, b.questionId) ||
      (a.sector === null ? (b.sector === null ? 0 : -1) : b.sector === null ? 1 : text(a.sector, b.sector)) ||
      a.value - b.value,
  );
}
