import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { CellStat, PeopleRepository, Period, PulseRepository, QuestionUsage } from '../../core/ports.js';
import type { PulseAnswer } from '../../core/records.js';
import type { PgBridge } from './bridge.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { createPgParticipationRepository } from './participation-repository.js';
import { pulseAnswers, pulses } from './schema/index.js';

type Transactions = { transaction: <T>(fn: () => T) => T; inTransaction: () => boolean };

const closesWithin = (period: Period) =>
  and(gte(pulses.closesAt, period.from), lt(pulses.closesAt, period.to));

const QUESTION_USAGE = `
  SELECT q.value AS "questionId", count(*) AS "timesAsked", max(p.opens_at) AS "lastAskedAt"
  FROM pulses AS p, json_array_elements_text(p.question_ids) AS q(value)
  GROUP BY q.value ORDER BY q.value`;

// All pulses in one statement: each round trip to PostgreSQL costs more than SQLite's in-process call.
const CELL_STATS = `
  SELECT pulse_id AS "pulseId", question_id AS "questionId", sector, value, count(*)::int AS n
  FROM pulse_answers WHERE pulse_id = ANY($1::text[]) GROUP BY pulse_id, question_id, sector, value`;

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

export function createPgPulseRepository(
  orm: PgOrm,
  bridge: PgBridge,
  people: Pick<PeopleRepository, 'get' | 'upsert'>,
  tx: Transactions,
): PulseRepository {
  const participation = createPgParticipationRepository(orm, bridge, people, tx.transaction);
  // One statement, no read before the write: a row the upsert inserted has no xmax yet, one it
  // updated carries this transaction's (PostgreSQL's documented system column, the usual idiom).
  function upsert(next: PulseAnswer): 'created' | 'updated' {
    const [row] = run(
      orm
        .insert(pulseAnswers)
        .values(next)
        .onConflictDoUpdate({
          target: [pulseAnswers.pulseId, pulseAnswers.questionId, pulseAnswers.pseudonym],
          set: {
            value: sql`excluded.value`,
            comment: sql`excluded.comment`,
            answeredAt: sql`excluded.answered_at`,
          },
        })
        .returning({ created: sql<boolean>`(xmax = 0)` }),
    );
    return row?.created ? 'created' : 'updated';
  }

  const pulsesWhere = (where: ReturnType<typeof and>, ...order: ReturnType<typeof asc>[]) =>
    run(
      orm
        .select()
        .from(pulses)
        .where(where)
        .orderBy(...order),
    );

  return {
    create(pulse) {
      run(orm.insert(pulses).values(pulse));
    },

    get: (id) => first(orm.select().from(pulses).where(eq(pulses.id, id))),

    open: (now) =>
      pulsesWhere(
        and(lte(pulses.opensAt, now), gt(pulses.closesAt, now), isNull(pulses.closedAt)),
        desc(pulses.opensAt),
        desc(pulses.id),
      ),

    dueToClose: (now) =>
      pulsesWhere(
        and(lte(pulses.closesAt, now), isNull(pulses.closedAt)),
        asc(pulses.closesAt),
        asc(pulses.id),
      ),

    close(id, at) {
      participation.closePending(id, at);
      run(
        orm
          .update(pulses)
          .set({ closedAt: at })
          .where(and(eq(pulses.id, id), isNull(pulses.closedAt))),
      );
    },

    questionUsage: (): QuestionUsage[] =>
      (bridge.query(QUESTION_USAGE).rows as QuestionUsage[]).map((row) => ({
        ...row,
        timesAsked: Number(row.timesAsked),
      })),

    // The read and the write belong together; inside the vote's transaction no savepoint is needed.
    upsertAnswer: (next) => (tx.inTransaction() ? upsert(next) : tx.transaction(() => upsert(next))),

    // One statement; each statement's answer found on the primary key (pulse, statement, pseudonym).
    answersOf: (pulseId, questionIds, pseudonym) =>
      questionIds.length === 0
        ? []
        : run(
            orm
              .select()
              .from(pulseAnswers)
              .where(
                and(
                  eq(pulseAnswers.pulseId, pulseId),
                  inArray(pulseAnswers.questionId, [...questionIds]),
                  eq(pulseAnswers.pseudonym, pseudonym),
                ),
              )
              .orderBy(asc(pulseAnswers.questionId)),
          ),

    answersIn: (period) =>
      run(
        orm
          .select({ ...getTableColumns(pulseAnswers), closesAt: pulses.closesAt })
          .from(pulseAnswers)
          .innerJoin(pulses, eq(pulses.id, pulseAnswers.pulseId))
          .where(closesWithin(period))
          .orderBy(
            asc(pulses.closesAt),
            asc(pulseAnswers.pulseId),
            asc(pulseAnswers.questionId),
            asc(pulseAnswers.pseudonym),
          ),
      ),

    pulsesIn: (period) => pulsesWhere(closesWithin(period), asc(pulses.closesAt), asc(pulses.id)),

    cellStats(pulseIds): CellStat[] {
      if (pulseIds.length === 0) return [];
      return inSqliteOrder(bridge.query(CELL_STATS, [pulseIds]).rows as CellStat[], pulseIds);
    },

    deleteAnswersBefore(before) {
      const expired = orm.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
      return changes(orm.delete(pulseAnswers).where(inArray(pulseAnswers.pulseId, expired)));
    },

    ...participation,
  };
}
