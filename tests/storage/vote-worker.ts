// Child process for the concurrent-votes test: one replica's core votes one statement for every
// person, starting at the same moment as the others. Prints what happened, and on PostgreSQL how many
// statements failed with a serialization failure or deadlock (and were retried).
import { createCore } from '../../src/core/create-core.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { openDatabase } from '../../src/storage/database.js';
import { createPgStore, isPostgresUrl } from '../../src/storage/pg/index.js';
import { createSqliteStore } from '../../src/storage/sqlite-store.js';
import { buildSettings, silentLogger, TEST_SECRET } from '../support/test-core.js';

const [path, startAtText, now, pulseId, questionId, peopleText] = process.argv.slice(2);
if (!path || !startAtText || !now || !pulseId || !questionId || !peopleText)
  throw new Error('usage: vote-worker.ts DB START_AT_MS NOW_ISO PULSE_ID QUESTION_ID PEOPLE');

let conflicts = 0;
const store = isPostgresUrl(path)
  ? createPgStore(path, TEST_SECRET, { onRetry: () => conflicts++ })
  : (() => {
      const db = openDatabase(path);
      return { ...createSqliteStore(db, TEST_SECRET), close: async () => db.close() };
    })();
const clock = { now: () => new Date(now) };
const core = createCore({
  capabilities: PLATFORM_CAPABILITIES,
  store,
  clock,
  settings: buildSettings(),
  secret: TEST_SECRET,
  logger: silentLogger,
});

const startAt = Number(startAtText);
while (Date.now() < startAt) {
  // Spin so every worker starts voting at the same moment.
}
const statuses: Record<string, number> = {};
for (let i = 0; i < Number(peopleText); i++) {
  const { status } = await core.pulses.vote({
    actor: { platform: 'slack', userId: `U${i}` },
    pulseId,
    questionId,
    value: 4,
  });
  statuses[status] = (statuses[status] ?? 0) + 1;
}
await store.close();
process.stdout.write(JSON.stringify({ statuses, conflicts }));
