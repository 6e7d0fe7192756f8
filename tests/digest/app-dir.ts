import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh data folder with a minimal config, and the environment that points the app at it. */
export function appDir(name: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), `kulturpuls-${name}-`));
  writeFileSync(join(dir, 'kulturpuls.yaml'), 'organisation: Testvik kommune\n');
  return {
    dir,
    env: {
      KULTURPULS_DB: join(dir, 'k.db'),
      KULTURPULS_CONFIG: join(dir, 'kulturpuls.yaml'),
      KULTURPULS_SECRET: `${name}-test-secret-0123456789`,
      LOG_LEVEL: 'error',
    },
  };
}
