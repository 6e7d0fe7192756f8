import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { CellStat, PeopleRepository, Period, PulseRepository, QuestionUsage } from '../core/ports.js';
import type { Pulse, PulseAnswer } from '../core/records.js';
import type { Database } from './database.js';
import { immediate, type Orm } from './orm.js';
import { createParticipationRepository } from './participation-repository.js';
import { pulseAnswers, pulses } from './schema/index.js';

const closesWithin = (period: Period) =>
  and(gte(pulses.closesAt, period.from), lt(pulses.closesAt, period.to));

const p = (name: string) => sql.placeholder(name);

export function createPulseRepository(
  orm: Orm,
  db: Database,
  people: Pick<PeopleRepository, 'get' | 'upsert'>,
): PulseRepository {
  const participation = createParticipationRepository(orm, db, people);
  // The vote path runs these on every click: built and prepared once, not per call.
  const byId = orm
    .select()
    .from(pulses)
    .where(eq(pulses.id, p('id')))
    .prepare();
  const answerByKey = orm
    .select()
    .from(pulseAnswers)
    .where(
      and(
        eq(pulseAnswers.pulseId, p('pulseId')),
        eq(pulseAnswers.questionId, p('questionId')),
        eq(pulseAnswers.pseudonym, p('pseudonym')),
      ),
    )
    .prepare();
  const answerExists = db.prepare(
    'SELECT 1 FROM pulse_answers WHERE pulse_id = ? AND question_id = ? AND pseudonym = ?',
  );
  const upsertAnswerRow = orm
    .insert(pulseAnswers)
    .values({
      pulseId: p('pulseId'),
      questionId: p('questionId'),
      pseudonym: p('pseudonym'),
      value: p('value'),
      comment: p('comment'),
      sector: p('sector'),
      answeredAt: p('answeredAt'),
    })
    .onConflictDoUpdate({
      target: [pulseAnswers.pulseId, pulseAnswers.questionId, pulseAnswers.pseudonym],
      set: {
        value: sql`excluded.value`,
        comment: sql`excluded.comment`,
        answeredAt: sql`excluded.answered_at`,
      },
    })
    .prepare();
  function upsert(next: PulseAnswer): 'created' | 'updated' {
    const existed = answerExists.get(next.pulseId, next.questionId, next.pseudonym) !== undefined;
    upsertAnswerRow.run({ ...next });
    return existed ? 'updated' : 'created';
  }

  const cellStatsOfPulse = db.prepare(`
    SELECT pulse_id AS pulseId, question_id AS questionId, sector, value, count(*) AS n
    FROM pulse_answers WHERE pulse_id = ? GROUP BY question_id, sector, value`);

  return {
    create(pulse: Pulse): void {
      orm.insert(pulses).values(pulse).run();
    },

    get(id: string): Pulse | undefined {
      return byId.get({ id });
    },

    open(now: string): Pulse[] {
      return orm
        .select()
        .from(pulses)
        .where(and(lte(pulses.opensAt, now), gt(pulses.closesAt, now), isNull(pulses.closedAt)))
        .orderBy(desc(pulses.opensAt), desc(pulses.id))
        .all();
    },

    dueToClose(now: string): Pulse[] {
      return orm
        .select()
        .from(pulses)
        .where(and(lte(pulses.closesAt, now), isNull(pulses.closedAt)))
        .orderBy(asc(pulses.closesAt), asc(pulses.id))
        .all();
    },

    close(id: string, at: string): void {
      participation.closePending(id, at);
      orm
        .update(pulses)
        .set({ closedAt: at })
        .where(and(eq(pulses.id, id), isNull(pulses.closedAt)))
        .run();
    },

    questionUsage(): QuestionUsage[] {
      const rows = orm.all<{ questionId: string; timesAsked: number; lastAskedAt: string }>(sql`
        SELECT q.value AS questionId, count(*) AS timesAsked, max(${pulses.opensAt}) AS lastAskedAt
        FROM ${pulses}, json_each(${pulses.questionIds}) AS q
        GROUP BY q.value
        ORDER BY q.value`);
      return rows.map((row) => ({ ...row, timesAsked: Number(row.timesAsked) }));
    },

    // The read and the write belong together; inside the vote's transaction no savepoint is needed.
    upsertAnswer(next: PulseAnswer): 'created' | 'updated' {
      return db.inTransaction ? upsert(next) : immediate(db, () => upsert(next));
    },

    // One primary-key lookup per statement: in-process, cheaper than any query over the pulse's answers.
    answersOf: (pulseId, questionIds, pseudonym) =>
      questionIds.flatMap((questionId) => answerByKey.get({ pulseId, questionId, pseudonym }) ?? []),

    answersIn(period: Period): (PulseAnswer & { closesAt: string })[] {
      return orm
        .select({ ...getTableColumns(pulseAnswers), closesAt: pulses.closesAt })
        .from(pulseAnswers)
        .innerJoin(pulses, eq(pulses.id, pulseAnswers.pulseId))
        .where(closesWithin(period))
        .orderBy(
          asc(pulses.closesAt),
          asc(pulseAnswers.pulseId),
          asc(pulseAnswers.questionId),
          asc(pulseAnswers.pseudonym),
        )
        .all();
    },

    pulsesIn(period: Period): Pulse[] {
      return orm
        .select()
        .from(pulses)
        .where(closesWithin(period))
        .orderBy(asc(pulses.closesAt), asc(pulses.id))
        .all();
    },

    // The digest reads a year of answers (about a million rows for 10,000 people). Grouping in SQL
    // one pulse at a time walks the primary key and keeps each sort small: several times faster
    // than one GROUP BY over the whole year.
    cellStats(pulseIds: string[]): CellStat[] {
      const out: CellStat[] = [];
      for (const id of pulseIds) out.push(...(cellStatsOfPulse.all(id) as CellStat[]));
      return out;
    },

    deleteAnswersBefore(before: string): number {
      const expired = orm.select({ id: pulses.id }).from(pulses).where(lt(pulses.closesAt, before));
      return orm.delete(pulseAnswers).where(inArray(pulseAnswers.pulseId, expired)).run().changes;
    },

    ...participation,
  };
}
