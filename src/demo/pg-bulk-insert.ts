import { pgBulkInsert } from '../storage/pg/bulk-insert.js';
import type { PgBridge } from '../storage/pg/index.js';
import { people, pulseAnswers, pulseParticipation } from '../storage/pg/schema/index.js';
import type { BulkSink } from './bulk-writer.js';

/**
 * The PostgreSQL writes: multi-row inserts, since each statement is a round trip through the bridge.
 * People are upserted as the repository does: language, pause and creation time are kept.
 */
export function createPgSink(bridge: PgBridge): BulkSink {
  const answers = pgBulkInsert(bridge, pulseAnswers);
  const participation = pgBulkInsert(bridge, pulseParticipation);
  const upsert = pgBulkInsert(bridge, people, {
    upsert: { target: [people.key], set: [people.displayName, people.email, people.sector] },
  });
  return {
    batch: Math.min(answers.rowsPerStatement, participation.rowsPerStatement),
    answers: (rows) => answers.write(rows),
    participation: (rows) => participation.write(rows),
    people: (rows) => upsert.write(rows),
  };
}
