// Child process for the outbox concurrency test: claims until nothing is due, prints the ids it got.
import { openDatabase } from '../../src/storage/database.js';
import { createPgStore, isPostgresUrl } from '../../src/storage/pg/index.js';
import { createSqliteStore } from '../../src/storage/sqlite-store.js';
import { TEST_SECRET } from '../support/database.js';

const [path, startAtText] = process.argv.slice(2);
if (!path || !startAtText) throw new Error('usage: claim-worker.ts DB_PATH_OR_URL START_AT_MS');

const store = isPostgresUrl(path)
  ? createPgStore(path, TEST_SECRET)
  : (() => {
      const db = openDatabase(path);
      return { ...createSqliteStore(db, TEST_SECRET), close: async () => db.close() };
    })();
const startAt = Number(startAtText);
while (Date.now() < startAt) {
  // Spin so every worker starts claiming at the same moment.
}

const claimed: number[] = [];
for (;;) {
  const batch = await store.outbox.claim(new Date().toISOString(), '2999-01-01T00:00:00.000Z', 3);
  if (batch.length === 0) break;
  claimed.push(...batch.map((d) => d.id));
  // Stand-in for the send between claims, so the workers take turns instead of one draining the queue.
  await new Promise((resolve) => setTimeout(resolve, 1));
}
await store.close();
process.stdout.write(JSON.stringify(claimed));
