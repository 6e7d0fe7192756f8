import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppDatabase } from '../support/app-database.js';

/**
 * A fresh data folder with a minimal config, and the environment that points the app at it: its
 * database follows `KULTURPULS_TEST_STORE`. `close` (after the app stopped) removes both.
 */
export async function appDir(
  name: string,
): Promise<{ dir: string; env: Record<string, string>; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `kulturpuls-${name}-`));
  writeFileSync(join(dir, 'kulturpuls.yaml'), 'organisation: Testvik kommune\n');
  const database = await createAppDatabase(dir);
  return {
    dir,
    env: {
      KULTURPULS_DB: database.url,
      KULTURPULS_CONFIG: join(dir, 'kulturpuls.yaml'),
      KULTURPULS_SECRET: `${name}-test-secret-0123456789`,
      LOG_LEVEL: 'error',
    },
    async close() {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
